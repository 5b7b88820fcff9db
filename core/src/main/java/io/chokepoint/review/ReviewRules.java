package io.chokepoint.review;

import io.chokepoint.determine.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may decide what about a held transaction. The rules, checked in this order:
 *
 * <ol>
 *   <li>A reason is required for every decision.
 *   <li>Only an officer or an admin decides; a viewer never does.
 *   <li>Nobody decides a transaction they submitted (four eyes), whatever their role.
 *   <li>Only an open hold (held, or awaiting facts) can be decided.
 *   <li>A release covers every regime whose outcome is not NO_LICENSE_REQUIRED: by a licence the
 *       {@link LicenceCover} accepts, or by a licence exception that regime's determination
 *       offered. A PROHIBITED regime is released only by an admin and only under a licence. A
 *       regime that is only INDETERMINATE may be released on the reviewer's finding, which the
 *       reason must state.
 * </ol>
 */
public final class ReviewRules {
  private ReviewRules() {}

  /** Checks whether a licence covers a transaction's lines in a regime. */
  @FunctionalInterface
  public interface LicenceCover {
    /**
     * Why the licence cannot cover the transaction in the regime, or empty if it can.
     *
     * @param regime the regime code, e.g. {@code US-EAR}
     * @param licence the licence number
     */
    Optional<String> problem(String regime, String licence);
  }

  /**
   * A refusal: a stable code and the reasons, in the user's words.
   *
   * @param code {@code REASON}, {@code ROLE}, {@code FOUR_EYES}, {@code STATE} or {@code COVER}
   * @param reasons why, one per problem
   */
  public record Refusal(String code, List<String> reasons) {
    /** Creates a refusal. */
    public Refusal {
      reasons = List.copyOf(reasons);
    }

    /** The reasons as one sentence. */
    public String message() {
      return String.join("; ", reasons);
    }
  }

  /**
   * What a release rests on, per regime that needed cover.
   *
   * @param regime the regime
   * @param outcome its outcome
   * @param basis {@code LICENCE}, {@code LICENCE_EXCEPTION} or {@code REVIEWER_FINDING}
   * @param reference the licence number or exception id, or {@code null} for a finding
   */
  public record Cover(String regime, Outcome outcome, String basis, String reference) {}

  /**
   * Checks a decision.
   *
   * @param actor who decides
   * @param submittedBy who submitted the transaction
   * @param status the transaction's status
   * @param transaction the transaction's id
   * @param regimes its current determination, per regime
   * @param decision the decision
   * @param licences checks the licences a release names
   * @return the refusal, or empty if the decision is allowed
   */
  public static Optional<Refusal> check(
      Actor actor,
      String submittedBy,
      HoldStatus status,
      String transaction,
      List<RegimeSummary> regimes,
      ReviewDecision decision,
      LicenceCover licences) {
    if (decision.reason() == null || decision.reason().isBlank()) {
      return refuse("REASON", "a reason is required for every review decision");
    }
    if (!actor.role().atLeast(Role.OFFICER)) {
      return refuse(
          "ROLE", actor.name() + " is a viewer: only an officer or an admin reviews holds");
    }
    if (actor.name().equals(submittedBy)) {
      return refuse(
          "FOUR_EYES",
          actor.name() + " submitted " + transaction + ": another officer must review it");
    }
    if (!status.open()) {
      return refuse(
          "STATE",
          transaction
              + " is "
              + status.name().toLowerCase(Locale.ROOT)
              + ": only a held transaction can be reviewed");
    }
    if (decision instanceof ReviewDecision.AskForFacts ask && ask.facts().isEmpty()) {
      return refuse("REASON", "name the facts asked for");
    }
    if (decision instanceof ReviewDecision.Release r) {
      List<String> problems = new ArrayList<>();
      covers(actor, regimes, r, licences, problems);
      if (!problems.isEmpty()) {
        return refuse("COVER", problems);
      }
    }
    return Optional.empty();
  }

  /**
   * What each regime's release rests on; call after {@link #check} allowed it.
   *
   * @return one cover per regime whose outcome is not NO_LICENSE_REQUIRED
   */
  public static List<Cover> covers(
      Actor actor,
      List<RegimeSummary> regimes,
      ReviewDecision.Release release,
      LicenceCover licences) {
    return covers(actor, regimes, release, licences, new ArrayList<>());
  }

  private static List<Cover> covers(
      Actor actor,
      List<RegimeSummary> regimes,
      ReviewDecision.Release release,
      LicenceCover licences,
      List<String> problems) {
    List<Cover> out = new ArrayList<>();
    for (String ex : release.exceptions()) {
      if (regimes.stream().noneMatch(r -> r.offers(ex))) {
        problems.add("no regime's determination offers licence exception " + ex);
      }
    }
    for (RegimeSummary r : regimes) {
      if (r.outcome() == Outcome.NO_LICENSE_REQUIRED) {
        continue;
      }
      List<String> tried = new ArrayList<>();
      Cover cover = licenceCover(r, release, licences, tried);
      if (cover == null && r.outcome() != Outcome.PROHIBITED) {
        cover = exceptionCover(r, release);
      }
      if (cover == null && r.outcome() == Outcome.INDETERMINATE) {
        cover = new Cover(r.regime(), r.outcome(), "REVIEWER_FINDING", null);
      }
      if (cover != null && r.outcome() == Outcome.PROHIBITED && !actor.role().atLeast(Role.ADMIN)) {
        problems.add(r.regime() + " is PROHIBITED: only an admin releases it, under a licence");
        continue;
      }
      if (cover == null) {
        problems.add(
            r.regime()
                + " is "
                + r.outcome()
                + ": release it under a licence"
                + (r.outcome() == Outcome.PROHIBITED ? "" : " or an offered licence exception")
                + (r.exceptions().isEmpty() ? "" : " (" + String.join(", ", r.exceptions()) + ")")
                + (tried.isEmpty() ? "" : "; " + String.join("; ", tried)));
      } else {
        out.add(cover);
      }
    }
    return out;
  }

  private static Cover licenceCover(
      RegimeSummary r, ReviewDecision.Release release, LicenceCover licences, List<String> tried) {
    for (String number : release.licences()) {
      Optional<String> problem = licences.problem(r.regime(), number);
      if (problem.isEmpty()) {
        return new Cover(r.regime(), r.outcome(), "LICENCE", number);
      }
      tried.add("licence " + number + ": " + problem.get());
    }
    return null;
  }

  private static Cover exceptionCover(RegimeSummary r, ReviewDecision.Release release) {
    for (String ex : release.exceptions()) {
      if (r.offers(ex)) {
        return new Cover(r.regime(), r.outcome(), "LICENCE_EXCEPTION", ex);
      }
    }
    return null;
  }

  private static Optional<Refusal> refuse(String code, String reason) {
    return Optional.of(new Refusal(code, List.of(reason)));
  }

  private static Optional<Refusal> refuse(String code, List<String> reasons) {
    return Optional.of(new Refusal(code, reasons));
  }
}
