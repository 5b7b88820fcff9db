package io.chokepoint.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.chokepoint.rules.FactType;
import io.chokepoint.source.Issue;
import io.chokepoint.source.SourceException;
import io.chokepoint.testing.ProjectFiles;
import io.chokepoint.testing.TextEdits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Transaction files (FORMATS.md §1). Each bad file is a valid one with one thing broken; the reader
 * must reject it with an issue naming the file, the line and the field path, and return nothing.
 */
class TransactionReaderTest {
  private static final Map<String, FactType> FACTS =
      Map.of("usThirdPartyTesting", FactType.BOOL, "shipmentsPerYear", FactType.NUMBER);

  /** A valid transaction file (FORMATS.md §1); every bad file breaks one thing in it. */
  private static final String VALID = resource("po.yaml");

  /** {@link #VALID} as JSON, with keys in another order. */
  private static final String VALID_JSON = resource("po.json");

  @TempDir Path tmp;

  private final TransactionReader reader = new TransactionReader(ProjectFiles.catalogue(), FACTS);

  /**
   * One way to break {@link #VALID}.
   *
   * @param kind what is wrong
   * @param find the text to replace, every occurrence
   * @param replace its replacement
   * @param at text on the line the issue must point to
   * @param field the field path the issue must name
   * @param message words the message must contain
   */
  record Break(String kind, String find, String replace, String at, String field, String message) {
    @Override
    public String toString() {
      return kind;
    }
  }

  static Stream<Break> badFiles() {
    return Stream.of(
        new Break("missing id", "id: PO-1\n", "", "date:", "id", "required field 'id' is missing"),
        new Break("bad date", "2025-12-15", "2025-02-30", "date:", "date", "bad date '2025-02-30'"),
        new Break(
            "unknown country", "to: TW", "to: XX", "to: XX", "route.to", "unknown country code"),
        new Break(
            "unknown party role",
            "role: end-user",
            "role: buyer",
            "buyer",
            "parties[1].role",
            "unknown value 'buyer'"),
        new Break(
            "unknown endUse purpose",
            "purpose: logic-ic-production",
            "purpose: crypto-mining",
            "crypto",
            "endUse.purpose",
            "unknown value 'crypto-mining'"),
        new Break(
            "unknown key (typo)",
            "    origin: KR",
            "    orign: KR",
            "orign",
            "items[0].orign",
            "unknown key 'orign'"),
        new Break(
            "zero quantity",
            "quantity: 10",
            "quantity: 0",
            "quantity: 0",
            "items[0].quantity",
            "quantity must be greater than zero"),
        new Break(
            "negative quantity",
            "quantity: 10",
            "quantity: -3",
            "quantity: -3",
            "items[0].quantity",
            "quantity must be greater than zero"),
        new Break(
            "currency not upper case",
            "currency: USD",
            "currency: usd",
            "usd",
            "items[0].unitValue.currency",
            "unknown currency 'usd'"),
        new Break(
            "unknown currency",
            "currency: USD",
            "currency: ABC",
            "ABC",
            "items[0].unitValue.currency",
            "unknown currency 'ABC'"),
        new Break(
            "unknown chip name",
            "chip: H20",
            "chip: H2O",
            "H2O",
            "items[1].chip",
            "unknown chip 'H2O'"),
        new Break(
            "chip and chipSpec both given",
            "    chip: H20\n",
            "    chip: H20\n    chipSpec: {name: X1, throughput: [{precision: FP8, bits: 8, tops: 9}]}\n",
            "chipSpec",
            "items[1].chipSpec",
            "give chip or chipSpec, not both"),
        new Break(
            "item says nothing about what it is",
            "    chip: H20\n",
            "",
            "- id: L2",
            "items[1]",
            "an item needs one of chip, chipSpec, material, classification or bom"),
        new Break(
            "unknown material form",
            "form: target",
            "form: powder",
            "powder",
            "items[0].material.form",
            "unknown value 'powder'"),
        new Break(
            "unknown element",
            "element: Dy",
            "element: Xx",
            "Xx",
            "items[0].material.element",
            "unknown element 'Xx'"),
        new Break(
            "duplicate item ids",
            "- id: L2",
            "- id: L1",
            "- id: L1\n    description: accelerator",
            "items[1]",
            "duplicate item id 'L1'"),
        new Break(
            "string where a number is expected",
            "quantity: 10",
            "quantity: ten",
            "ten",
            "items[0].quantity",
            "expected a number but found 'ten'"),
        new Break(
            "string where a boolean is expected",
            "    headquarters: TW\n",
            "    headquarters: TW\n    militaryEndUser: maybe\n",
            "maybe",
            "parties[1].militaryEndUser",
            "expected true or false"),
        new Break(
            "unknown fact",
            "usThirdPartyTesting: true",
            "usThirdPartyTestin: true",
            "Testin:",
            "facts.usThirdPartyTestin",
            "unknown fact 'usThirdPartyTestin' (the rule packs declare: [shipmentsPerYear, usThirdPartyTesting])"),
        new Break(
            "fact of the wrong type",
            "usThirdPartyTesting: true",
            "usThirdPartyTesting: 'yes'",
            "'yes'",
            "facts.usThirdPartyTesting",
            "fact 'usThirdPartyTesting' must be bool"),
        new Break(
            "empty items list",
            VALID.substring(VALID.indexOf("items:")),
            "items: []\n",
            "items:",
            "items",
            "a transaction needs at least one item"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void aBadFileIsRejectedNamingFileLineAndField(Break b) throws IOException {
    Path file = write("po.yaml", VALID);
    String text = TextEdits.replace(file, b.find(), b.replace());

    SourceException e = rejected(() -> reader.read(file, "po.yaml"));

    assertThat(e.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.position().file()).isEqualTo("po.yaml");
              assertThat(i.position().line()).isEqualTo(TextEdits.lineOf(text, b.at()));
              assertThat(i.field()).isEqualTo(b.field());
              assertThat(i.message()).contains(b.message());
            });
    assertThat(e.getMessage()).contains("po.yaml:" + TextEdits.lineOf(text, b.at()) + ":");
  }

  @Test
  void aYamlSyntaxErrorNamesTheLine() throws IOException {
    Path file = write("po.yaml", VALID.replace("name: Hanil Materials", "name: Hanil: Materials"));

    SourceException e = rejected(() -> reader.read(file, "po.yaml"));

    assertThat(e.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.position().file()).isEqualTo("po.yaml");
              assertThat(i.position().line()).isEqualTo(8);
              assertThat(i.message()).contains("syntax error", "mapping values are not allowed");
            });
  }

  @Test
  void aJsonSyntaxErrorNamesTheLine() throws IOException {
    Path file = write("po.json", VALID_JSON.replace("\"quantity\": 2,", "\"quantity\": 2,,"));

    SourceException e = rejected(() -> reader.read(file, "po.json"));

    assertThat(e.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.position().file()).isEqualTo("po.json");
              assertThat(i.position().line()).isEqualTo(TextEdits.lineOf(VALID_JSON, "\"L2\""));
              assertThat(i.message()).contains("syntax error");
            });
  }

  @Test
  void duplicateTransactionIdsInOneFileAreRejected() throws IOException {
    String one =
        "{id: A, date: 2025-01-01, route: {from: US, to: CN},"
            + " parties: [{role: end-user, name: B, country: CN}], items: [%s]}";
    String item = "{id: L1, quantity: 1, chip: H20}";
    Path file =
        write(
            "batch.yaml",
            "transactions:\n  - " + one.formatted(item) + "\n  - " + one.formatted(item) + "\n");

    SourceException e = rejected(() -> reader.read(file, "batch.yaml"));

    assertThat(e.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.position().line()).isEqualTo(3);
              assertThat(i.field()).isEqualTo("transactions[1]");
              assertThat(i.message()).contains("duplicate transaction id 'A'", "batch.yaml:2:");
            });
  }

  @Test
  void aDocumentThatIsNotAMappingIsReportedOnce() throws IOException {
    Path list = write("list.yaml", "- id: PO-1\n");
    Path entry = write("entry.yaml", "transactions:\n  - PO-1\n");

    assertThat(rejected(() -> reader.read(list, "list.yaml")).issues())
        .singleElement()
        .extracting(Issue::message)
        .isEqualTo("expected a mapping but found a list");
    assertThat(rejected(() -> reader.read(entry, "entry.yaml")).issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.field()).isEqualTo("transactions[0]");
              assertThat(i.position().line()).isEqualTo(2);
            });
  }

  @Test
  void aValidFileReadsEveryField() throws IOException {
    Transaction t = reader.read(write("po.yaml", VALID), "po.yaml").get(0);

    assertThat(t.id()).isEqualTo("PO-1");
    assertThat(t.date()).isEqualTo(LocalDate.of(2025, 12, 15));
    assertThat(t.route()).isEqualTo(new Route("KR", "TW"));
    assertThat(t.parties()).extracting(Party::role).containsExactly("exporter", "end-user");
    assertThat(t.parties().get(1).otherNames()).containsExactly("福爾摩沙先進邏輯");
    assertThat(t.exporter()).get().extracting(Party::country).isEqualTo("KR");
    assertThat(t.endUse()).isEqualTo(new EndUse("logic-ic-production", 3.0, null, null));
    assertThat(t.facts()).isEqualTo(Map.of("usThirdPartyTesting", true));
    Item target = t.items().get(0);
    assertThat(target.material()).isEqualTo(io.chokepoint.classify.Material.of("Dy", "target"));
    assertThat(target.unitValue())
        .isEqualTo(new io.chokepoint.content.Money(new BigDecimal("1200.00"), "USD"));
    assertThat(t.items().get(1).chip().id()).isEqualTo("nvidia-h20-hgx");
    assertThat(t.inputHash()).matches("sha256:[0-9a-f]{64}");
    assertThat(t.position().line()).isEqualTo(1);
  }

  @Test
  void norwayIsACountryNotABoolean() throws IOException {
    Path file = write("po.yaml", VALID.replace("to: TW", "to: NO"));

    assertThat(reader.read(file, "po.yaml").get(0).route().to()).isEqualTo("NO");
  }

  @Test
  void yaml11BooleanSpellingsAreReadAsBooleans() throws IOException {
    Path yes =
        write("po.yaml", VALID.replace("quantity: 10", "quantity: 10\n    subjectToEar: yes"));
    Path off =
        write("po2.yaml", VALID.replace("quantity: 10", "quantity: 10\n    subjectToEar: Off"));

    assertThat(reader.read(yes, "po.yaml").get(0).items().get(0).subjectToEar()).isTrue();
    assertThat(reader.read(off, "po2.yaml").get(0).items().get(0).subjectToEar()).isFalse();
  }

  @Test
  void aTransactionNeedsAPartyBesidesTheExporter() throws IOException {
    String onlyExporter =
        "{id: A, date: 2025-01-01, route: {from: US, to: CN},"
            + " parties: [{role: exporter, name: E, country: US}], items: [{id: L1, quantity: 1, chip: H20}]}";
    SourceException e = rejected(() -> reader.read(write("a.yaml", onlyExporter), "a.yaml"));

    assertThat(e.issues())
        .singleElement()
        .satisfies(
            i -> assertThat(i.message()).contains("at least one party besides the exporter"));
  }

  @Test
  void theSameTransactionAsYamlAndJsonIsEqualWithTheSameInputHash() throws IOException {
    Transaction yaml = reader.read(write("po.yaml", VALID), "po.yaml").get(0);
    Transaction json = reader.read(write("po.json", VALID_JSON), "po.json").get(0);

    assertThat(json)
        .usingRecursiveComparison()
        .ignoringFieldsMatchingRegexes("(.*\\.)?position")
        .isEqualTo(yaml);
    assertThat(json.inputHash()).isEqualTo(yaml.inputHash());
    assertThat(json.position().file()).isEqualTo("po.json");
  }

  @Test
  void theInputHashChangesWithTheContent() throws IOException {
    String hash = reader.read(write("a.yaml", VALID), "a.yaml").get(0).inputHash();
    String other =
        reader
            .read(write("b.yaml", VALID.replace("quantity: 10", "quantity: 11")), "b.yaml")
            .get(0)
            .inputHash();

    assertThat(other).isNotEqualTo(hash);
  }

  @Test
  void aTransactionsListHoldsSeveralInOrder() throws IOException {
    String second = VALID.replace("id: PO-1", "id: PO-2").replace("2025-12-15", "2026-01-02");
    Path file = write("batch.yaml", "transactions:\n" + indent(VALID) + indent(second));

    List<Transaction> read = reader.read(file, "batch.yaml");

    assertThat(read).extracting(Transaction::id).containsExactly("PO-1", "PO-2");
    assertThat(read).extracting(Transaction::date).contains(LocalDate.of(2026, 1, 2));
    assertThat(read.get(1).items()).hasSize(2);
    assertThat(read.get(0).inputHash())
        .isEqualTo(reader.read(write("po.yaml", VALID), "po.yaml").get(0).inputHash());
  }

  @Test
  void severalProblemsAreReportedAtOnce() throws IOException {
    Path file =
        write(
            "po.yaml",
            VALID
                .replace("date: 2025-12-15", "dat: 2025-12-15")
                .replace("to: TW", "to: XX")
                .replace("quantity: 10", "quantity: -1")
                .replace("chip: H20", "chip: H2O"));

    SourceException e = rejected(() -> reader.read(file, "po.yaml"));

    assertThat(e.issues())
        .extracting(Issue::field)
        .containsExactlyInAnyOrder("date", "dat", "route.to", "items[0].quantity", "items[1].chip");
    assertThat(e.getMessage()).contains("(5 problems)");
  }

  @Test
  void readAllReturnsNothingWhenAnyFileIsBad() throws IOException {
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(write("good.yaml", VALID), "good.yaml");
    files.put(write("bad.yaml", VALID.replace("to: TW", "to: XX")), "bad.yaml");

    SourceException e = rejected(() -> reader.readAll(files));

    assertThat(e.issues()).extracting(i -> i.position().file()).containsExactly("bad.yaml");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text);
  }

  private static String resource(String name) {
    try (var in = TransactionReaderTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String indent(String doc) {
    return "  - " + doc.strip().replace("\n", "\n    ") + "\n";
  }

  private static SourceException rejected(ThrowingCallable read) {
    Throwable t = catchThrowable(read);
    assertThat(t).as("the input must be rejected").isInstanceOf(SourceException.class);
    return (SourceException) t;
  }
}
