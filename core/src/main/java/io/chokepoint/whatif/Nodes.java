package io.chokepoint.whatif;

import io.chokepoint.source.Node;
import io.chokepoint.source.Node.ListNode;
import io.chokepoint.source.Node.MapNode;
import io.chokepoint.source.Node.ScalarNode;
import io.chokepoint.source.Node.ScalarType;
import io.chokepoint.source.Position;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds and edits parsed documents. Scenarios change packs and catalogues as documents, so that
 * the readers that validate the originals validate the changed versions too, and a value a scenario
 * put there carries the scenario file's position into any error about it.
 */
final class Nodes {
  private Nodes() {}

  /** A string scalar. */
  static ScalarNode text(Position at, String path, String text) {
    return new ScalarNode(at, path, text, ScalarType.STRING);
  }

  /** A number scalar, written as Java writes the number (integers without a fraction). */
  static ScalarNode number(Position at, String path, double value) {
    String t =
        value == Math.rint(value) && Math.abs(value) < 1e15
            ? Long.toString((long) value)
            : Double.toString(value);
    return new ScalarNode(at, path, t, ScalarType.NUMBER);
  }

  /** A number scalar with the exact text given (a decimal amount). */
  static ScalarNode decimal(Position at, String path, java.math.BigDecimal value) {
    return new ScalarNode(at, path, value.toPlainString(), ScalarType.NUMBER);
  }

  /** A boolean scalar. */
  static ScalarNode bool(Position at, String path, boolean value) {
    return new ScalarNode(at, path, Boolean.toString(value), ScalarType.BOOLEAN);
  }

  /** A list of strings. */
  static ListNode strings(Position at, String path, List<String> values) {
    List<Node> out = new java.util.ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      out.add(text(at, path + "[" + i + "]", values.get(i)));
    }
    return new ListNode(at, path, out);
  }

  /** A mapping of the entries given, in order, each key sitting where the mapping sits. */
  static MapNode map(Position at, String path, Map<String, Node> fields) {
    Map<String, Position> keys = new LinkedHashMap<>();
    fields.keySet().forEach(k -> keys.put(k, at));
    return new MapNode(at, path, fields, keys);
  }

  /** The mapping with the key set to the value (replaced in place, or added at the end). */
  static MapNode with(MapNode m, String key, Node value) {
    Map<String, Node> fields = new LinkedHashMap<>(m.fields());
    Map<String, Position> keys = new LinkedHashMap<>(m.keyPositions());
    fields.put(key, value);
    keys.putIfAbsent(key, value.position());
    return new MapNode(m.position(), m.path(), fields, keys);
  }

  /**
   * The mapping as if written at another place: a mapping a scenario changed is reported at the
   * change, since that is where the problem would be fixed.
   */
  static MapNode at(MapNode m, Position where) {
    return new MapNode(where, m.path(), m.fields(), m.keyPositions());
  }

  /** The mapping without the keys. */
  static MapNode without(MapNode m, Set<String> drop) {
    Map<String, Node> fields = new LinkedHashMap<>(m.fields());
    Map<String, Position> keys = new LinkedHashMap<>(m.keyPositions());
    fields.keySet().removeAll(drop);
    keys.keySet().removeAll(drop);
    return new MapNode(m.position(), m.path(), fields, keys);
  }

  /** The text of a scalar field, or {@code null} when the field is absent or not a scalar. */
  static String textOf(MapNode m, String key) {
    return m.fields().get(key) instanceof ScalarNode s && !s.isNull() ? s.text() : null;
  }

  /** The elements of a list field, or an empty list when the field is absent or not a list. */
  static List<Node> listOf(MapNode m, String key) {
    return m.fields().get(key) instanceof ListNode l ? l.elements() : List.of();
  }

  /** The date in a scalar field, or {@code null} when absent or not a date. */
  static java.time.LocalDate dateOf(MapNode m, String key) {
    String t = textOf(m, key);
    if (t == null) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(t);
    } catch (java.time.format.DateTimeParseException e) {
      return null; // the pack reader reports it
    }
  }
}
