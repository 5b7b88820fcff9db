package io.chokepoint.rules;

import java.util.Set;
import java.util.TreeSet;

/**
 * The three-valued result of a condition: true, false, or unknown because facts are missing. An
 * unknown result names the missing facts; it is never read as false.
 *
 * @param value the result
 * @param missing the facts whose absence made the result unknown (empty unless unknown), sorted
 * @param error an evaluation error, or {@code null}
 */
public record Truth(Value value, Set<String> missing, String error) {
  /** True, with nothing missing. */
  public static final Truth TRUE = new Truth(Value.TRUE, Set.of(), null);

  /** False, with nothing missing. */
  public static final Truth FALSE = new Truth(Value.FALSE, Set.of(), null);

  /** The class of the sorted, unmodifiable sets a truth keeps, which need no second copy. */
  private static final Class<?> SORTED =
      java.util.Collections.unmodifiableSortedSet(new TreeSet<String>()).getClass();

  public Truth {
    // Sorted, so that answers list missing facts in the same order in every run.
    if (missing.isEmpty()) {
      missing = Set.of();
    } else if (missing.getClass() != SORTED) {
      missing = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(missing));
    }
  }

  /** The three values. */
  public enum Value {
    TRUE,
    FALSE,
    UNKNOWN
  }

  /** An unknown result caused by the given missing facts. */
  public static Truth unknown(Set<String> missing) {
    return new Truth(Value.UNKNOWN, missing, null);
  }

  /** An unknown result caused by an evaluation error. */
  public static Truth error(String message) {
    return new Truth(Value.UNKNOWN, Set.of(), message);
  }

  /** A known result. */
  public static Truth of(boolean b) {
    return b ? TRUE : FALSE;
  }

  /** Whether the result is true. */
  public boolean isTrue() {
    return value == Value.TRUE;
  }

  /** Whether the result is false. */
  public boolean isFalse() {
    return value == Value.FALSE;
  }

  /** Whether the result is unknown. */
  public boolean isUnknown() {
    return value == Value.UNKNOWN;
  }

  /** Kleene disjunction: true wins over unknown, and unknowns merge their missing facts. */
  public Truth or(Truth other) {
    if (isTrue() || other.isTrue()) {
      return TRUE;
    }
    if (isFalse()) {
      return other;
    }
    if (other.isFalse()) {
      return this;
    }
    if (missing.containsAll(other.missing)) {
      return error != null || other.error == null
          ? this
          : new Truth(Value.UNKNOWN, missing, other.error);
    }
    Set<String> m = new TreeSet<>(missing);
    m.addAll(other.missing);
    return new Truth(Value.UNKNOWN, m, error != null ? error : other.error);
  }

  /** Kleene conjunction: false wins over unknown, and unknowns merge their missing facts. */
  public Truth and(Truth other) {
    if (isFalse() || other.isFalse()) {
      return FALSE;
    }
    if (isTrue()) {
      return other;
    }
    if (other.isTrue()) {
      return this;
    }
    if (missing.containsAll(other.missing)) {
      return error != null || other.error == null
          ? this
          : new Truth(Value.UNKNOWN, missing, other.error);
    }
    Set<String> m = new TreeSet<>(missing);
    m.addAll(other.missing);
    return new Truth(Value.UNKNOWN, m, error != null ? error : other.error);
  }
}
