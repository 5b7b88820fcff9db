package io.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chokepoint screen} and {@code chokepoint lists}, in-process against the shipped lists. */
class ScreeningCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> jsonLines(CliRun run) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : run.lines()) {
      out.add(JSON.readTree(l));
    }
    return out;
  }

  @Test
  void huaweiIsFoundInThreeSpellingsWithAnExplanation() throws IOException {
    CliRun run = CliRun.of("screen", "华为技术有限公司", "HUAWEI TECH CO LTD", "Hua Wei Technologies");
    assertThat(run.code()).as(run.err()).isZero();
    List<JsonNode> lines = jsonLines(run);
    assertThat(lines).hasSize(3);
    for (JsonNode line : lines) {
      assertThat(line.get("lists").asText()).startsWith("sha256:");
      JsonNode best = line.get("matches").get(0);
      assertThat(best.get("entityId").asText()).isEqualTo("US-EL-CN-0001");
      assertThat(best.get("list").asText()).isEqualTo("US-EL");
      assertThat(best.get("name").asText()).isEqualTo("Huawei Technologies Co., Ltd.");
      assertThat(best.get("score").asDouble()).isBetween(0.8, 1.0);
      assertThat(best.get("explanation")).isNotEmpty();
    }
    assertThat(lines.get(0).get("matches").get(0).get("explanation").toString())
        .contains("hua wei", "huawei");
  }

  @Test
  void bydRaisesNoAlertAtTheDefaultThreshold() throws IOException {
    CliRun run = CliRun.of("screen", "BYD Company Limited");
    assertThat(run.code()).isZero();
    assertThat(run.json().get("matches")).isEmpty();
  }

  @Test
  void aCsvFileIsScreenedRowByRowWithItsIdsAndCountries(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("customers.csv");
    Files.writeString(
        file,
        "id,name,country,address\nC1,Skydio Inc.,US,San Mateo\nC2,Bayerische Antriebstechnik AG,DE,\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("screen", "--file", file.toString(), "--format", "text");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("C1 'Skydio Inc.'", "CN-UEL", "C2 'Bayerische Antriebstechnik AG': no match");
  }

  @Test
  void aBadNameFileNamesItsLineAndScreensNothing(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "name,segment\nAcme,retail\n,retail\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("screen", "--file", file.toString());
    assertThat(run.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("bad.csv:1", "field 'segment'", "unknown column")
        .contains("bad.csv:3", "field 'name'", "empty name");
  }

  @Test
  void aThresholdOutsideZeroToOneIsRefused() {
    CliRun run = CliRun.of("screen", "--threshold", "1.5", "Acme");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--threshold");
  }

  @Test
  void statusGivesTheHashTheDateAndCountsPerList() throws IOException {
    CliRun run = CliRun.of("lists", "status", "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode s = run.json();
    assertThat(s.get("lists").asText()).startsWith("sha256:");
    assertThat(s.get("counts").get("US-SDN").asInt()).isGreaterThan(8000);
    assertThat(s.get("counts").get("CN-UEL").asInt()).isEqualTo(72);
    assertThat(s.get("sources")).isNotEmpty();
  }

  @Test
  void diffNamesWhatWasAddedRemovedAndChanged(@TempDir Path dir) throws IOException {
    Path before = dir.resolve("before.csv");
    Path after = dir.resolve("after.csv");
    String header = "id,list,name,aliases,country,source\n";
    Files.writeString(
        before,
        header + "X-1,MY-LIST,Alpha Trading Ltd.,,CN,s\nX-2,MY-LIST,Beta Corp.,,CN,s\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        after,
        header + "X-1,MY-LIST,Alpha Trading Ltd.,Alpha,CN,s\nX-3,MY-LIST,Gamma LLC,,US,s\n",
        StandardCharsets.UTF_8);
    CliRun run =
        CliRun.of("lists", "diff", before.toString(), after.toString(), "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode d = run.json();
    assertThat(d.get("added").toString()).contains("X-3");
    assertThat(d.get("removed").toString()).contains("X-2");
    assertThat(d.get("changed").get(0).get("id").asText()).isEqualTo("X-1");
    assertThat(d.get("changed").get(0).get("fields").toString()).contains("aliases");
  }

  /** A home whose rules and data are the project's, and whose var/ is a fresh folder. */
  private static Path scratchHome(Path dir) throws IOException {
    Path root = CliRun.projectRoot();
    Files.createDirectories(dir);
    Files.createSymbolicLink(dir.resolve("regulations"), root.resolve("regulations"));
    Files.createSymbolicLink(dir.resolve("data"), root.resolve("data"));
    return dir;
  }

  private static CliRun inHome(Path home, String... args) {
    List<String> all = new ArrayList<>(List.of("--home", home.toString()));
    all.addAll(List.of(args));
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        Main.run(
            all.toArray(String[]::new), new java.io.PrintWriter(out), new java.io.PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }

  @Test
  void anImportedListIsScreenedAndABadOneChangesNothing(@TempDir Path dir) throws IOException {
    Path home = scratchHome(dir.resolve("home"));
    Path own = dir.resolve("own.csv");
    Files.writeString(
        own,
        "id,list,name,aliases,country,source\nOWN-1,OWN,Zyxwvut Quantum Widgets GmbH,,DE,our own review\n",
        StandardCharsets.UTF_8);
    CliRun imported = inHome(home, "lists", "import", own.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("1 added", "OWN-1");
    CliRun found = inHome(home, "screen", "Zyxwvut Quantum Widgets");
    assertThat(found.code()).isZero();
    assertThat(found.out()).contains("\"entityId\":\"OWN-1\"");

    String before = inHome(home, "lists", "status", "--format", "json").out();
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        "id,list,name,aliases,country,source\nOWN-2,OWN,,,DE,missing name\n",
        StandardCharsets.UTF_8);
    CliRun refused = inHome(home, "lists", "import", bad.toString());
    assertThat(refused.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(refused.err()).contains("bad.csv:2");
    assertThat(inHome(home, "lists", "status", "--format", "json").out()).isEqualTo(before);
  }

  @Test
  void checkScreensThePartiesItWasNotToldAbout() throws IOException {
    Path example = CliRun.projectRoot().resolve("examples/screened-parties.yaml");
    CliRun run = CliRun.of("check", "--no-store", example.toString());
    assertThat(run.code()).as(run.err()).isZero();
    List<JsonNode> lines = jsonLines(run);
    JsonNode huawei = lines.get(0);
    assertThat(huawei.get("screening").get(1).get("matches").get(0).get("band").asText())
        .isEqualTo("HIT");
    assertThat(huawei.get("lists").asText())
        .isNotEqualTo(io.chokepoint.determine.Determiner.EMPTY_LISTS);
    CliRun unscreened = CliRun.of("check", "--no-store", "--no-screening", example.toString());
    assertThat(jsonLines(unscreened).get(0).get("lists").asText())
        .isEqualTo(io.chokepoint.determine.Determiner.EMPTY_LISTS);
  }

  @Test
  void theExampleCustomerFileScreensEveryRow() throws IOException {
    Path file = CliRun.projectRoot().resolve("examples/customers.csv");
    long rows = Files.readAllLines(file, StandardCharsets.UTF_8).size() - 1;
    CliRun run = CliRun.of("screen", "--file", file.toString());
    assertThat(run.code()).as(run.err()).isZero();
    List<JsonNode> lines = jsonLines(run);
    assertThat(lines).hasSize((int) rows);
    assertThat(lines.get(0).get("matches").get(0).get("entityId").asText())
        .isEqualTo("US-EL-CN-0001");
  }

  @Test
  void aClearedPairStopsCountingInCheckUntilTheEntryChanges(@TempDir Path dir) throws IOException {
    Path home = scratchHome(dir.resolve("home"));
    Path example = CliRun.projectRoot().resolve("examples/screened-parties.yaml");
    JsonNode before = jsonLines(inHome(home, "check", example.toString())).get(2);
    assertThat(before.get("overall").asText()).isEqualTo("INDETERMINATE");

    CliRun unknown =
        inHome(home, "clear", "X", "--entry", "NO-SUCH-ID", "--by", "a.officer", "--reason", "r");
    assertThat(unknown.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(unknown.err()).contains("NO-SUCH-ID");

    CliRun cleared =
        inHome(
            home,
            "clear",
            "Sugon Data Storage Trading Co., Ltd.",
            "--country",
            "CN",
            "--entry",
            "US-EL-CN-0040",
            "--by",
            "a.officer",
            "--reason",
            "a storage reseller, no ownership link to Sugon");
    assertThat(cleared.code()).as(cleared.err()).isZero();
    assertThat(cleared.out()).contains("US-EL-CN-0040", "lapses when the entry changes");

    JsonNode after = jsonLines(inHome(home, "check", example.toString())).get(2);
    assertThat(after.get("overall").asText()).isEqualTo("NO_LICENSE_REQUIRED");
    JsonNode match = after.get("screening").get(1).get("matches").get(0);
    assertThat(match.get("band").asText()).isEqualTo("CLEARED");
    assertThat(match.get("note").asText()).contains("a.officer", "storage reseller");
  }
}
