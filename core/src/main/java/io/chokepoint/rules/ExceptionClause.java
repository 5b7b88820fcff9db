package io.chokepoint.rules;

import java.util.List;
import java.util.Map;

/**
 * A licence exception or an override attached to a rule, with an explicit priority. Clauses are
 * evaluated from the highest priority down. A licence exception that applies is offered with the
 * outcome (NAC, ACA). An override that applies replaces the rule's outcome and, when it {@code
 * blocks} lower-priority clauses, withdraws them (an Entity List party loses licence exceptions).
 *
 * @param id the clause id, e.g. {@code NAC}
 * @param kind licence exception or override
 * @param priority higher is evaluated first
 * @param title a short title
 * @param citation where it comes from
 * @param confidence how well it is sourced
 * @param validity when it applies
 * @param condition when it applies to a fired rule
 * @param data fixed data shown with the exception, e.g. {@code notificationRequired: true}
 * @param notification the data a notification to the authority must carry, or empty
 * @param overrideDecision for an override: the decision it imposes
 * @param overrideReview for an override: the review it imposes
 * @param blocksLower whether lower-priority clauses are withdrawn when this one applies
 */
public record ExceptionClause(
    String id,
    Kind kind,
    int priority,
    String title,
    Citation citation,
    Confidence confidence,
    Validity validity,
    Condition condition,
    Map<String, Object> data,
    List<String> notification,
    Decision overrideDecision,
    ReviewPolicy overrideReview,
    boolean blocksLower) {

  public ExceptionClause {
    data = Map.copyOf(data);
    notification = List.copyOf(notification);
  }

  /** The kinds of clause. */
  public enum Kind {
    /** A licence exception the exporter may use instead of a licence. */
    LICENCE_EXCEPTION,
    /** An override of the rule's outcome. */
    OVERRIDE
  }
}
