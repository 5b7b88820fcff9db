package io.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chokepoint generate parties} and {@code chokepoint rescreen}, in-process: a generated
 * master with two planted customers of a small extra list, a full rescreen, a list update, a delta
 * that equals the full rescreen, a file of good-guy decisions, and the exit codes.
 */
class RescreenCliTest {
  private static final String LIST_HEADER = "id,list,name,aliases,country\n";
  private static final String ACME = "X-1,X-TEST,Acme Quantum Devices Ltd,,CN\n";
  private static final String ZENITH = "X-2,X-TEST,Zenith Photonic Wares GmbH,,DE\n";

  @TempDir Path dir;

  private Path master() throws IOException {
    CliRun gen =
        CliRun.of(
            "generate",
            "parties",
            "--count",
            "300",
            "--seed",
            "5",
            "--out",
            dir.resolve("gen.csv").toString(),
            "--format",
            "json");
    assertThat(gen.code()).as(gen.err()).isZero();
    JsonNode g = gen.json();
    assertThat(g.get("parties").asLong()).isEqualTo(300);
    assertThat(Files.readAllLines(dir.resolve("gen-planted.csv")))
        .hasSize(1 + g.get("planted").asInt());
    // the generated parties, and two customers that the extra list will name
    Path master = dir.resolve("master.csv");
    Files.writeString(
        master,
        Files.readString(dir.resolve("gen.csv"))
            + "K1,Acme Quantum Devices Limited,CN,entity,\n"
            + "K2,Zenith Photonic Wares GmbH,DE,entity,\n",
        StandardCharsets.UTF_8);
    return master;
  }

  private Path list(String name, String rows) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, LIST_HEADER + rows, StandardCharsets.UTF_8);
    return f;
  }

  private CliRun rescreen(String... args) {
    List<String> all =
        new java.util.ArrayList<>(
            List.of("rescreen", "--quiet", "--store", dir.resolve("db").toString()));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  @Test
  void aDeltaFromAFullRescreenEqualsAFullRescreenAndSaysWhatChanged() throws IOException {
    Path master = master();
    Path v1 = list("extra-v1.csv", ACME + ZENITH);
    CliRun first =
        rescreen(
            "--parties",
            master.toString(),
            "--lists",
            v1.toString(),
            "--out",
            dir.resolve("r1").toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("rescreen (full, local engine) of 302 parties", "new alerts:");
    String matches = Files.readString(dir.resolve("r1/matches.csv"));
    assertThat(matches).contains("K1,Acme Quantum Devices Limited,CN,X-1,X-TEST");
    assertThat(matches).contains("K2,Zenith Photonic Wares GmbH,DE,X-2,X-TEST");

    // the extra list drops Zenith and adds an alias to Acme
    Path v2 = list("extra-v2.csv", "X-1,X-TEST,Acme Quantum Devices Ltd,Acme QD,CN\n");
    CliRun delta =
        rescreen(
            "--parties",
            master.toString(),
            "--lists",
            v2.toString(),
            "--previous",
            dir.resolve("r1").toString(),
            "--out",
            dir.resolve("r2").toString(),
            "--format",
            "json");
    assertThat(delta.code()).as(delta.err()).isZero();
    JsonNode d = delta.json();
    assertThat(d.get("mode").asText()).isEqualTo("delta");
    assertThat(d.at("/listDelta/removed").asInt()).isEqualTo(1);
    assertThat(d.at("/listDelta/changed").asInt()).isEqualTo(1);
    assertThat(d.at("/changes/cleared/byReason/entry-removed").asInt()).isEqualTo(1);
    assertThat(d.at("/scopes/unchanged").asInt()).isPositive();
    assertThat(Files.readString(dir.resolve("r2/changes.csv")))
        .contains("cleared,entry-removed,K2,Zenith Photonic Wares GmbH,DE,X-2,X-TEST");

    CliRun full =
        rescreen(
            "--parties",
            master.toString(),
            "--lists",
            v2.toString(),
            "--previous",
            dir.resolve("r1").toString(),
            "--full",
            "--keep-weights",
            "--out",
            dir.resolve("r3").toString());
    assertThat(full.code()).as(full.err()).isZero();
    assertThat(Files.readString(dir.resolve("r2/matches.csv")))
        .isEqualTo(Files.readString(dir.resolve("r3/matches.csv")));
  }

  @Test
  void aFileOfGoodGuyDecisionsClearsItsPairsUntilTheEntryChanges() throws IOException {
    Path master = master();
    Path v1 = list("extra-v1.csv", ACME + ZENITH);
    assertThat(
            rescreen(
                    "--parties",
                    master.toString(),
                    "--lists",
                    v1.toString(),
                    "--out",
                    dir.resolve("r1").toString())
                .code())
        .isZero();
    // a reviewer fills in the cleared_ columns of the Zenith row of matches.csv
    List<String> rows = Files.readAllLines(dir.resolve("r1/matches.csv"));
    StringBuilder reviewed = new StringBuilder(rows.get(0)).append('\n');
    for (String r : rows) {
      if (r.startsWith("K2,")) {
        reviewed
            .append(
                r.replace(
                    ",open,,,,", ",open,a.officer,2026-11-02,\"optics dealer, not the entry\","))
            .append('\n');
      }
    }
    Path decisions = dir.resolve("reviewed.csv");
    Files.writeString(decisions, reviewed.toString(), StandardCharsets.UTF_8);
    CliRun again =
        rescreen(
            "--parties",
            master.toString(),
            "--lists",
            v1.toString(),
            "--previous",
            dir.resolve("r1").toString(),
            "--cleared",
            decisions.toString(),
            "--out",
            dir.resolve("r2").toString(),
            "--format",
            "json");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.json().at("/changes/cleared/byReason/reviewed").asInt()).isEqualTo(1);
    assertThat(Files.readString(dir.resolve("r2/matches.csv")))
        .contains(",cleared,a.officer,2026-11-02T00:00:00Z,\"optics dealer, not the entry\",");

    // Zenith's listing changes: the decision lapses and the pair alerts again
    Path v2 = list("extra-v2.csv", ACME + "X-2,X-TEST,Zenith Photonic Wares GmbH,Zenith PW,DE\n");
    CliRun lapsed =
        rescreen(
            "--parties",
            master.toString(),
            "--lists",
            v2.toString(),
            "--previous",
            dir.resolve("r2").toString(),
            "--cleared",
            decisions.toString(),
            "--out",
            dir.resolve("r3").toString(),
            "--format",
            "json");
    assertThat(lapsed.code()).as(lapsed.err()).isZero();
    assertThat(lapsed.json().at("/changes/new/byReason/review-lapsed").asInt()).isEqualTo(1);
  }

  @Test
  void badInputIsExitTwoAndAMissingPreviousResultExitFour() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "id,name,segment\nC1,Acme,retail\n", StandardCharsets.UTF_8);
    CliRun invalid = rescreen("--parties", bad.toString(), "--out", dir.resolve("o").toString());
    assertThat(invalid.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(invalid.err()).contains("bad.csv:1:0: field 'segment': unknown column");
    assertThat(dir.resolve("o")).doesNotExist();

    Path master = master();
    CliRun missing =
        rescreen(
            "--parties",
            master.toString(),
            "--previous",
            dir.resolve("nope").toString(),
            "--out",
            dir.resolve("o").toString());
    assertThat(missing.code()).isEqualTo(Main.NOT_FOUND);
    assertThat(missing.err()).contains("no rescreen result in");

    CliRun engine =
        rescreen(
            "--parties",
            master.toString(),
            "--engine",
            "nosuch",
            "--out",
            dir.resolve("o").toString());
    assertThat(engine.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(engine.err()).contains("unknown engine 'nosuch'; the engines are local, spark");

    Path parquet = Files.createDirectories(dir.resolve("master.parquet"));
    CliRun local = rescreen("--parties", parquet.toString(), "--out", dir.resolve("o").toString());
    assertThat(local.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(local.err()).contains("is read by the Spark engine: add --engine spark");
    assertThat(dir.resolve("o")).doesNotExist();
  }
}
