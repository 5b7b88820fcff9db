package io.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The licence and application commands end to end, on a fresh embedded database. */
class LicenceCliTest {
  @TempDir Path tmp;

  private CliRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--store", tmp.resolve("db").toString()));
    return CliRun.of(all.toArray(String[]::new));
  }

  private CliRun draw(String quantity, String key) {
    return run(
        "licence",
        "draw",
        "D1234567",
        "--tx",
        "PO-2026-0215",
        "--line",
        "L1",
        "--quantity",
        quantity,
        "--key",
        key);
  }

  private static String example(String name) {
    return CliRun.projectRoot().resolve("examples").resolve(name).toString();
  }

  private static JsonNode matchOf(JsonNode lines, String licence) {
    for (JsonNode m : lines.get("lines").get(0).get("matches")) {
      if (m.get("licence").asText().equals(licence)) {
        return m;
      }
    }
    throw new AssertionError("no match for " + licence + " in " + lines);
  }

  @Test
  void licencesMatchDrawOnceAndExplainRejections() throws Exception {
    assertThat(run("check", example("h100-to-shanghai.yaml")).code()).isZero();
    CliRun added = run("licence", "add", example("licences/h100-yunhai.yaml"));
    assertThat(added.code()).as(added.err()).isZero();

    JsonNode before = run("licence", "match", "PO-2026-0215").json();
    JsonNode bis = matchOf(before, "D1234567");
    assertThat(bis.get("covers").asBoolean()).isFalse();
    assertThat(bis.get("reasons").get(0).get("kind").asText()).isEqualTo("share-cap-exceeded");
    assertThat(matchOf(before, "INT-2026-007").get("covers").asBoolean()).isTrue();

    // 20 H100s shipped to a US customer (recorded with tx add: it needs no licence, so it may
    // ship) make room for 10 under the 50% cap; a check alone is not a shipment.
    Path us = tmp.resolve("us.yaml");
    Files.writeString(
        us,
        String.join(
            "\n",
            "id: US-2026-0201",
            "date: 2026-02-01",
            "route: {from: US, to: US}",
            "parties: [{role: exporter, name: Pacific Compute Distribution Inc., country: US},"
                + " {role: end-user, name: Lone Star Cloud LLC, country: US, headquarters: US}]",
            "items: [{id: L1, description: H100, quantity: 20, chip: NVIDIA H100 SXM}]",
            ""));
    assertThat(run("check", us.toString()).code()).isZero();
    assertThat(
            matchOf(run("licence", "match", "PO-2026-0215").json(), "D1234567")
                .get("covers")
                .asBoolean())
        .as("a check is not a shipment")
        .isFalse();
    assertThat(run("tx", "add", us.toString(), "--no-screening").code()).isZero();
    assertThat(
            matchOf(run("licence", "match", "PO-2026-0215").json(), "D1234567")
                .get("covers")
                .asBoolean())
        .isTrue();

    JsonNode first = draw("8", "k-1").json();
    assertThat(first.get("accepted").asBoolean()).isTrue();
    assertThat(first.get("drawnQuantity").decimalValue()).isEqualByComparingTo("8");
    JsonNode again = draw("8", "k-1").json();
    assertThat(again.get("replayed").asBoolean()).isTrue();
    assertThat(again.get("entry").asLong()).isEqualTo(first.get("entry").asLong());
    assertThat(again.get("drawnQuantity").decimalValue()).isEqualByComparingTo("8");

    CliRun more = draw("3", "k-2");
    assertThat(more.code()).isEqualTo(Main.REFUSED);
    assertThat(more.json().get("reasons").get(0).get("kind").asText())
        .isEqualTo("share-cap-exceeded");

    CliRun bad = draw("eight", "k-3");
    assertThat(bad.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(bad.err()).contains("--quantity").contains("'eight' is not a number");

    JsonNode shown = run("licence", "show", "D1234567").json();
    assertThat(shown.get("entries")).hasSize(2);
    assertThat(shown.get("balance").get("quantity").get("left").decimalValue())
        .isEqualByComparingTo("92");

    CliRun returned =
        run(
            "licence",
            "return",
            "D1234567",
            "--entry",
            first.get("entry").asText(),
            "--quantity",
            "2",
            "--reason",
            "two units damaged in transit");
    assertThat(returned.code()).as(returned.err()).isZero();
    assertThat(returned.json().get("drawnQuantity").decimalValue()).isEqualByComparingTo("6");
  }

  @Test
  void aMofcomApplicationIsDraftedSubmittedAndApprovedIntoALicence() throws Exception {
    assertThat(run("check", example("dy-ndfeb-magnet-to-german-carmaker.yaml")).code()).isZero();
    JsonNode draft = run("application", "draft", "PO-2025-0601", "--authority", "MOFCOM").json();
    assertThat(draft.get("status").asText()).isEqualTo("draft");
    JsonNode d = draft.get("draft");
    assertThat(d.get("form").asText()).isEqualTo("mofcom-dual-use");
    assertThat(d.get("review").get("days").asInt()).isEqualTo(45);
    assertThat(d.get("review").get("workingDays").asBoolean()).isTrue();
    assertThat(draft.get("deadlineCaveats").toString()).contains("public holidays");
    assertThat(d.get("documents").toString()).contains("end-user and end-use certificates");
    List<String> missing = new ArrayList<>();
    d.get("missing").forEach(m -> missing.add(m.asText()));
    assertThat(missing).contains("contract.number", "endUser.address");
    String id = draft.get("id").asText();

    CliRun early = run("application", "submit", id, "--on", "2025-06-02");
    assertThat(early.code()).isEqualTo(Main.REFUSED);
    assertThat(early.err()).contains("contract.number");

    List<String> submit =
        new ArrayList<>(List.of("application", "submit", id, "--on", "2025-06-02"));
    for (String m : missing) {
      submit.add("--set");
      submit.add(m + "=supplied");
    }
    JsonNode submitted = run(submit.toArray(String[]::new)).json();
    assertThat(submitted.get("status").asText()).isEqualTo("submitted");
    assertThat(submitted.get("deadline").asText()).isEqualTo("2025-08-04");

    CliRun noNumber = run("application", "decide", id, "approved", "--on", "2025-07-20");
    assertThat(noNumber.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(noNumber.err()).contains("--licence-number");

    JsonNode approved =
        run(
                "application",
                "decide",
                id,
                "approved",
                "--on",
                "2025-07-20",
                "--licence-number",
                "MOFCOM-2025-0042",
                "--valid-to",
                "2026-07-19")
            .json();
    assertThat(approved.get("status").asText()).isEqualTo("approved");
    JsonNode licence = run("licence", "show", "MOFCOM-2025-0042").json();
    assertThat(licence.get("kind").asText()).isEqualTo("prc-single");
    assertThat(licence.get("application").asText()).isEqualTo(id);
    assertThat(licence.get("items").get(0).get("regime").asText()).isEqualTo("CN-ECL");
    assertThat(licence.get("quantity").decimalValue()).isEqualByComparingTo("20000");
  }
}
