package io.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chokepoint whatif} through {@link Main#run} with the project as home: a shipped scenario
 * by name over the demo orders writes the HTML, CSV and JSON reports and prints the summary; a
 * scenario file by path; exit 4 for a scenario or file that does not exist, exit 2 naming file,
 * line and field for an invalid one.
 */
class WhatIfCliTest {
  private static Path root;

  @TempDir Path tmp;

  @BeforeAll
  static void findTheProject() {
    root = CliRun.projectRoot();
  }

  private static String example(String file) {
    return root.resolve("examples/orders").resolve(file).toString();
  }

  private static CliRun whatif(String scenario, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "whatif",
                "--scenario",
                scenario,
                "--orders",
                example("orders.yaml"),
                "--catalogue",
                example("catalogue.yaml"),
                "--no-screening"));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void aShippedScenarioByNameWritesTheReportsAndPrintsTheSummary() throws IOException {
    Path out = tmp.resolve("report");
    CliRun r =
        whatif(
            "ann61-lapses",
            "--licences",
            example("licences.yaml"),
            "--out",
            out.toString(),
            "--format",
            "json");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("scenario").asText()).isEqualTo("ann61-lapses");
    assertThat(j.at("/summary/changedOrders").asInt()).isEqualTo(6);
    assertThat(j.at("/summary/licencesNewlyExhausted").asInt()).isEqualTo(1);
    assertThat(j.get("changedOrders"))
        .extracting(o -> o.get("order").asText())
        .containsExactly(
            "SO-26-1101", "SO-26-1103", "SO-26-1104", "SO-26-1105", "SO-26-1106", "SO-26-1114");
    assertThat(Files.readString(out.resolve("report.html")))
        .startsWith("<!DOCTYPE html>")
        .contains("Value at stake by product")
        .doesNotContain("http:", "https:");
    assertThat(Files.readAllLines(out.resolve("changes.csv"))).hasSize(7);
    assertThat(Files.readString(out.resolve("summary.json"))).contains("\"changedOrders\" : 6");

    // The shipped packs read the Ann. 70 suspension as lapsed after 2026-11-10, as the scenario
    // does: check, run on the changed orders as the scenario ships them, answers as its side does.
    CliRun check =
        CliRun.of(
            "check", out.resolve("changed-orders.json").toString(), "--no-store", "--no-screening");
    assertThat(check.code()).as(check.err()).isZero();
    List<String> overall = new ArrayList<>();
    for (String line : check.lines()) {
      overall.add(new ObjectMapper().readTree(line).get("overall").asText());
    }
    List<String> after = new ArrayList<>();
    j.get("changedOrders").forEach(o -> after.add(o.get("after").asText()));
    assertThat(overall).isEqualTo(after);
  }

  @Test
  void textNamesEachChangedOrderAndWhy() {
    CliRun r = whatif(root.resolve("scenarios/tpp-4000.yaml").toString(), "--as-of", "2026-12-20");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("What-if tpp-4000: TPP threshold moves to 4000 from 2026-12-01")
        .contains("evaluated on 2026-12-20")
        .contains("SO-26-1110 ships 2026-12-12")
        .contains("US-EAR newly-required: INDETERMINATE → LICENSE_REQUIRED / PRESUMPTION_OF_DENIAL")
        .contains("+ us.742-6-a-6-iii.d5-macau: fired for item L1");
  }

  @Test
  void generatedOrdersRunThroughWhatIf() throws IOException {
    Path dir = tmp.resolve("synthetic");
    CliRun g = generate(dir);
    assertThat(g.code()).as(g.err()).isZero();
    assertThat(g.out()).contains("wrote 120 orders");
    assertThat(generate(tmp.resolve("again")).code()).isZero();
    assertThat(Files.readString(tmp.resolve("again/orders.yaml")))
        .isEqualTo(Files.readString(dir.resolve("orders.yaml")));

    CliRun r =
        CliRun.of(
            "whatif",
            "--scenario",
            "ann61-lapses",
            "--orders",
            dir.resolve("orders.yaml").toString(),
            "--catalogue",
            dir.resolve("catalogue.yaml").toString(),
            "--no-screening",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().at("/summary/ordersRun").asInt()).isEqualTo(120);
    assertThat(r.json().at("/summary/changedOrders").asInt()).isPositive();

    CliRun bad = CliRun.of("generate-orders", "--out", dir.toString(), "--products", "2");
    assertThat(bad.code()).isEqualTo(Main.INVALID_INPUT);
  }

  private static CliRun generate(Path dir) {
    return CliRun.of(
        "generate-orders",
        "--out",
        dir.toString(),
        "--seed",
        "3",
        "--orders",
        "120",
        "--products",
        "30",
        "--customers",
        "40");
  }

  @Test
  void aScenarioThatDoesNotExistExitsFourAndNamesTheShippedOnes() {
    CliRun r = whatif("no-such-scenario");

    assertThat(r.code()).isEqualTo(Main.NOT_FOUND);
    assertThat(r.err())
        .contains("no scenario file or name 'no-such-scenario'")
        .contains("ann61-lapses", "supplier-x-chinese-magnets", "tpp-4000");
  }

  @Test
  void aMissingOrdersFileExitsFour() {
    CliRun r =
        CliRun.of(
            "whatif",
            "--scenario",
            "ann61-lapses",
            "--orders",
            tmp.resolve("nope.yaml").toString(),
            "--catalogue",
            example("catalogue.yaml"));

    assertThat(r.code()).isEqualTo(Main.NOT_FOUND);
    assertThat(r.err()).contains("nope.yaml");
  }

  @Test
  void anInvalidScenarioExitsTwoNamingFileLineAndField() throws IOException {
    Path bad =
        Files.writeString(
            tmp.resolve("bad.yaml"),
            """
            name: bad
            title: Bad
            scenario:
              law:
                suspensions:
                  - {instrument: "MOFCOM/GAC Announcement 2025 No. 70", rules: [no.such.rule], to: 2027-01-01}
              colour: red
            """);
    CliRun r = whatif(bad.toString());

    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.err()).contains(bad + ":7:3").contains("field 'scenario.colour'");

    Files.writeString(bad, Files.readString(bad).replace("  colour: red\n", ""));
    CliRun r2 = whatif(bad.toString());
    assertThat(r2.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r2.err())
        .contains(bad + ":6:")
        .contains("rule no.such.rule has no suspension by 'MOFCOM/GAC Announcement 2025 No. 70'");
  }
}
