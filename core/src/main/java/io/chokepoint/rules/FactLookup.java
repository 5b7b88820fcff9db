package io.chokepoint.rules;

/**
 * Gives the value of a fact by its dotted name, or {@code null} when the fact is unknown. Values
 * are {@code String}, {@code Double}, {@code Boolean} or {@code List<String>}.
 */
@FunctionalInterface
public interface FactLookup {
  /** The value, or {@code null} if the fact is not known. */
  Object get(String name);

  /**
   * The result of a condition without junction already computed for these facts, if one was
   * remembered (explanations use it instead of evaluating again), else {@code null}.
   */
  default Truth remembered(Condition c) {
    return null;
  }

  /** For a number that is not known, the bounds it is known to lie within, or {@code null}. */
  default Bounds bounds(String name) {
    return null;
  }

  /** For a list fact that is not known for sure, its sure and possible members, or {@code null}. */
  default PossibleMembers possibleMembers(String name) {
    return null;
  }
}
