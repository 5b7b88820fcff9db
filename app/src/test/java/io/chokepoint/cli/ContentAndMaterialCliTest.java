package io.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.testing.ServoMotorBom;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chokepoint content} and {@code chokepoint classify material}, driven through {@link
 * Main#run} with the project as home: the content JSON of FORMATS.md §4 ({@code totalValue}, {@code
 * chineseControlledRareEarthValue}, {@code share}, {@code threshold}, {@code exceeds}, {@code
 * lines} with each line's contribution) for a YAML and a CSV bill, the text format, a bad bill
 * (exit 2, file and line on stderr); the material classification JSON and text, an unknown element
 * (exit 2) and {@code --spec FILE}.
 */
class ContentAndMaterialCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String YAML = ServoMotorBom.YAML;

  private static final String CSV = ServoMotorBom.CSV;

  private static Path root;

  @TempDir Path tmp;

  @BeforeAll
  static void findTheProject() {
    root = CliRun.projectRoot();
  }

  private CliRun run(String... args) {
    return CliRun.of(args);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text);
  }

  // ---- content ----

  @Test
  void contentPrintsTheFormatsFieldsForAYamlBill() throws IOException {
    Path bom = write("servo.yaml", YAML);
    CliRun r = run("content", bom.toString(), "--as-of", "2025-12-01");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("item").asText()).isEqualTo("Servo motor");
    assertThat(j.get("file").asText()).isEqualTo(bom.toString());
    assertThat(j.get("asOf").asText()).isEqualTo("2025-12-01");
    assertThat(j.get("currency").asText()).isEqualTo("USD");
    assertThat(j.get("totalValue").decimalValue()).isEqualByComparingTo("100");
    assertThat(j.get("chineseControlledRareEarthValue").decimalValue())
        .isEqualByComparingTo("0.25");
    assertThat(j.get("share").asDouble()).isEqualTo(0.0025);
    assertThat(j.get("threshold").asDouble()).isEqualTo(0.001);
    assertThat(j.get("exceeds").asBoolean()).isTrue();
    assertThat(j.get("known").asBoolean()).isTrue();
    assertThat(j.get("missingFacts")).isEmpty();

    JsonNode lines = j.get("lines");
    assertThat(lines)
        .extracting(l -> l.get("line").asText())
        .containsExactly("bom[0]", "bom[0].bom[0]", "bom[0].bom[1]", "bom[1]", "bom[2]");
    assertThat(lines)
        .extracting(l -> l.get("part").asText())
        .containsExactly(
            "Stator", "Dy-Fe alloy", "Copper winding", "Dy oxide coating", "Controller board");
    assertThat(lines)
        .extracting(l -> l.get("counts").asText())
        .containsExactly("false", "true", "false", "true", "false");
    assertThat(lines)
        .extracting(l -> l.get("share").asDouble())
        .containsExactly(0.4, 0.002, 0.12, 0.0005, 0.3);
    assertThat(lines.get(1).get("value").decimalValue()).isEqualByComparingTo("0.20");
    assertThat(lines.get(1).get("reason").asText()).contains("CN-origin", "ANN61-PART1");
    assertThat(lines.get(2).get("reason").asText()).isEqualTo("DE-origin");
    assertThat(lines.get(0).get("reason").asText()).contains("its lines decide");

    JsonNode shares = j.get("shares");
    assertThat(shares)
        .extracting(s -> s.get("name").asText())
        .contains("cnPart1", "usControlledContent");
    JsonNode cn = shares.get(0);
    assertThat(cn.get("regime").asText()).isEqualTo("CN-ECL");
    assertThat(cn.get("thresholds").get(0).get("comparison").asText()).isEqualTo(">=");
    assertThat(cn.get("thresholds").get(0).get("reached").asBoolean()).isTrue();
  }

  @Test
  void beforeAnnouncement61ThereIsNoThresholdAndNothingCounts() throws IOException {
    CliRun r = run("content", write("servo.yaml", YAML).toString(), "--as-of", "2025-06-01");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("chineseControlledRareEarthValue").decimalValue()).isEqualByComparingTo("0");
    assertThat(j.get("share").asDouble()).isZero();
    assertThat(j.get("threshold").isNull()).isTrue();
    assertThat(j.get("exceeds").isNull()).isTrue();
  }

  @Test
  void aCsvBillGivesTheSameAnswerAsItsYaml() throws IOException {
    JsonNode yaml =
        run("content", write("servo.yaml", YAML).toString(), "--as-of", "2025-12-01").json();
    CliRun r = run("content", write("servo.csv", CSV).toString(), "--as-of", "2025-12-01");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode csv = r.json();
    for (String field :
        List.of(
            "item",
            "totalValue",
            "chineseControlledRareEarthValue",
            "share",
            "threshold",
            "exceeds",
            "known")) {
      assertThat(csv.get(field).asText()).as(field).isEqualTo(yaml.get(field).asText());
    }
    assertThat(csv.get("lines"))
        .extracting(l -> l.get("line").asText())
        .containsExactly("stator", "dyfe", "winding", "coating", "board");
    for (int i = 0; i < 5; i++) {
      for (String field : List.of("part", "value", "counts", "share", "reason")) {
        assertThat(csv.get("lines").get(i).get(field).asText())
            .as("line %d %s", i, field)
            .isEqualTo(yaml.get("lines").get(i).get(field).asText());
      }
    }
  }

  @Test
  void contentAsText() throws IOException {
    CliRun r =
        run(
            "content",
            write("servo.yaml", YAML).toString(),
            "--as-of",
            "2025-12-01",
            "--format",
            "text");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Servo motor (")
        .contains("as of 2025-12-01: 100.00 USD")
        .contains("CN-ECL cnPart1")
        .contains("0.25 USD = 0.25%")
        .contains("threshold ann61Share >= 0.1%: reached")
        .contains("bom[0].bom[0] Dy-Fe alloy: 0.20 counts")
        .contains("US-EAR usControlledContent");
    assertThat(r.out()).doesNotStartWith("{");
  }

  @Test
  void aBadBillExitsWith2AndNamesTheFileAndLine() throws IOException {
    Path bad = write("bad.yaml", YAML.replace("form: oxide", "form: oxyde"));
    CliRun r = run("content", bad.toString(), "--as-of", "2025-12-01");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains(bad + ":21:")
        .contains("item.bom[1].form")
        .contains("unknown value 'oxyde'");
  }

  @Test
  void aCsvBillThatDoesNotAddUpExitsWith2() throws IOException {
    Path bad = write("bad.csv", CSV.replace("Stator,,,,,40.00", "Stator,,,,,10.00"));
    CliRun r = run("content", bad.toString(), "--as-of", "2025-12-01");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(bad + ":4:").contains("line stator (Stator)").contains("12.20");
  }

  @Test
  void aMissingBillFileExitsWith2() {
    Path missing = tmp.resolve("nowhere.yaml");
    CliRun r = run("content", missing.toString(), "--as-of", "2025-12-01");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(missing.toString()).contains("cannot read");
  }

  // ---- classify material ----

  @Test
  void classifyMaterialPrintsTheCodesAsJson() throws IOException {
    CliRun r =
        run("classify", "material", "--element", "Dy", "--form", "oxide", "--as-of", "2025-06-01");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("material").get("element").asText()).isEqualTo("Dy");
    assertThat(j.get("material").get("form").asText()).isEqualTo("oxide");
    assertThat(j.get("regime").asText()).isEqualTo("CN-ECL");
    assertThat(j.get("asOf").asText()).isEqualTo("2025-06-01");
    assertThat(j.get("codes")).extracting(JsonNode::asText).containsExactly("1C905.b");
    JsonNode entry = j.get("entries").get(0);
    assertThat(entry.get("code").asText()).isEqualTo("1C905.b");
    assertThat(entry.get("confidence").asText()).isEqualTo("I");
    assertThat(entry.get("hsCodes")).extracting(JsonNode::asText).containsExactly("2846901993");
    assertThat(j.get("excludedBy").isNull()).isTrue();
    assertThat(j.get("possibleCodes")).isEmpty();
    assertThat(j.get("known").asBoolean()).isTrue();
    assertThat(j.get("caveats"))
        .extracting(JsonNode::asText)
        .anySatisfy(c -> assertThat(c).contains("cn.1c905.b", "inferred"));
  }

  @Test
  void classifyMaterialWithAnUnstatedMagnetCompositionIsUnknown() throws IOException {
    CliRun r =
        run(
            "classify",
            "material",
            "--element",
            "Nd",
            "--form",
            "magnet",
            "--magnet",
            "NdFeB",
            "--as-of",
            "2025-06-01");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("codes")).isEmpty();
    assertThat(j.get("known").asBoolean()).isFalse();
    assertThat(j.get("possibleCodes"))
        .extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("1C904.a.4", "1C905.a.4");
    assertThat(j.get("missingFacts")).extracting(JsonNode::asText).containsExactly("contains");

    CliRun stated =
        run(
            "classify",
            "material",
            "--element",
            "Nd",
            "--form",
            "magnet",
            "--magnet",
            "NdFeB",
            "--contains",
            "Fe,B,Dy",
            "--as-of",
            "2025-06-01");
    assertThat(stated.json().get("codes"))
        .extracting(JsonNode::asText)
        .containsExactly("1C905.a.4");
  }

  @Test
  void classifyMaterialAsText() {
    CliRun r =
        run(
            "classify",
            "material",
            "--element",
            "Dy",
            "--form",
            "oxide",
            "--as-of",
            "2025-06-01",
            "--format",
            "text");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Dy oxide under CN-ECL as of 2025-06-01: 1C905.b")
        .contains("1C905.b: Dysprosium oxide and its mixtures (1C905.b) [I]")
        .contains("HS 2846901993")
        .contains("caveat: cn.1c905.b");
  }

  @Test
  void aDeepProcessedProductIsNotControlledInText() {
    CliRun r =
        run(
            "classify",
            "material",
            "--element",
            "Nd",
            "--form",
            "magnet",
            "--magnet",
            "NdFeB",
            "--contains",
            "Fe,B,Dy",
            "--product",
            "motor-assembly",
            "--as-of",
            "2025-06-01",
            "--format",
            "text");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("not controlled (excluded: Deep-processed goods");
  }

  @Test
  void anUnknownElementExitsWith2WithAClearMessage() {
    CliRun r =
        run("classify", "material", "--element", "Xx", "--form", "oxide", "--as-of", "2025-06-01");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("unknown element 'Xx'").contains("chemical symbol");
  }

  @Test
  void anUnknownFormExitsWith2() {
    CliRun r = run("classify", "material", "--element", "Dy", "--form", "powder");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown value 'powder'").contains("oxide");
  }

  @Test
  void classifyMaterialFromASpecFile() throws IOException {
    Path spec =
        write(
            "magnet.yaml",
            """
            material:
              element: Nd
              form: magnet
              magnet: NdFeB
              contains: [Fe, B, Dy]
            """);
    CliRun r = run("classify", "material", "--spec", spec.toString(), "--as-of", "2025-12-01");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().get("codes"))
        .extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("1C905.a.4", "ANN61-PART2");
  }

  @Test
  void aBadSpecFileExitsWith2AndNamesTheFileAndLine() throws IOException {
    Path spec =
        write(
            "bad-magnet.yaml",
            """
            material:
              element: Nd
              form: magnet
              magnt: NdFeB
            """);
    CliRun r = run("classify", "material", "--spec", spec.toString(), "--as-of", "2025-12-01");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(spec + ":4:").contains("unknown key 'magnt'");
  }
}
