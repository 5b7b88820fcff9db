package io.chokepoint.licence;

import java.time.LocalDate;
import java.util.List;

/**
 * A licence application and where it stands: drafted from a held transaction, submitted (the review
 * clock starts), then approved (a licence is created), denied or returned. Immutable: each step
 * returns the application after it.
 *
 * @param id the application's id
 * @param draft the drafted filing
 * @param status where it stands
 * @param submittedOn the day it was last submitted, or {@code null}
 * @param deadline the last day of the authority's review, or {@code null} when not submitted or the
 *     rule data gives no review time
 * @param decidedOn the day of the authority's decision, or {@code null}
 * @param licence the number of the licence an approval created, or {@code null}
 * @param note the reason given with the last step, or {@code null}
 */
public record LicenceApplication(
    String id,
    ApplicationDraft draft,
    ApplicationStatus status,
    LocalDate submittedOn,
    LocalDate deadline,
    LocalDate decidedOn,
    String licence,
    String note) {

  /** A new draft application. */
  public static LicenceApplication drafted(String id, ApplicationDraft draft) {
    return new LicenceApplication(id, draft, ApplicationStatus.DRAFT, null, null, null, null, null);
  }

  /**
   * The application filed with the authority on a day; the deadline follows from the draft's review
   * clock.
   *
   * @throws IllegalStateException if it cannot be submitted from its status, or fields are still
   *     missing
   */
  public LicenceApplication submit(LocalDate on, String why) {
    move(ApplicationStatus.SUBMITTED);
    if (!draft.missing().isEmpty()) {
      throw new IllegalStateException(
          "application "
              + id
              + " still misses "
              + String.join(", ", draft.missing())
              + "; supply them before submitting");
    }
    return new LicenceApplication(
        id, draft, ApplicationStatus.SUBMITTED, on, draft.clock().deadline(on), null, null, why);
  }

  /**
   * The application after the authority's decision. An approval needs the licence it created.
   *
   * @param decision approved, denied or returned
   * @param on the day of the decision
   * @param licenceNumber the number of the licence granted, for an approval; else {@code null}
   * @param why the reason given
   * @throws IllegalStateException if the application was not submitted, or an approval has no
   *     licence number
   */
  public LicenceApplication decide(
      ApplicationStatus decision, LocalDate on, String licenceNumber, String why) {
    if (!decision.isDecision()) {
      throw new IllegalStateException(decision.code() + " is not a decision");
    }
    move(decision);
    if (decision == ApplicationStatus.APPROVED
        && (licenceNumber == null || licenceNumber.isBlank())) {
      throw new IllegalStateException("an approval needs the number of the licence granted");
    }
    if (on.isBefore(submittedOn)) {
      throw new IllegalStateException(
          "decided on " + on + ", before it was submitted on " + submittedOn);
    }
    return new LicenceApplication(
        id,
        draft,
        decision,
        submittedOn,
        deadline,
        on,
        decision == ApplicationStatus.APPROVED ? licenceNumber : null,
        why);
  }

  /**
   * The licence an approval creates from the draft's terms.
   *
   * @param number the licence number the authority gave
   * @param validFrom its first day
   * @param validTo its last day
   * @param conditions the conditions the authority attached
   * @throws IllegalArgumentException if the dates are out of order or the terms cover no item
   */
  public Licence grant(
      String number, LocalDate validFrom, LocalDate validTo, List<LicenceCondition> conditions) {
    return draft.terms().grant(number, validFrom, validTo, id, conditions);
  }

  private void move(ApplicationStatus next) {
    if (!status.canMoveTo(next)) {
      throw new IllegalStateException(
          "application " + id + " is " + status.code() + "; it cannot become " + next.code());
    }
  }
}
