package io.chokepoint.rules;

import java.util.List;
import java.util.function.Supplier;

/**
 * Whether a rule applies on a date, and why or why not, in words that go into answers. The words
 * are rendered only when asked for, since most determinations need only the state.
 */
public final class InForce {
  private final Status status;
  private final Supplier<String> why;
  private final List<String> warnings;

  /**
   * Creates a state.
   *
   * @param status the state of the rule on the date
   * @param why renders the reason, e.g. "suspended 2025-11-07..2026-11-10 by MOFCOM Announcement
   *     2025 No. 70"
   * @param warnings what the reader must know even though the rule was evaluated, e.g. that a
   *     suspension's scheduled end is unconfirmed
   */
  public InForce(Status status, Supplier<String> why, List<String> warnings) {
    this.status = status;
    this.why = why;
    this.warnings = List.copyOf(warnings);
  }

  /** The states a rule can be in on a date. */
  public enum Status {
    /** Effective, not suspended, enforced and phased in: the rule is evaluated. */
    IN_FORCE,
    /** Before the effective date. */
    NOT_YET_EFFECTIVE,
    /** After the last effective day. */
    EXPIRED,
    /** Suspended by another instrument. */
    SUSPENDED,
    /** Formally in force but not enforced by the authority. */
    NOT_ENFORCED,
    /** Effective, but compliance is not yet required. */
    PHASING_IN
  }

  /** The state. */
  public Status status() {
    return status;
  }

  /** The reason, in words. */
  public String why() {
    return why.get();
  }

  /** Warnings that hold even though the rule was evaluated. */
  public List<String> warnings() {
    return warnings;
  }

  /** Whether the rule is evaluated on the date. */
  public boolean applies() {
    return status == Status.IN_FORCE;
  }

  @Override
  public String toString() {
    return status + ": " + why();
  }
}
