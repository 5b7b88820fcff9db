package io.chokepoint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When a rule applies: not yet effective, expired, suspended, not enforced, phasing in or in force,
 * with the reason in words and the warning after a suspension whose end is not confirmed.
 */
class ValidityTest {
  /** Effective 2024, phased in from March, suspended in June, not enforced from mid-2025. */
  private static final Validity RULE =
      new Validity(
          new Interval(day("2024-01-01"), day("2026-12-31")),
          List.of(new PhaseIn(day("2024-03-01"), "Art. 2", "compliance date")),
          List.of(
              new Suspension(
                  new Interval(day("2024-06-01"), day("2024-06-30")), "Notice 7", true, null)),
          List.of(
              new EnforcementPeriod(
                  new Interval(day("2025-06-01"), null), false, "Press release", null)));

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-12-31 | NOT_YET_EFFECTIVE | not yet effective (from 2024-01-01)",
        "2024-01-01 | PHASING_IN        | compliance with Art. 2 is required only from 2024-03-01 (compliance date)",
        "2024-02-29 | PHASING_IN        | effective from 2024-01-01",
        "2024-03-01 | IN_FORCE          | in force (2024-01-01..2026-12-31)",
        "2024-05-31 | IN_FORCE          | in force",
        "2024-06-01 | SUSPENDED         | suspended 2024-06-01..2024-06-30 by Notice 7",
        "2024-06-30 | SUSPENDED         | suspended 2024-06-01..2024-06-30 by Notice 7",
        "2024-07-01 | IN_FORCE          | in force",
        "2025-05-31 | IN_FORCE          | in force",
        "2025-06-01 | NOT_ENFORCED      | not enforced from 2025-06-01 (Press release)",
        "2026-12-31 | NOT_ENFORCED      | not enforced from 2025-06-01",
        "2027-01-01 | EXPIRED           | no longer effective (last day 2026-12-31)"
      })
  void theStateOnEachDaySaysWhy(LocalDate asOf, InForce.Status status, String why) {
    InForce in = RULE.at(asOf);

    assertThat(in.status()).isEqualTo(status);
    assertThat(in.why()).contains(why);
    assertThat(in.applies()).isEqualTo(status == InForce.Status.IN_FORCE);
    assertThat(in.warnings()).isEmpty();
    assertThat(in.toString()).startsWith(status + ": ");
  }

  @Test
  void aSuspensionOrNonEnforcementOutranksAPhaseIn() {
    Validity v =
        new Validity(
            new Interval(day("2025-01-13"), null),
            List.of(new PhaseIn(day("2025-05-15"), "AI Diffusion", null)),
            List.of(
                new Suspension(
                    new Interval(day("2025-02-01"), day("2025-02-10")), "Notice", true, null)),
            List.of(
                new EnforcementPeriod(new Interval(day("2025-05-13"), null), false, "BIS", null)));

    assertThat(v.at(day("2025-02-05")).status()).isEqualTo(InForce.Status.SUSPENDED);
    assertThat(v.at(day("2025-03-01")).status()).isEqualTo(InForce.Status.PHASING_IN);
    assertThat(v.at(day("2025-05-14")).status()).isEqualTo(InForce.Status.NOT_ENFORCED);
    assertThat(v.at(day("2030-01-01")).status()).isEqualTo(InForce.Status.NOT_ENFORCED);
  }

  @Test
  void anOpenEndedRuleStaysInForce() {
    InForce in = Validity.of(new Interval(day("2023-11-17"), null)).at(day("2099-12-31"));

    assertThat(in.status()).isEqualTo(InForce.Status.IN_FORCE);
    assertThat(in.why()).isEqualTo("in force (2023-11-17..)");
  }

  @Test
  void afterAnUnconfirmedSuspensionEndTheRuleAppliesWithAWarning() {
    Validity v = suspendedUntil("2026-11-09", false);

    assertThat(v.at(day("2025-11-09")).warnings()).isEmpty();
    assertThat(v.at(day("2026-11-09")).status()).isEqualTo(InForce.Status.SUSPENDED);
    assertThat(v.at(day("2026-11-09")).warnings()).isEmpty();

    for (String asOf : List.of("2026-11-10", "2028-01-01")) {
      InForce after = v.at(day(asOf));
      assertThat(after.status()).isEqualTo(InForce.Status.IN_FORCE);
      assertThat(after.applies()).isTrue();
      assertThat(after.warnings())
          .singleElement()
          .asString()
          .contains("BIS final rule", "scheduled to end on 2026-11-09", "not confirmed", "lapsed");
    }
  }

  @Test
  void afterAConfirmedSuspensionEndThereIsNoWarning() {
    InForce after = suspendedUntil("2026-11-09", true).at(day("2026-11-10"));

    assertThat(after.status()).isEqualTo(InForce.Status.IN_FORCE);
    assertThat(after.warnings()).isEmpty();
  }

  @Test
  void theWarningAlsoHoldsWhenTheRuleIsNotEnforcedLater() {
    Validity v =
        new Validity(
            new Interval(day("2025-09-29"), null),
            List.of(),
            List.of(unconfirmed("2026-11-09")),
            List.of(
                new EnforcementPeriod(new Interval(day("2027-01-01"), null), false, "BIS", null)));

    InForce in = v.at(day("2027-06-01"));

    assertThat(in.status()).isEqualTo(InForce.Status.NOT_ENFORCED);
    assertThat(in.warnings()).singleElement().asString().contains("not confirmed");
  }

  @Test
  void aPackValidityBlockReadsIntoTheSameStates(@TempDir Path dir) {
    String validity =
        String.join(
            "\n      ",
            "",
            "from: 2025-09-29",
            "phaseIns:",
            "  - {from: 2025-10-01, paragraph: \"(a)(3)\", note: compliance date}",
            "suspensions:",
            "  - {from: 2025-11-10, to: 2026-11-09, instrument: BIS final rule, endConfirmed: false}",
            "  - {from: 2027-01-01, to: 2027-01-31, instrument: Second notice}",
            "enforcement:",
            "  - {from: 2028-01-01, enforced: false, instrument: Press release}");
    RuleBook book = TinyPack.load(dir, "rules:\n" + TinyPack.rule("t.v", "true", validity));

    Validity v = book.rule("t.v").orElseThrow().validity();

    assertThat(v)
        .isEqualTo(
            new Validity(
                new Interval(day("2025-09-29"), null),
                List.of(new PhaseIn(day("2025-10-01"), "(a)(3)", "compliance date")),
                List.of(
                    unconfirmed("2026-11-09"),
                    new Suspension(
                        new Interval(day("2027-01-01"), day("2027-01-31")),
                        "Second notice",
                        true,
                        null)),
                List.of(
                    new EnforcementPeriod(
                        new Interval(day("2028-01-01"), null), false, "Press release", null))));
    assertThat(v.at(day("2025-09-30")).status()).isEqualTo(InForce.Status.PHASING_IN);
    assertThat(v.at(day("2026-11-10")).warnings()).hasSize(1);
    assertThat(v.at(day("2027-01-15")).status()).isEqualTo(InForce.Status.SUSPENDED);
  }

  @Test
  void intervalsIncludeBothEnds() {
    Interval june = new Interval(day("2024-06-01"), day("2024-06-30"));

    assertThat(june.contains(day("2024-06-01"))).isTrue();
    assertThat(june.contains(day("2024-06-30"))).isTrue();
    assertThat(june.contains(day("2024-07-01"))).isFalse();
    assertThat(june.overlaps(new Interval(day("2024-06-30"), null))).isTrue();
    assertThat(june.overlaps(new Interval(day("2024-07-01"), null))).isFalse();
    assertThat(june.encloses(new Interval(day("2024-06-10"), day("2024-06-30")))).isTrue();
    assertThat(june.encloses(new Interval(day("2024-06-10"), null))).isFalse();
    assertThatThrownBy(() -> new Interval(day("2024-06-30"), day("2024-06-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends (2024-06-01) before it starts (2024-06-30)");
  }

  private static Validity suspendedUntil(String to, boolean confirmed) {
    Suspension s =
        new Suspension(
            new Interval(day("2025-11-10"), day(to)), "BIS final rule", confirmed, "arrangement");
    return new Validity(new Interval(day("2025-09-29"), null), List.of(), List.of(s), List.of());
  }

  private static Suspension unconfirmed(String to) {
    return new Suspension(new Interval(day("2025-11-10"), day(to)), "BIS final rule", false, null);
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
