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
 * A canonical form of a document node: JSON with keys sorted, no whitespace, booleans as {@code
 * true}/{@code false} however YAML spelled them, so that the same input written as YAML or JSON,
 * with keys in any order, has the same hash. The form is itself valid JSON and YAML: reading it
 * back gives a node with the same canonical form, which is what makes a stored input replayable.
 */
public final class Canonical {
  private Canonical() {}

  /** {@code sha256:<hex>} of the node's canonical form. */
  public static String hash(Node node) {
    return hashOf(json(node));
  }

  /** The node's canonical form. */
  public static String json(Node node) {
    StringBuilder sb = new StringBuilder();
    write(node, sb);
    return sb.toString();
  }

  /** {@code sha256:<hex>} of a canonical form. */
  public static String hashOf(String canonical) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return "sha256:"
          + HexFormat.of().formatHex(md.digest(canonical.getBytes(StandardCharsets.UTF_8)));
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
        case BOOLEAN -> sb.append(s.booleanValue());
        case NUMBER -> number(s.text(), sb);
      }
    }
  }

  private static final java.util.regex.Pattern JSON_NUMBER =
      java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private static void number(String text, StringBuilder sb) {
    if (JSON_NUMBER.matcher(text).matches()) {
      sb.append(text);
      return;
    }
    try {
      // YAML spellings such as +5 or .5 become the JSON spelling of the same value.
      sb.append(new java.math.BigDecimal(text.replace("_", "")).toString());
    } catch (NumberFormatException e) {
      string(text, sb);
    }
  }

  private static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
