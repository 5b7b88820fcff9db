package io.chokepoint.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chokepoint.rules.DatedValue;
import io.chokepoint.rules.Interval;
import io.chokepoint.rules.NamedSet;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RuleBookException;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.rules.Suspension;
import io.chokepoint.source.Issue;
import io.chokepoint.testing.ProjectFiles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scenario's law changes applied to the shipped packs: the rule book that results has the changed
 * suspensions, parameter values, set members and dates (and a hash of its own), and a change that
 * matches nothing or breaks a pack is an error at the change's line in the scenario file.
 */
class LawOverlayTest {
  private static final String FILE = "law.yaml";

  private static RuleBook load(String law) {
    Scenario s =
        ScenarioReader.parse("name: law\ntitle: Law\nscenario:\n  law:\n" + law.indent(4), FILE);
    return RuleBookLoader.load(ProjectFiles.regulations(), new LawOverlay(s.scenario().law()));
  }

  private static List<Issue> problems(String law) {
    try {
      load(law);
    } catch (RuleBookException e) {
      return e.issues();
    }
    throw new AssertionError("expected the law change to be rejected");
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void theAnn61ScenarioEndsRoutesSuspensionsAndExtendsTheRest() {
    Scenario ann61 = Demo.scenario("ann61-lapses");
    RuleBook book =
        RuleBookLoader.load(ProjectFiles.regulations(), new LawOverlay(ann61.scenarioLaw()));

    for (String route : List.of("a", "b", "c")) {
      Suspension s =
          book.rule("cn.2025-61.route-" + route).orElseThrow().validity().suspensions().get(0);
      assertThat(s.interval()).isEqualTo(new Interval(d("2025-11-07"), d("2026-11-10")));
      assertThat(s.endConfirmed()).isTrue();
    }
    Suspension ann57 =
        book.rule("cn.2025-57.export-licence").orElseThrow().validity().suspensions().get(0);
    assertThat(ann57.interval().to()).isEqualTo(d("2027-11-10"));
    assertThat(ann57.endConfirmed()).isFalse();
    assertThat(book.contentHash()).isNotEqualTo(Demo.book().contentHash());
    assertThat(
            book.rule("cn.2025-61.route-a").orElseThrow().validity().at(d("2026-12-15")).warnings())
        .as("a confirmed end leaves no warning")
        .isEmpty();
  }

  @Test
  void parametersAndSetsChangeOverTheirWindowAndKeepTheRest() {
    RuleBook book =
        load(
            """
            parameters:
              - {name: tppA1, value: 4000, from: 2026-12-01}
              - {name: foundryTransistorsB, value: 33, from: 2026-06-01, to: 2027-06-30}
            sets:
              - {regime: US-EAR, name: D5, add: [NO], remove: [CN], from: 2026-12-01, to: 2026-12-31}
            """);

    var us = book.regime("US-EAR").orElseThrow();
    assertThat(us.parameters().get("tppA1").values())
        .extracting(v -> v.interval().toString() + " " + v.value())
        .containsExactly("2023-11-17..2026-11-30 4800.0", "2026-12-01.. 4000.0");
    assertThat(us.parameters().get("tppA1").at(d("2026-12-01")).orElseThrow().source())
        .isEqualTo("what-if scenario scenario law");
    assertThat(us.parameters().get("foundryTransistorsB").values())
        .extracting(v -> v.interval().toString() + " " + v.value())
        .containsExactly(
            "2025-01-16..2026-05-31 30.0",
            "2026-06-01..2027-06-30 33.0",
            "2027-07-01..2028-12-31 35.0",
            "2029-01-01.. 40.0");
    NamedSet d5 = us.sets().get("D5");
    List<String> december = members(d5, d("2026-12-15"));
    assertThat(december).contains("NO").doesNotContain("CN");
    assertThat(members(d5, d("2027-01-01"))).contains("CN").doesNotContain("NO");
    assertThat(members(d5, d("2026-11-30"))).contains("CN").doesNotContain("NO");
  }

  private static List<String> members(NamedSet set, LocalDate day) {
    for (DatedValue<List<String>> v : set.values()) {
      if (v.interval().contains(day)) {
        return v.value();
      }
    }
    throw new AssertionError("no membership on " + day);
  }

  @Test
  void aRuleGetsNewDates() {
    RuleBook book =
        load(
            """
            validity:
              - {rule: cn.2025-61.route-c, from: 2026-01-01}
            """);

    assertThat(book.rule("cn.2025-61.route-c").orElseThrow().validity().effective().from())
        .isEqualTo(d("2026-01-01"));
  }

  @Test
  void changesThatMatchNothingAreErrorsAtTheirLine() {
    List<Issue> issues =
        problems(
            """
            suspensions:
              - {instrument: "MOFCOM/GAC Announcement 2025 No. 70", rules: [cn.2025-18.export-licence], to: 2027-01-01}
              - {instrument: "No such announcement", to: 2027-01-01}
            parameters:
              - {name: noSuchThreshold, value: 1, from: 2026-01-01}
              - {regime: CN-ECL, name: tppA1, value: 1, from: 2026-01-01}
            validity:
              - {rule: no.such.rule, from: 2026-01-01}
            """);

    assertThat(issues)
        .extracting(i -> i.position().line() + " " + i.field() + ": " + i.message())
        .containsExactlyInAnyOrder(
            "6 rules: rule cn.2025-18.export-licence has no suspension by 'MOFCOM/GAC"
                + " Announcement 2025 No. 70'",
            "7 instrument: no rule is suspended by 'No such announcement'",
            "9 name: no parameter noSuchThreshold",
            "10 name: no parameter tppA1 in CN-ECL",
            "12 rule: no rule or classification entry has the id no.such.rule");
    assertThat(issues).allSatisfy(i -> assertThat(i.position().file()).isEqualTo(FILE));
  }

  @Test
  void aChangeThatBreaksAPackIsRejectedWithTheRuleBookAtTheScenarioLine() {
    assertThatThrownBy(
            () ->
                load(
                    """
                    suspensions:
                      - {instrument: "MOFCOM/GAC Announcement 2025 No. 70", to: 2025-01-01}
                    """))
        .isInstanceOf(RuleBookException.class)
        .satisfies(
            e -> {
              List<Issue> issues = ((RuleBookException) e).issues();
              assertThat(issues).isNotEmpty();
              assertThat(issues)
                  .allSatisfy(
                      i -> {
                        assertThat(i.position().file()).isEqualTo(FILE);
                        assertThat(i.position().line()).isEqualTo(6);
                        assertThat(i.message()).contains("ends (2025-01-01) before it starts");
                      });
            });
  }
}
