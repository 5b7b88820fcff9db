package io.chokepoint.lists;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Ids for list entries whose source has no id column (the BIS Denied Persons List, most rows of the
 * Consolidated Screening List): the list code and the first 10 hex digits of the SHA-256 of the
 * identifying fields, upper-cased with runs of white space made one space. The id thus stays the
 * same while those fields do, whatever the row order or the other fields. Rows with the same
 * identifying fields get {@code -2}, {@code -3}, … in file order, since the lists do repeat rows.
 */
final class StableIds {
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private final Map<String, Integer> seen = new HashMap<>();

  /** The id for the next row with these identifying fields. */
  String next(String listCode, String... key) {
    StringBuilder sb = new StringBuilder();
    for (String k : key) {
      String v =
          k == null ? "" : SPACES.matcher(k.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
      sb.append(v).append('\u001f');
    }
    String base = listCode + "-" + hash(sb.toString());
    int n = seen.merge(base, 1, Integer::sum);
    return n == 1 ? base : base + "-" + n;
  }

  private static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK must provide SHA-256", e);
    }
  }
}
