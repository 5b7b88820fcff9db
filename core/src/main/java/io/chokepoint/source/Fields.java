package io.chokepoint.source;

import io.chokepoint.source.Node.ListNode;
import io.chokepoint.source.Node.MapNode;
import io.chokepoint.source.Node.ScalarNode;
import io.chokepoint.source.Node.ScalarType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed, position-aware access to the fields of a mapping. Every problem (a missing field, a wrong
 * type, a bad date) is recorded in the shared {@link Issues} rather than thrown, and {@link #end()}
 * reports every key that was never asked for, so that a typo in a key is an error, not a silently
 * ignored field.
 */
public final class Fields {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final Node node;
  private final MapNode map;
  private final Issues issues;
  private final String subject;
  private final Set<String> seen = new HashSet<>();

  private Fields(Node node, MapNode map, Issues issues, String subject) {
    this.node = node;
    this.map = map;
    this.issues = issues;
    this.subject = subject;
  }

  /**
   * Starts reading a mapping. A node that is not a mapping is recorded as an issue and reads as
   * empty.
   *
   * @param node the node expected to be a mapping
   * @param issues where problems go
   * @param subject what the mapping describes, for messages (a rule id, a transaction id)
   */
  public static Fields of(Node node, Issues issues, String subject) {
    if (node instanceof MapNode m) {
      return new Fields(node, m, issues, subject);
    }
    issues.add(node, subject, "expected a mapping but found " + node.kind());
    return new Fields(node, null, issues, subject);
  }

  /** The subject used in messages. */
  public String subject() {
    return subject;
  }

  /** Returns a reader that reports problems under a different subject. */
  public Fields withSubject(String newSubject) {
    Fields f = new Fields(node, map, issues, newSubject);
    f.seen.addAll(seen);
    return f;
  }

  /** The mapping's own node. */
  public Node node() {
    return node;
  }

  /** Where the mapping starts. */
  public Position position() {
    return node.position();
  }

  /** The issues collector. */
  public Issues issues() {
    return issues;
  }

  /** Whether the key is present (even with a null value). */
  public boolean has(String key) {
    return map != null && map.fields().containsKey(key);
  }

  /** The raw node of a key, or {@code null} if absent; marks the key as known. */
  public Node raw(String key) {
    seen.add(key);
    return map == null ? null : map.fields().get(key);
  }

  private Node present(String key, boolean required) {
    Node n = raw(key);
    if (n == null || (n instanceof ScalarNode s && s.isNull())) {
      if (required && map != null) {
        issues.add(node.position(), subject, join(key), "required field '" + key + "' is missing");
      }
      return null;
    }
    return n;
  }

  /** A required string, or {@code null} after recording an issue. */
  public String requiredString(String key) {
    return string(key, true);
  }

  /** An optional string, or {@code null}. */
  public String optionalString(String key) {
    return string(key, false);
  }

  private String string(String key, boolean required) {
    Node n = present(key, required);
    if (n == null) {
      return null;
    }
    if (n instanceof ScalarNode s && s.type() != ScalarType.NULL) {
      if (s.text().isBlank()) {
        issues.add(n, subject, "must not be blank");
        return null;
      }
      return s.text();
    }
    issues.add(n, subject, "expected a string but found " + n.kind());
    return null;
  }

  /** A required ISO date. */
  public LocalDate requiredDate(String key) {
    return date(key, true);
  }

  /** An optional ISO date. */
  public LocalDate optionalDate(String key) {
    return date(key, false);
  }

  private LocalDate date(String key, boolean required) {
    Node n = present(key, required);
    return n == null ? null : toDate(n);
  }

  /** Converts a scalar node to a date, recording an issue if it is not {@code YYYY-MM-DD}. */
  public LocalDate toDate(Node n) {
    if (n instanceof ScalarNode s && s.text() != null && ISO_DATE.matcher(s.text()).matches()) {
      try {
        return LocalDate.parse(s.text());
      } catch (DateTimeParseException e) {
        // falls through to the error below: e.g. 2025-02-30 has the shape but is no date
      }
    }
    String shown = n instanceof ScalarNode s ? "'" + s.text() + "'" : n.kind();
    issues.add(n, subject, "bad date " + shown + " (expected an ISO date YYYY-MM-DD)");
    return null;
  }

  /** A required number. */
  public Double requiredNumber(String key) {
    return number(key, true);
  }

  /** An optional number. */
  public Double optionalNumber(String key) {
    return number(key, false);
  }

  private Double number(String key, boolean required) {
    Node n = present(key, required);
    return n == null ? null : toNumber(n);
  }

  /** Converts a scalar node to a finite number, recording an issue otherwise. */
  public Double toNumber(Node n) {
    if (n instanceof ScalarNode s && s.type() == ScalarType.NUMBER) {
      try {
        double d = Double.parseDouble(s.text());
        if (Double.isFinite(d)) {
          return d;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    String shown = n instanceof ScalarNode s ? "'" + s.text() + "'" : n.kind();
    issues.add(n, subject, "expected a number but found " + shown);
    return null;
  }

  /** An optional boolean. */
  public Boolean optionalBoolean(String key) {
    Node n = present(key, false);
    if (n == null) {
      return null;
    }
    if (n instanceof ScalarNode s && s.type() == ScalarType.BOOLEAN) {
      return s.booleanValue();
    }
    issues.add(n, subject, "expected true or false but found " + n.kind());
    return null;
  }

  /** An optional string that must be one of the allowed values. */
  public String oneOf(String key, Collection<String> allowed, boolean required) {
    String v = string(key, required);
    if (v != null && !allowed.contains(v)) {
      issues.add(raw(key), subject, "unknown value '" + v + "' (allowed: " + allowed + ")");
      return null;
    }
    return v;
  }

  /** An optional list; an absent key reads as an empty list. */
  public List<Node> list(String key) {
    Node n = present(key, false);
    if (n == null) {
      return List.of();
    }
    if (n instanceof ListNode l) {
      return l.elements();
    }
    issues.add(n, subject, "expected a list but found " + n.kind());
    return List.of();
  }

  /** An optional list of strings; an absent key reads as an empty list. */
  public List<String> stringList(String key) {
    List<String> out = new ArrayList<>();
    for (Node e : list(key)) {
      if (e instanceof ScalarNode s && s.type() != ScalarType.NULL && !s.text().isBlank()) {
        out.add(s.text());
      } else {
        issues.add(e, subject, "expected a string but found " + e.kind());
      }
    }
    return out;
  }

  /**
   * An optional mapping of free keys to strings, such as per-field sources; an absent key reads as
   * an empty map. Every value must be a string.
   */
  public Map<String, String> stringMap(String key) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    Fields m = object(key);
    if (m != null) {
      for (String k : m.keys()) {
        String v = m.requiredString(k);
        if (v != null) {
          out.put(k, v);
        }
      }
      m.end();
    }
    return out;
  }

  /** An optional nested mapping, or {@code null} if absent. */
  public Fields object(String key) {
    Node n = present(key, false);
    return n == null ? null : Fields.of(n, issues, subject);
  }

  /** A required nested mapping, or {@code null} after recording an issue. */
  public Fields requiredObject(String key) {
    Node n = present(key, true);
    return n == null ? null : Fields.of(n, issues, subject);
  }

  /** The keys present in the mapping, in document order. */
  public Set<String> keys() {
    return map == null ? Set.of() : map.fields().keySet();
  }

  /** Records every key that was never read as an unknown key. */
  public void end() {
    if (map == null) {
      return;
    }
    for (Map.Entry<String, Position> e : map.keyPositions().entrySet()) {
      if (!seen.contains(e.getKey())) {
        issues.add(e.getValue(), subject, join(e.getKey()), "unknown key '" + e.getKey() + "'");
      }
    }
  }

  private String join(String key) {
    return node.path().isEmpty() ? key : node.path() + "." + key;
  }
}
