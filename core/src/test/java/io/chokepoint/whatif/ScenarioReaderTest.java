package io.chokepoint.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chokepoint.source.Issue;
import io.chokepoint.source.SourceException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scenario files: what a valid one reads as (the sides, their changes, inheritance), and that every
 * problem is reported at once with file, line and field, unknown keys included.
 */
class ScenarioReaderTest {
  private static final String FILE = "my-scenario.yaml";

  private static List<Issue> problems(String yaml) {
    try {
      ScenarioReader.parse(yaml, FILE);
    } catch (SourceException e) {
      return e.issues();
    }
    throw new AssertionError("expected the scenario to be rejected");
  }

  @Test
  void readsBothSidesAndTheScenarioBuildsOnTheBaseline() {
    Scenario s =
        ScenarioReader.parse(
            """
            name: both-sides
            title: Both sides
            baseline:
              label: extended
              law:
                suspensions:
                  - {instrument: "Ann. 70", to: 2027-11-10}
            scenario:
              asOf: 2026-12-01
              law:
                parameters:
                  - {regime: US-EAR, name: tppA1, value: 4000, from: 2026-12-01}
                sets:
                  - {name: D5, add: [XX], from: 2026-12-01, to: 2026-12-31}
                validity:
                  - {rule: us.ai-diffusion.worldwide, to: null}
              catalogue:
                - {supplier: Hokuto, products: [MOD-1], origin: CN, contains: [Fe, Dy]}
            """,
            FILE);

    assertThat(s.id()).isEqualTo("both-sides");
    assertThat(s.baseline().label()).isEqualTo("extended");
    assertThat(s.scenario().label()).isEqualTo("Both sides");
    assertThat(s.scenarioAsOf()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(s.scenarioLaw())
        .extracting(LawChange::describe)
        .containsExactly(
            "suspension by Ann. 70 of every rule: last day 2027-11-10",
            "US-EAR params.tppA1 = 4000 from 2026-12-01",
            "sets.D5 + [XX] from 2026-12-01 to 2026-12-31",
            "validity of us.ai-diffusion.worldwide: with no last day");
    assertThat(s.scenarioCatalogue())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.origin()).isEqualTo("CN");
              assertThat(c.products()).containsExactly("MOD-1");
            });
    LawChange.ParameterChange p = (LawChange.ParameterChange) s.scenario().law().get(0);
    assertThat(p.source()).isEqualTo("what-if scenario scenario both-sides");
    assertThat(p.at().line()).isEqualTo(12);
  }

  @Test
  void theShippedScenariosRead() {
    for (String name : List.of("ann61-lapses", "tpp-4000", "supplier-x-chinese-magnets")) {
      Scenario s = Demo.scenario(name);
      assertThat(s.id()).isEqualTo(name);
      assertThat(s.description()).isNotBlank();
    }
  }

  @Test
  void unknownKeysAreRejectedWhereverTheyAre() {
    List<Issue> issues =
        problems(
            """
            name: typo
            title: Typos
            notes: not a key
            scenario:
              law:
                suspension:
                  - {instrument: x, to: 2026-01-01}
                parameters:
                  - {name: tppA1, value: 4000, from: 2026-12-01, until: 2027-01-01}
              catalog: []
            """);

    assertThat(issues)
        .extracting(Issue::field)
        .contains(
            "notes",
            "scenario.law.suspension",
            "scenario.law.parameters[0].until",
            "scenario.catalog");
    assertThat(issues).allSatisfy(i -> assertThat(i.position().file()).isEqualTo(FILE));
    assertThat(issues)
        .filteredOn(i -> "notes".equals(i.field()))
        .singleElement()
        .satisfies(i -> assertThat(i.position().line()).isEqualTo(3));
  }

  @Test
  void requiredFieldsAndBadValuesAreNamed() {
    List<Issue> issues =
        problems(
            """
            name: Not An Id
            scenario:
              asOf: 2026-02-30
              law:
                suspensions:
                  - {instrument: "Ann. 70"}
                  - {instrument: "Ann. 70", lifted: true, to: 2027-01-01}
                parameters:
                  - {regime: us-ear, name: tppA1, from: 2026-12-01, to: 2026-11-01}
                sets:
                  - {name: D5, from: 2026-12-01}
                validity:
                  - {rule: us.x}
              catalogue:
                - {supplier: Hokuto, origin: XX, element: Zz, form: powder}
                - {supplier: Hokuto}
            """);

    assertThat(issues)
        .extracting(Issue::message)
        .anyMatch(m -> m.contains("lower-case letters"))
        .anyMatch(m -> m.contains("required field 'title'"))
        .anyMatch(m -> m.contains("bad date '2026-02-30'"))
        .anyMatch(m -> m.contains("say what changes: to, endConfirmed, or lifted"))
        .anyMatch(m -> m.contains("a lifted suspension takes no to"))
        .anyMatch(m -> m.contains("a regime is written like US-EAR"))
        .anyMatch(m -> m.contains("required field 'value'"))
        .anyMatch(m -> m.contains("to 2026-11-01 is before from 2026-12-01"))
        .anyMatch(m -> m.contains("a set change needs members"))
        .anyMatch(m -> m.contains("say what changes: from, to, or to: null"))
        .anyMatch(m -> m.contains("unknown country code 'XX'"))
        .anyMatch(m -> m.contains("unknown element 'Zz'"))
        .anyMatch(m -> m.contains("unknown value 'powder'"))
        .anyMatch(m -> m.contains("say what changes: origin, element"));
    assertThat(issues)
        .filteredOn(i -> i.message().contains("bad date"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.position().line()).isEqualTo(3);
              assertThat(i.field()).isEqualTo("scenario.asOf");
            });
  }

  @Test
  void aScenarioThatChangesNothingIsRejected() {
    assertThat(
            problems(
                """
                name: nothing
                title: Nothing
                baseline: {asOf: 2026-12-01}
                scenario: {label: the same, asOf: 2026-12-01}
                """))
        .extracting(Issue::message)
        .anyMatch(m -> m.contains("changes nothing relative to the baseline"));
  }

  @Test
  void aFileThatIsNotYamlSaysWhere() {
    assertThatThrownBy(() -> ScenarioReader.parse("name: [unclosed\n", FILE))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining(FILE);
  }
}
