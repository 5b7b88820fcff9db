package io.chokepoint.source;

import io.chokepoint.source.Node.ListNode;
import io.chokepoint.source.Node.MapNode;
import io.chokepoint.source.Node.ScalarNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * A canonical form of a document node (keys sorted, scalars typed, no whitespace), so that the same
 * input written as YAML or JSON, with keys in any order, has the same hash.
 */
public final class Canonical {
  private Canonical() {}

  /** {@code sha256:<hex>} of the node's canonical form. */
  public static String hash(Node node) {
    StringBuilder sb = new StringBuilder();
    write(node, sb);
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return "sha256:"
          + HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static void write(Node node, StringBuilder sb) {
    if (node instanceof MapNode m) {
      sb.append('{');
      boolean first = true;
      for (var e : new TreeMap<>(m.fields()).entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        string(e.getKey(), sb);
        sb.append(':');
        write(e.getValue(), sb);
      }
      sb.append('}');
    } else if (node instanceof ListNode l) {
      sb.append('[');
      for (int i = 0; i < l.elements().size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        write(l.elements().get(i), sb);
      }
      sb.append(']');
    } else if (node instanceof ScalarNode s) {
      switch (s.type()) {
        case NULL -> sb.append("null");
        case STRING -> string(s.text(), sb);
        default -> sb.append(s.text());
      }
    }
  }

  private static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    sb.append('"');
  }
}
