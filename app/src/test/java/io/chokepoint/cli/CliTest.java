package io.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line, driven through {@link Main#run} with the project as its home and a fresh
 * database per test: the JSON Lines of FORMATS.md §2, chip classification (§3), exit codes, and
 * that invalid input records nothing.
 */
class CliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXAMPLE = "examples/h100-to-shanghai.yaml";
  private static final Set<String> OUTCOMES =
      Set.of("NO_LICENSE_REQUIRED", "LICENSE_REQUIRED", "PROHIBITED", "INDETERMINATE");
  private static final List<String> STRICTNESS =
      List.of("NO_LICENSE_REQUIRED", "INDETERMINATE", "LICENSE_REQUIRED", "PROHIBITED");
  private static final Set<String> REVIEWS =
      Set.of("PRESUMPTION_OF_APPROVAL", "CASE_BY_CASE", "PRESUMPTION_OF_DENIAL");

  /** US-7b of the golden cases: a consumer 3A090.a chip to China, with NAC on offer. */
  private static final String GAMING =
      """
      id: GM-1
      date: 2024-06-01
      route: {from: US, to: CN}
      parties:
        - {role: exporter, name: "Pacific Compute Distribution Inc.", country: US}
        - {role: consignee, name: "Shenzhen Huaqiang Gaming Co., Ltd.", country: CN}
      endUse: {purpose: gaming}
      items:
        - {id: L1, quantity: 500, chip: RTX 4090}
      """;

  private static Path root;

  @TempDir Path tmp;

  @BeforeAll
  static void findTheProject() {
    root = CliRun.projectRoot();
  }

  private CliRun run(String... args) {
    return CliRun.of(args);
  }

  private CliRun check(String... args) {
    List<String> all = new ArrayList<>(List.of("check", "--store", store().toString()));
    all.addAll(List.of(args));
    return run(all.toArray(String[]::new));
  }

  private Path store() {
    return tmp.resolve("db");
  }

  private long recorded() {
    return Store.embedded(store()).determinations().count();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text);
  }

  @Test
  void checkPrintsOneJsonLinePerTransactionInTheDocumentedShape() throws IOException {
    CliRun r = check(root.resolve(EXAMPLE).toString(), write("gaming.yaml", GAMING).toString());

    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.lines();
    assertThat(lines).hasSize(3);
    String rulebook = RuleBookLoader.load(root.resolve("regulations")).contentHash();
    for (String line : lines) {
      JsonNode d = JSON.readTree(line);
      assertThat(d.get("transaction").isTextual()).isTrue();
      assertThat(d.get("rulebook").asText()).matches("sha256:[0-9a-f]{64}").isEqualTo(rulebook);
      assertThat(d.get("lists").asText()).matches("sha256:[0-9a-f]{64}");
      assertThat(d.get("overall").asText()).isIn(OUTCOMES);
      assertThat(d.get("regimes"))
          .extracting(g -> g.get("regime").asText())
          .containsExactly("CN-ECL", "US-EAR");
      String strictest = "NO_LICENSE_REQUIRED";
      for (JsonNode g : d.get("regimes")) {
        assertRegimeShape(g);
        String o = g.get("outcome").asText();
        strictest = STRICTNESS.indexOf(o) > STRICTNESS.indexOf(strictest) ? o : strictest;
      }
      assertThat(d.get("overall").asText()).isEqualTo(strictest);
    }
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.get("transaction").asText()).isEqualTo("PO-2024-0107");
    assertThat(first.get("asOf").asText()).isEqualTo("2024-03-01");
    assertThat(first.get("overall").asText()).isEqualTo("LICENSE_REQUIRED");
    JsonNode cn = first.get("regimes").get(0);
    assertThat(cn.get("outcome").asText()).isEqualTo("NO_LICENSE_REQUIRED");
    assertThat(cn.get("review").isNull()).isTrue();
    assertThat(cn.get("items").get(0).has("chineseRareEarthShare")).isTrue();
    JsonNode us = first.get("regimes").get(1);
    assertThat(us.get("review").asText()).isEqualTo("PRESUMPTION_OF_DENIAL");
    assertThat(us.get("items").get(0).get("classification").asText()).isEqualTo("3A090.a");
    assertThat(us.get("rules"))
        .filteredOn(rule -> rule.get("id").asText().equals("us.742-6-a-6-iii.d5-macau"))
        .singleElement()
        .satisfies(rule -> assertThat(rule.get("fired").asBoolean()).isTrue());
    assertThat(JSON.readTree(lines.get(1)).get("regimes").get(1).get("review").asText())
        .isEqualTo("CASE_BY_CASE");
    JsonNode nac = JSON.readTree(lines.get(2)).get("regimes").get(1).get("exceptions");
    assertThat(nac)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.get("id").asText()).isEqualTo("NAC");
              assertThat(e.get("notificationRequired").isBoolean()).isTrue();
              assertThat(e.get("notificationRequired").asBoolean()).isTrue();
            });
    assertThat(recorded()).isEqualTo(3);
  }

  private static void assertRegimeShape(JsonNode g) {
    assertThat(g.get("outcome").asText()).isIn(OUTCOMES);
    if (g.get("outcome").asText().equals("LICENSE_REQUIRED")) {
      assertThat(g.get("review").asText()).isIn(REVIEWS);
    } else {
      assertThat(g.has("review")).isTrue();
      assertThat(g.get("review").isNull()).isTrue();
    }
    for (String list : List.of("exceptions", "rules", "items", "parties", "missingFacts")) {
      assertThat(g.get(list).isArray()).as(list).isTrue();
    }
    assertThat(g.get("warnings").isArray()).isTrue();
    assertThat(g.get("trace")).isNotEmpty().allSatisfy(t -> assertThat(t.isTextual()).isTrue());
    List<String> ids = new ArrayList<>();
    for (JsonNode rule : g.get("rules")) {
      assertThat(rule.get("id").isTextual()).isTrue();
      assertThat(rule.get("citation").isTextual()).isTrue();
      assertThat(rule.get("fired").isBoolean()).isTrue();
      assertThat(rule.get("why").asText()).isNotBlank();
      ids.add(rule.get("id").asText());
    }
    assertThat(ids).isSorted();
    for (JsonNode e : g.get("exceptions")) {
      assertThat(e.get("id").isTextual()).isTrue();
      assertThat(e.get("notificationRequired").isBoolean()).isTrue();
    }
    for (JsonNode i : g.get("items")) {
      assertThat(i.get("item").isTextual()).isTrue();
      assertThat(i.has("classification")).isTrue();
    }
    for (JsonNode p : g.get("parties")) {
      assertThat(p.get("party").isTextual()).isTrue();
      assertThat(p.get("hits").isArray()).isTrue();
    }
  }

  @Test
  void asOfOverridesTheTransactionDate() throws IOException {
    CliRun r = check(root.resolve(EXAMPLE).toString(), "--as-of", "2023-06-01");

    assertThat(r.code()).isZero();
    for (String line : r.lines()) {
      JsonNode d = JSON.readTree(line);
      assertThat(d.get("asOf").asText()).isEqualTo("2023-06-01");
      assertThat(d.get("regimes").get(1).get("trace").get(0).asText())
          .startsWith("US-EAR as of 2023-06-01");
    }
  }

  @Test
  void textFormatPrintsTextForAPerson() {
    CliRun r = check(root.resolve(EXAMPLE).toString(), "--format", "text");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("Transaction PO-2024-0107 as of 2024-03-01: LICENSE_REQUIRED")
        .contains(
            "US-EAR: LICENSE_REQUIRED (review: PRESUMPTION_OF_DENIAL, set by"
                + " us.742-6-a-6-iii.d5-macau, us.744-23-a-3.headquartered)")
        .contains("CN-ECL: NO_LICENSE_REQUIRED", "trace:")
        .doesNotContain("{\"transaction\"");
  }

  @Test
  void anInvalidFileExitsWith2NamingFileLineAndFieldAndRecordsNothing() throws IOException {
    Path bad = write("bad.yaml", GAMING.replace("to: CN", "to: XX"));

    CliRun r = check(bad.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(bad + ":3:", "field 'route.to'", "unknown country code 'XX'");
    assertThat(recorded()).isZero();
  }

  @Test
  void oneInvalidFileAmongValidOnesStopsTheWholeRun() throws IOException {
    Path bad = write("bad.yaml", GAMING.replace("quantity: 500", "quantity: 0"));

    CliRun r = check(root.resolve(EXAMPLE).toString(), bad.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains(bad + ":9:", "field 'items[0].quantity'", "nothing was determined or recorded")
        .doesNotContain(EXAMPLE);
    assertThat(recorded()).isZero();
  }

  @Test
  void aMissingFileOrBadDateExitsWith2() {
    CliRun missing = check(tmp.resolve("nope.yaml").toString());
    CliRun badDate = check(root.resolve(EXAMPLE).toString(), "--as-of", "2025-02-30");

    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.yaml", "cannot read file");
    assertThat(badDate.code()).isEqualTo(2);
    assertThat(badDate.out()).isEmpty();
  }

  @Test
  void replayingTheSameCheckGivesByteIdenticalLines() {
    CliRun first = check(root.resolve(EXAMPLE).toString());
    CliRun second = check(root.resolve(EXAMPLE).toString());

    assertThat(first.code()).isZero();
    assertThat(first.lines()).hasSize(2);
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(recorded()).isEqualTo(4);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "H100 SXM  | NVIDIA H100 SXM5        | 15832.0 | 19.45 | 3A090.a | TPP = max over precisions",
        "H20       | NVIDIA H20 (HGX)        | 2368.0  | 2.91  | NONE    | no advanced-computing entry",
        "RTX 4090D | NVIDIA GeForce RTX 4090D | 4707.0  | 7.73  | NONE    | Note 2"
      })
  void classifyChipGivesTheEccnOnTheDate(
      String chip, String name, double tpp, double pd, String eccn, String trace)
      throws IOException {
    CliRun r = run("classify", "chip", chip, "--as-of", "2024-09-01");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode c = JSON.readTree(r.out());
    assertThat(c.get("name").asText()).isEqualTo(name);
    assertThat(c.get("asOf").asText()).isEqualTo("2024-09-01");
    assertThat(c.get("tpp").asDouble()).isEqualTo(tpp);
    assertThat(c.get("performanceDensity").asDouble()).isCloseTo(pd, within(0.005));
    assertThat(c.get("eccn").asText()).isEqualTo(eccn);
    assertThat(c.get("trace")).anySatisfy(t -> assertThat(t.asText()).contains(trace));
  }

  @Test
  void classifyChipReadsTheSpecOfFormats3() throws IOException {
    Path spec =
        write(
            "x1.yaml",
            """
            name: Example Accelerator X1
            vendor: Example
            datacenter: true                 # designed or marketed for use in datacenters
            dieAreaMm2: 814                  # applicable die area
            throughput:                      # peak DENSE rates per precision, in TOPS
              - {precision: FP8, bits: 8, tops: 1979, mac: true}
              - {precision: BF16, bits: 16, tops: 989.5, mac: true}
              - {precision: FP4, bits: 4, tops: 9000, mac: true, sparse: true}   # halved
            memoryBandwidthGBps: 3350
            interconnectGBps: 900            # aggregate bidirectional, for the 2022 test
            hbm: {bandwidthGBps: 0, packageAreaMm2: 0}   # only for stand-alone memory
            """);

    CliRun r = run("classify", "chip", "--spec", spec.toString(), "--as-of", "2024-09-01");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode c = JSON.readTree(r.out());
    assertThat(c.get("name").asText()).isEqualTo("Example Accelerator X1");
    assertThat(c.get("tpp").asDouble()).isEqualTo(18000.0);
    assertThat(c.get("eccn").asText()).isEqualTo("3A090.a");
    assertThat(c.get("datacenter").asBoolean()).isTrue();
    assertThat(c.get("trace").toString())
        .contains("FP4: 9000 TOPS sparse / 2 = 4500 TOPS x 4 bits = 18000")
        .contains("FP8: 1979 TOPS x 8 bits = 15832");
  }

  @Test
  void anUnknownChipExitsWith2() {
    CliRun r = run("classify", "chip", "H2O", "--as-of", "2024-09-01");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("'H2O' is not in the chip catalogue");
  }

  @Test
  void rulesListsEveryRuleWithItsState() {
    CliRun r = run("rules", "--as-of", "2025-01-01");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("golden cases pass", "CN-ECL:", "US-EAR:");
    assertThat(r.lines())
        .anySatisfy(l -> assertThat(l).contains("us.742-6-a-6-iii.d5-macau", "IN_FORCE"))
        .anySatisfy(l -> assertThat(l).contains("us.ai-diffusion.worldwide", "NOT_YET_EFFECTIVE"))
        .anySatisfy(l -> assertThat(l).contains("us.742-6-a-6.prc-2022", "EXPIRED"));
    assertThat(Stream.of("us.744-11.entity-list", "us.gp10.prc-advanced-ic"))
        .allSatisfy(id -> assertThat(r.out()).contains(id));
  }
}
