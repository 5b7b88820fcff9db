package io.chokepoint.determine;

import io.chokepoint.rules.InForce;
import io.chokepoint.rules.Rule;
import java.util.List;

/**
 * What one rule did in one determination: whether it was in force, and its evaluations.
 *
 * @param rule the rule
 * @param inForce its state on the as-of date
 * @param evaluations one per transaction, item or item and party; empty when not in force
 */
public record RuleResult(Rule rule, InForce inForce, List<Evaluation> evaluations) {
  public RuleResult {
    evaluations = List.copyOf(evaluations);
  }

  /** The states of a rule in a determination. */
  public enum Status {
    /** Not in force on the date. */
    NOT_IN_FORCE,
    /** Fired for at least one evaluation. */
    FIRED,
    /** Could not be decided for at least one evaluation, and fired for none. */
    UNKNOWN,
    /** Did not fire. */
    NOT_FIRED
  }

  /** The rule's state. */
  public Status status() {
    if (!inForce.applies()) {
      return Status.NOT_IN_FORCE;
    }
    if (evaluations.stream().anyMatch(e -> e.truth().isTrue())) {
      return Status.FIRED;
    }
    if (evaluations.stream().anyMatch(e -> e.truth().isUnknown())) {
      return Status.UNKNOWN;
    }
    return Status.NOT_FIRED;
  }

  /**
   * Why the rule did or did not fire, in one line with the figures compared, as the JSON answer's
   * {@code rules[].why} says it.
   */
  public String why() {
    return RuleWhy.of(this);
  }

  /** Whether the rule fired. */
  public boolean fired() {
    return status() == Status.FIRED;
  }
}
