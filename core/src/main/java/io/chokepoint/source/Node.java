package io.chokepoint.source;

import java.util.List;
import java.util.Map;

/**
 * A node of a parsed YAML or JSON document that remembers where it came from, so that validation
 * errors can name the file, line and field.
 */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

  /** Where the node starts. */
  Position position();

  /** The path of the node from the document root, e.g. {@code items[0].unitValue.amount}. */
  String path();

  /** A human name of the node's kind, for error messages. */
  String kind();

  /**
   * A mapping. Keys keep their document order.
   *
   * @param fields the values by key
   * @param keyPositions where each key sits, for unknown-key errors
   */
  record MapNode(
      Position position, String path, Map<String, Node> fields, Map<String, Position> keyPositions)
      implements Node {
    public MapNode {
      fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
      keyPositions =
          java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keyPositions));
    }

    @Override
    public String kind() {
      return "a mapping";
    }
  }

  /** A sequence. */
  record ListNode(Position position, String path, List<Node> elements) implements Node {
    public ListNode {
      elements = List.copyOf(elements);
    }

    @Override
    public String kind() {
      return "a list";
    }
  }

  /**
   * A scalar with its text as written and the type the parser saw.
   *
   * @param text the scalar as text, {@code null} for a null scalar
   * @param type what the parser recognised
   */
  record ScalarNode(Position position, String path, String text, ScalarType type) implements Node {
    @Override
    public String kind() {
      return switch (type) {
        case NULL -> "null";
        case BOOLEAN -> "a boolean";
        case NUMBER -> "a number";
        case STRING -> "a string";
      };
    }

    /** Whether the scalar is null. */
    public boolean isNull() {
      return type == ScalarType.NULL;
    }

    /**
     * The value of a boolean scalar. YAML 1.1 spells true as {@code true}, {@code yes} or {@code
     * on} (any case) and false as {@code false}, {@code no} or {@code off}.
     *
     * @throws IllegalStateException if the scalar is not a boolean
     */
    public boolean booleanValue() {
      if (type != ScalarType.BOOLEAN) {
        throw new IllegalStateException("not a boolean scalar: " + text);
      }
      String t = text.toLowerCase(java.util.Locale.ROOT);
      return t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y");
    }
  }

  /** The scalar types a YAML or JSON parser distinguishes. */
  enum ScalarType {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }
}
