package io.chokepoint.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import java.util.Optional;

/**
 * Conditions already parsed and type-checked, found by their text and the CEL environment they were
 * checked in. A rule book loaded again with the same conditions reuses their checked syntax trees
 * instead of parsing and checking them again, which took a cold process about two thirds of a
 * second per regime; the conditions are still planned and validated as before.
 */
public interface CheckedConditions {
  /** Nothing remembered, nothing kept. */
  CheckedConditions NONE =
      new CheckedConditions() {
        @Override
        public Optional<CelAbstractSyntaxTree> find(String environment, String text) {
          return Optional.empty();
        }

        @Override
        public void add(String environment, String text, CelAbstractSyntaxTree ast) {}
      };

  /**
   * The checked syntax tree of {@code text} in {@code environment}, if it is remembered and can be
   * read back.
   */
  Optional<CelAbstractSyntaxTree> find(String environment, String text);

  /**
   * Remembers the checked syntax tree of {@code text}, checked without error in {@code
   * environment}.
   */
  void add(String environment, String text, CelAbstractSyntaxTree ast);
}
