package io.chokepoint.rules;

import io.chokepoint.source.Position;
import java.util.List;

/**
 * One rule of a regime: a legal requirement with its citation, its validity in time, a CEL
 * condition over the transaction facts, and what it decides when it fires.
 *
 * @param id unique in the rule book, e.g. {@code us.742-6-a-6-iii.d5}
 * @param regime the regime code, e.g. {@code US-EAR}
 * @param title a short title
 * @param kind a requirement of the law, or an is-informed letter addressed to named exporters
 * @param citation where the rule comes from
 * @param confidence how well the rule is sourced
 * @param caveats what the reader must know, shown whenever the rule is evaluated
 * @param validity when the rule applies
 * @param condition when it fires
 * @param outcome what it decides
 * @param exceptions licence exceptions and overrides, highest priority first
 * @param position where the rule is written
 */
public record Rule(
    String id,
    String regime,
    String title,
    Kind kind,
    Citation citation,
    Confidence confidence,
    List<String> caveats,
    Validity validity,
    Condition condition,
    RuleOutcome outcome,
    List<ExceptionClause> exceptions,
    Position position) {

  public Rule {
    caveats = List.copyOf(caveats);
    exceptions = List.copyOf(exceptions);
  }

  /** The kinds of rule. */
  public enum Kind {
    /** A requirement of the published law. */
    REQUIREMENT,
    /** A requirement addressed to named exporters by letter, outside the published law. */
    IS_INFORMED,
    /** Guidance that raises a red flag. */
    GUIDANCE
  }
}
