package io.chokepoint.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.chokepoint.determine.ContentReport;
import io.chokepoint.determine.Determiner;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.source.Issue;
import io.chokepoint.source.SourceException;
import io.chokepoint.testing.ProjectFiles;
import io.chokepoint.testing.ServoMotorBom;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad bills of materials, read through {@link BomFiles#read} as the {@code content} command reads
 * them: one test per bad shape, in YAML and in the flat CSV where the shape exists in both. Each
 * asserts that the error names the file, the exact line, the field (or the line id) and says what
 * is wrong. Also that a valid CSV, its YAML and its JSON give the same roll-up.
 */
class BomErrorsTest {
  private static final String YAML = ServoMotorBom.YAML;

  private static final String CSV = ServoMotorBom.CSV;

  private static final String CSV_HEADER =
      "line,parent,part,element,form,contains,origin,amount,currency,usControlled,eccn";

  @TempDir Path tmp;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text);
  }

  /** Reads the text as the named file and returns the error it must raise. */
  private SourceException fails(String name, String text) throws IOException {
    Path file = write(name, text);
    SourceException e =
        catchThrowableOfType(SourceException.class, () -> BomFiles.read(file, file.toString()));
    assertThat(e).as("reading %s must fail:%n%s", name, text).isNotNull();
    return e;
  }

  private static String edit(String text, String find, String replacement) {
    assertThat(text).contains(find);
    return text.replace(find, replacement);
  }

  /** Asserts one issue for the field, in the file at the line, saying all of the words. */
  private Issue assertIssue(
      SourceException e, String name, int line, String field, String... says) {
    List<Issue> forField = e.issues().stream().filter(i -> field.equals(i.field())).toList();
    assertThat(forField).as("issues for field %s in %s", field, e.issues()).hasSize(1);
    Issue i = forField.get(0);
    String file = tmp.resolve(name).toString();
    assertThat(i.position().file()).as("file of %s", i).isEqualTo(file);
    assertThat(i.position().line()).as("line of %s", i).isEqualTo(line);
    assertThat(i.message()).as("message of %s", i).contains(says);
    assertThat(e.getMessage()).as("the error shown to the user").contains(file + ":" + line + ":");
    return i;
  }

  // ---- CSV-only shapes ----

  @Test
  void aCsvParentChainThatLoopsIsACycleOnEachOfItsLines() throws IOException {
    String csv = CSV + "a,b,Bracket,,,,,1.00,USD,,\nb,a,Bolt,,,,,1.00,USD,,\n";
    SourceException e = fails("cycle.csv", csv);
    List<Issue> cycles = e.issues().stream().filter(i -> i.message().contains("cycle")).toList();
    assertThat(cycles).extracting(i -> i.position().line()).containsExactly(8, 9);
    assertThat(cycles).extracting(Issue::field).containsOnly("parent");
    assertThat(cycles).extracting(Issue::subject).containsExactly("line a", "line b");
    assertThat(cycles.get(0).message()).contains("a -> b -> a");
    assertThat(cycles.get(1).message()).contains("b -> a -> b");
  }

  @Test
  void aCsvLineThatIsItsOwnParentIsACycle() throws IOException {
    SourceException e = fails("self.csv", CSV + "a,a,Bracket,,,,,1.00,USD,,\n");
    Issue i = assertIssue(e, "self.csv", 8, "parent", "cycle", "a -> a");
    assertThat(i.subject()).isEqualTo("line a");
  }

  @Test
  void aCsvLineWithAnUnknownParent() throws IOException {
    SourceException e = fails("orphan.csv", CSV + "x,rotor,Shaft,,,,,1.00,USD,,\n");
    Issue i = assertIssue(e, "orphan.csv", 8, "parent", "unknown parent 'rotor'");
    assertThat(i.subject()).isEqualTo("line x");
  }

  @Test
  void aDuplicateCsvLineIdNamesBothLines() throws IOException {
    SourceException e = fails("dup.csv", CSV + "coating,item,Second coating,,,,,1.00,USD,,\n");
    assertIssue(e, "dup.csv", 8, "line", "duplicate line id 'coating'", "first on CSV line 6");
  }

  @Test
  void anUnknownCsvColumn() throws IOException {
    String csv = edit(CSV, CSV_HEADER, CSV_HEADER.replace("origin", "orign"));
    Issue i = assertIssue(fails("column.csv", csv), "column.csv", 1, "orign", "unknown column");
    assertThat(i.position().column()).as("the column's number").isEqualTo(7);
  }

  @Test
  void anUnterminatedQuoteInACsv() throws IOException {
    String csv = edit(CSV, "coating,item,Dy oxide coating,", "coating,item,\"Dy oxide coating,");
    SourceException e = fails("quote.csv", csv);
    assertThat(e.issues()).hasSize(1);
    Issue i = e.issues().get(0);
    assertThat(i.position().file()).isEqualTo(tmp.resolve("quote.csv").toString());
    assertThat(i.position().line()).isEqualTo(6);
    assertThat(i.message()).contains("quoted field is not closed");
  }

  @Test
  void aCsvWithoutTheItemRow() throws IOException {
    String csv = edit(CSV, "item,,Servo motor,,,,,100.00,USD,,\n", "");
    assertIssue(fails("noitem.csv", csv), "noitem.csv", 1, "line", "no row with line 'item'");
  }

  @Test
  void aCsvWithoutARequiredColumn() throws IOException {
    String csv = "line,parent,part,amount\nitem,,Servo motor,100.00\n";
    assertIssue(fails("nocur.csv", csv), "nocur.csv", 1, "currency", "required column 'currency'");
  }

  @Test
  void aCsvRowWithTooFewFields() throws IOException {
    String csv = edit(CSV, "board,item,Controller board,,,,US,30.00,USD,false,", "board,item");
    SourceException e = fails("short.csv", csv);
    assertThat(e.issues())
        .filteredOn(i -> i.position().line() == 7)
        .extracting(Issue::message)
        .anySatisfy(m -> assertThat(m).contains("has 2 fields, the header has 11"));
  }

  @Test
  void anAmountThatIsNotANumber() throws IOException {
    String yaml = edit(YAML, "amount: 0.05", "amount: five cents");
    assertIssue(
        fails("nan.yaml", yaml), "nan.yaml", 23, "item.bom[1].value.amount", "expected a number");
    String csv = edit(CSV, "CN,0.05,USD", "CN,\"0,05\",USD");
    assertIssue(fails("nan.csv", csv), "nan.csv", 6, "amount", "expected a number", "'0,05'");
  }

  @Test
  void aYamlWithoutItsItem() throws IOException {
    String yaml = "bom:\n  - part: Stator\n    value: {amount: 1, currency: USD}\n";
    SourceException e = fails("noitem.yaml", yaml);
    assertIssue(e, "noitem.yaml", 1, "item", "required field 'item' is missing");
    assertIssue(e, "noitem.yaml", 1, "bom", "unknown key 'bom'");
  }

  /** A quoted field may hold a line break; errors still name the physical line of the file. */
  @Test
  void csvLineNumbersCountLineBreaksInsideQuotedFields() throws IOException {
    String csv = edit(CSV, "stator,item,Stator,", "stator,item,\"Stator\n(laminated)\",");
    csv = edit(csv, "coating,item,Dy oxide coating,Dy,", "coating,item,Dy oxide coating,Dx,");
    assertIssue(fails("multiline.csv", csv), "multiline.csv", 7, "element", "unknown element 'Dx'");
  }

  // ---- shapes in both formats ----

  @Test
  void aLineInAnotherCurrencyThanTheItem() throws IOException {
    String yaml = edit(YAML, "{amount: 0.20, currency: USD}", "{amount: 0.20, currency: EUR}");
    assertIssue(fails("eur.yaml", yaml), "eur.yaml", 8, "bom[0].bom[0].value", "EUR", "USD");
    String csv = edit(CSV, "CN,0.20,USD", "CN,0.20,EUR");
    assertIssue(fails("eur.csv", csv), "eur.csv", 4, "dyfe.value", "EUR", "USD", "one currency");
  }

  @Test
  void aNegativeValue() throws IOException {
    String yaml = edit(YAML, "amount: 0.05", "amount: -0.05");
    assertIssue(
        fails("neg.yaml", yaml),
        "neg.yaml",
        23,
        "item.bom[1].value.amount",
        "must not be negative");
    String csv = edit(CSV, "CN,0.05,USD", "CN,-0.05,USD");
    Issue i = assertIssue(fails("neg.csv", csv), "neg.csv", 6, "amount", "must not be negative");
    assertThat(i.subject()).isEqualTo("line coating");
  }

  @Test
  void subLinesWorthMoreThanTheirParent() throws IOException {
    String yaml = edit(YAML, "{amount: 40.00, currency: USD}", "{amount: 10.00, currency: USD}");
    assertIssue(
        fails("sub.yaml", yaml),
        "sub.yaml",
        8,
        "bom[0].bom[0]",
        "line bom[0] (Stator)",
        "12.20",
        "10.00",
        "don't add up");
    String csv = edit(CSV, "Stator,,,,,40.00", "Stator,,,,,10.00");
    assertIssue(
        fails("sub.csv", csv), "sub.csv", 4, "dyfe", "line stator (Stator)", "12.20", "10.00");
  }

  @Test
  void topLevelLinesWorthMoreThanTheItem() throws IOException {
    String yaml = edit(YAML, "{amount: 100.00, currency: USD}", "{amount: 50.00, currency: USD}");
    assertIssue(fails("top.yaml", yaml), "top.yaml", 5, "bom[0]", "the item", "70.05", "50.00");
    String csv = edit(CSV, "Servo motor,,,,,100.00", "Servo motor,,,,,50.00");
    assertIssue(fails("top.csv", csv), "top.csv", 3, "stator", "the item", "70.05", "50.00");
  }

  @Test
  void aLineWithoutAPart() throws IOException {
    String yaml = edit(YAML, "- part: Controller board\n      origin: US", "- origin: US");
    assertIssue(
        fails("part.yaml", yaml), "part.yaml", 24, "item.bom[2].part", "required field 'part'");
    String csv = edit(CSV, "coating,item,Dy oxide coating,", "coating,item,,");
    assertIssue(fails("part.csv", csv), "part.csv", 6, "part", "required field 'part'");
  }

  @Test
  void aLineWithoutAValue() throws IOException {
    String yaml = edit(YAML, "\n      value: {amount: 30.00, currency: USD}", "");
    assertIssue(
        fails("value.yaml", yaml), "value.yaml", 24, "item.bom[2].value", "required field 'value'");
    String csv = edit(CSV, "CN,0.05,USD", "CN,,USD");
    assertIssue(fails("amount.csv", csv), "amount.csv", 6, "amount", "required field 'amount'");
  }

  @Test
  void aValueWithoutACurrency() throws IOException {
    String yaml = edit(YAML, "{amount: 0.05, currency: USD}", "{amount: 0.05}");
    assertIssue(
        fails("cur.yaml", yaml),
        "cur.yaml",
        23,
        "item.bom[1].value.currency",
        "required field 'currency'");
    String csv = edit(CSV, "CN,0.05,USD", "CN,0.05,");
    assertIssue(fails("cur.csv", csv), "cur.csv", 6, "currency", "required field 'currency'");
  }

  @Test
  void anUnknownCurrency() throws IOException {
    String yaml = edit(YAML, "{amount: 0.05, currency: USD}", "{amount: 0.05, currency: usd}");
    assertIssue(
        fails("iso.yaml", yaml), "iso.yaml", 23, "item.bom[1].value.currency", "'usd'", "ISO 4217");
    String csv = edit(CSV, "CN,0.05,USD", "CN,0.05,DOLLAR");
    assertIssue(fails("iso.csv", csv), "iso.csv", 6, "currency", "'DOLLAR'", "ISO 4217");
  }

  @Test
  void anUnknownElement() throws IOException {
    String yaml = edit(YAML, "element: Dy\n      form: oxide", "element: Dx\n      form: oxide");
    assertIssue(
        fails("el.yaml", yaml), "el.yaml", 20, "item.bom[1].element", "unknown element 'Dx'");
    String csv = edit(CSV, "Dy oxide coating,Dy,", "Dy oxide coating,Dx,");
    assertIssue(fails("el.csv", csv), "el.csv", 6, "element", "unknown element 'Dx'");
  }

  @Test
  void anUnknownElementInContains() throws IOException {
    String yaml = edit(YAML, "contains: [Fe]", "contains: [Fe, Xq]");
    assertIssue(
        fails("in.yaml", yaml),
        "in.yaml",
        11,
        "item.bom[0].bom[0].contains",
        "unknown element 'Xq'");
    String csv = edit(CSV, "alloy,Fe,CN", "alloy,Fe;Xq,CN");
    assertIssue(fails("in.csv", csv), "in.csv", 4, "contains", "unknown element 'Xq'");
  }

  @Test
  void anUnknownForm() throws IOException {
    String yaml = edit(YAML, "form: oxide", "form: oxyde");
    assertIssue(
        fails("form.yaml", yaml), "form.yaml", 21, "item.bom[1].form", "unknown value 'oxyde'");
    String csv = edit(CSV, "Dy,oxide,", "Dy,oxyde,");
    assertIssue(fails("form.csv", csv), "form.csv", 6, "form", "unknown value 'oxyde'", "oxide");
  }

  @Test
  void anUnknownCountryCode() throws IOException {
    String yaml = edit(YAML, "origin: DE", "origin: GER");
    assertIssue(
        fails("cc.yaml", yaml),
        "cc.yaml",
        17,
        "item.bom[0].bom[1].origin",
        "unknown country code 'GER'");
    String csv = edit(CSV, "metal,,DE,", "metal,,GER,");
    assertIssue(fails("cc.csv", csv), "cc.csv", 5, "origin", "unknown country code 'GER'");
  }

  @Test
  void aUsControlledThatIsNeitherTrueNorFalse() throws IOException {
    String yaml = edit(YAML, "usControlled: false", "usControlled: maybe");
    assertIssue(
        fails("uc.yaml", yaml),
        "uc.yaml",
        26,
        "item.bom[2].usControlled",
        "expected true or false");
    String csv = edit(CSV, "30.00,USD,false,", "30.00,USD,maybe,");
    assertIssue(
        fails("uc.csv", csv), "uc.csv", 7, "usControlled", "expected true or false", "maybe");
  }

  @Test
  void aMisspelledYamlKeyIsAnErrorNotIgnored() throws IOException {
    String yaml =
        edit(
            YAML,
            "origin: CN\n      value: {amount: 0.05",
            "orign: CN\n      value: {amount: 0.05");
    assertIssue(
        fails("key.yaml", yaml), "key.yaml", 22, "item.bom[1].orign", "unknown key 'orign'");
  }

  @Test
  void anEmptyFile() throws IOException {
    for (String name : List.of("empty.yaml", "empty.csv")) {
      SourceException e = fails(name, "");
      assertThat(e.issues()).as(name).hasSize(1);
      assertThat(e.issues().get(0).position().file()).isEqualTo(tmp.resolve(name).toString());
      assertThat(e.issues().get(0).position().line()).as("no line in an empty file").isZero();
      assertThat(e.issues().get(0).message()).as(name).contains("empty");
    }
  }

  // ---- the same bill in every format ----

  @Test
  void theCsvTheYamlAndTheJsonOfOneBillRollUpAlike() throws IOException {
    String json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .writeValueAsString(
                new com.fasterxml.jackson.databind.ObjectMapper(
                        new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                    .readValue(YAML, Object.class));
    Determiner determiner = new Determiner(RuleBookLoader.load(ProjectFiles.regulations()));
    LocalDate day = LocalDate.parse("2025-12-01");
    List<ContentReport> reports = new java.util.ArrayList<>();
    for (String[] f : new String[][] {{"bom.yaml", YAML}, {"bom.csv", CSV}, {"bom.json", json}}) {
      Path file = write(f[0], f[1]);
      reports.add(determiner.content(BomFiles.read(file, file.toString()), day));
    }
    ContentShare yaml = reports.get(0).share("cnPart1").orElseThrow().content();
    assertThat(yaml.counted()).isEqualByComparingTo("0.25");
    assertThat(yaml.share()).isEqualTo(0.0025);
    assertThat(yaml.known()).isTrue();
    assertThat(reports.get(0).share("cnPart1").orElseThrow().thresholds().get(0).reached())
        .isTrue();
    for (ContentReport other : reports.subList(1, 3)) {
      assertThat(other.bom().description()).isEqualTo("Servo motor");
      assertThat(other.bom().unitValue().amount()).isEqualByComparingTo("100");
      for (ContentReport.Share s : reports.get(0).shares()) {
        ContentShare a = s.content();
        ContentShare b = other.share(s.spec().name()).orElseThrow().content();
        String why = s.spec().name() + " of " + other.bom().file();
        assertThat(b.counted()).as(why).isEqualByComparingTo(a.counted());
        assertThat(b.share()).as(why).isEqualTo(a.share());
        assertThat(b.known()).as(why).isEqualTo(a.known());
        assertThat(b.lines())
            .as(why)
            .extracting(
                l ->
                    List.of(
                        l.part(),
                        l.value().stripTrailingZeros().toPlainString(),
                        "" + l.counts(),
                        l.reason()))
            .containsExactlyElementsOf(
                a.lines().stream()
                    .map(
                        l ->
                            List.of(
                                l.part(),
                                l.value().stripTrailingZeros().toPlainString(),
                                "" + l.counts(),
                                l.reason()))
                    .toList());
      }
    }
  }
}
