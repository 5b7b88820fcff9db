package io.chokepoint.lists;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical text of a list entry's content, without its position: what snapshot hashes and
 * entry fingerprints are computed over, so that a reviewed non-match stays suppressed exactly as
 * long as the entry is unchanged.
 */
public final class EntryCanonicalForm {
  private EntryCanonicalForm() {}

  /** The canonical text of {@code e}: one field per line, lists joined by a unit separator. */
  public static String of(ListEntry e) {
    StringBuilder sb = new StringBuilder(256);
    field(sb, "id", e.id());
    field(sb, "list", e.list());
    field(sb, "kind", e.kind().name());
    field(sb, "name", e.name());
    field(sb, "aliases", e.aliases());
    field(sb, "countries", e.countries());
    field(sb, "addresses", e.addresses());
    field(sb, "programs", e.programs());
    field(sb, "listedOn", e.listedOn() == null ? "" : e.listedOn().toString());
    field(sb, "source", e.source());
    field(sb, "licencePolicy", e.licencePolicy());
    for (Map.Entry<String, String> d : new TreeMap<>(e.details()).entrySet()) {
      field(sb, "details." + d.getKey(), d.getValue());
    }
    return sb.append('\u001e').toString();
  }

  /** The hex SHA-256 of {@link #of(ListEntry)}: changes whenever the listing's content changes. */
  public static String fingerprint(ListEntry e) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(of(e).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("the JDK must provide SHA-256", ex);
    }
  }

  private static void field(StringBuilder sb, String name, List<String> values) {
    field(sb, name, String.join("\u001f", values));
  }

  private static void field(StringBuilder sb, String name, String value) {
    sb.append(name).append('=').append(value == null ? "" : value).append('\n');
  }
}
