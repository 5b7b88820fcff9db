package io.chokepoint.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When a rule applies: its effective interval, its phase-ins, its suspensions and the periods in
 * which it is not enforced. Evaluation is always as of a date.
 *
 * @param effective the days the rule is law
 * @param phaseIns dates from which compliance is required, inside {@code effective}
 * @param suspensions periods of suspension, inside {@code effective}, not overlapping
 * @param enforcement periods of (non-)enforcement, not overlapping
 */
public record Validity(
    Interval effective,
    List<PhaseIn> phaseIns,
    List<Suspension> suspensions,
    List<EnforcementPeriod> enforcement) {

  public Validity {
    phaseIns = List.copyOf(phaseIns);
    suspensions = List.copyOf(suspensions);
    enforcement = List.copyOf(enforcement);
  }

  /** A validity with only an effective interval. */
  public static Validity of(Interval effective) {
    return new Validity(effective, List.of(), List.of(), List.of());
  }

  /**
   * Says whether the rule applies on the date and why.
   *
   * @param asOf the evaluation date
   * @return the state, a reason fit for an answer, and any warnings
   */
  public InForce at(LocalDate asOf) {
    List<String> warnings = List.of();
    if (asOf.isBefore(effective.from())) {
      return new InForce(
          InForce.Status.NOT_YET_EFFECTIVE,
          () -> "not yet effective (from " + effective.from() + ")",
          warnings);
    }
    if (effective.to() != null && asOf.isAfter(effective.to())) {
      return new InForce(
          InForce.Status.EXPIRED,
          () -> "no longer effective (last day " + effective.to() + ")",
          warnings);
    }
    for (Suspension s : suspensions) {
      if (s.interval().contains(asOf)) {
        return new InForce(
            InForce.Status.SUSPENDED,
            () -> "suspended " + s.interval() + " by " + s.instrument(),
            warnings);
      }
      if (!s.endConfirmed() && s.interval().to() != null && asOf.isAfter(s.interval().to())) {
        warnings = new ArrayList<>(warnings);
        warnings.add(
            "the suspension by "
                + s.instrument()
                + " was scheduled to end on "
                + s.interval().to()
                + " and its end is not confirmed; evaluated as lapsed: re-check the current law");
      }
    }
    for (EnforcementPeriod p : enforcement) {
      if (p.interval().contains(asOf) && !p.enforced()) {
        return new InForce(
            InForce.Status.NOT_ENFORCED,
            () -> "not enforced from " + p.interval().from() + " (" + p.instrument() + ")",
            warnings);
      }
    }
    for (PhaseIn p : phaseIns) {
      if (asOf.isBefore(p.from())) {
        return new InForce(
            InForce.Status.PHASING_IN,
            () ->
                "effective from "
                    + effective.from()
                    + " but compliance with "
                    + p.paragraph()
                    + " is required only from "
                    + p.from()
                    + (p.note() == null ? "" : " (" + p.note() + ")"),
            warnings);
      }
    }
    return new InForce(InForce.Status.IN_FORCE, () -> "in force (" + effective + ")", warnings);
  }
}
