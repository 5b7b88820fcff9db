package io.chokepoint.licence;

import java.util.Locale;
import java.util.Set;

/** Where a licence application stands. */
public enum ApplicationStatus {
  /** Drafted, not yet filed. */
  DRAFT,
  /** Filed with the authority; the review clock runs. */
  SUBMITTED,
  /** Approved: a licence was created. */
  APPROVED,
  /** Denied. */
  DENIED,
  /** Returned without action (RWA) or for more information; it may be filed again. */
  RETURNED;

  /** How files and output spell the status. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether an application may move from this status to the next. */
  public boolean canMoveTo(ApplicationStatus next) {
    return switch (this) {
      case DRAFT, RETURNED -> next == SUBMITTED;
      case SUBMITTED -> Set.of(APPROVED, DENIED, RETURNED).contains(next);
      case APPROVED, DENIED -> false;
    };
  }

  /** Whether the authority decided it (approved, denied or returned). */
  public boolean isDecision() {
    return this == APPROVED || this == DENIED || this == RETURNED;
  }

  /**
   * The status of a spelling, in any case.
   *
   * @throws IllegalArgumentException if it is no status
   */
  public static ApplicationStatus of(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
