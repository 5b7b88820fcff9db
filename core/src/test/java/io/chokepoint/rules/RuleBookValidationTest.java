package io.chokepoint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.chokepoint.source.Issue;
import io.chokepoint.testing.ProjectFiles;
import io.chokepoint.testing.TextEdits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad rule packs and golden cases. Each case copies the shipped rule book (a valid baseline),
 * breaks one thing, and checks that the whole book is rejected with an issue naming the file, the
 * line, the rule id and the problem.
 */
class RuleBookValidationTest {
  private static final String BAD_PACK = "us-ear/zz-bad.yaml";

  /** A small valid pack added beside the shipped US packs; most cases break one thing in it. */
  private static final String TEMPLATE =
      """
      pack: us-ear.zz-bad
      regime: US-EAR
      title: A pack broken on purpose
      parameters:
        zzLimit:
          unit: TPP
          description: a test threshold
          values:
            - {from: 2024-01-01, value: 100, source: test}
      rules:
        - id: zz.bad
          title: A rule broken on purpose
          citation: {instrument: Test Instrument, paragraph: "Art. 1", reference: T 1}
          validity:
            from: 2024-01-01
          condition: "item.chip.tpp >= params.zzLimit && route.to == 'CN'"
          outcome:
            decision: LICENSE_REQUIRED
            review: CASE_BY_CASE
      """;

  private static final String VALIDITY = "    validity:\n      from: 2024-01-01\n";
  private static final String CONDITION = "item.chip.tpp >= params.zzLimit && route.to == 'CN'";

  @TempDir Path tmp;

  /**
   * One way to break a rule book.
   *
   * @param kind what is wrong, for the test name
   * @param file the pack to edit, relative to the rule-book root: {@link #BAD_PACK} is the template
   *     added to the shipped packs, any other file is a shipped pack
   * @param find the text to replace, every occurrence (it must occur)
   * @param replace its replacement
   * @param at text on the line the issue must point to
   * @param subject the rule id (or other subject) the issue must name, or {@code null}
   * @param message words the issue's message must contain
   */
  record Break(
      String kind,
      String file,
      String find,
      String replace,
      String at,
      String subject,
      List<String> message) {
    @Override
    public String toString() {
      return kind;
    }
  }

  private static Break bad(String kind, String find, String replace, String at, String... msg) {
    return new Break(kind, BAD_PACK, find, replace, at, "zz.bad", List.of(msg));
  }

  static Stream<Break> badPacks() {
    return Stream.of(
        bad(
            "unknown key in a rule",
            "    title: A rule broken on purpose\n",
            "    title: A rule broken on purpose\n    sevrity: high\n",
            "sevrity",
            "unknown key 'sevrity'"),
        bad(
            "bad date: month 13",
            VALIDITY,
            "    validity:\n      from: 2023-13-01\n",
            "2023-13-01",
            "bad date '2023-13-01'"),
        bad(
            "bad date: February 30",
            VALIDITY,
            "    validity:\n      from: 2025-02-30\n",
            "2025-02-30",
            "bad date '2025-02-30'"),
        bad(
            "overlapping suspensions",
            VALIDITY,
            VALIDITY
                + "      suspensions:\n"
                + "        - {from: 2024-03-01, to: 2024-06-30, instrument: Susp One}\n"
                + "        - {from: 2024-06-01, to: 2024-09-30, instrument: Susp Two}\n",
            "Susp Two",
            "overlapping intervals",
            "suspension 2024-06-01..2024-09-30 overlaps 2024-03-01..2024-06-30"),
        new Break(
            "overlapping dated parameter values",
            BAD_PACK,
            "      - {from: 2024-01-01, value: 100, source: test}\n",
            "      - {from: 2024-01-01, to: 2024-12-31, value: 100, source: test}\n"
                + "      - {from: 2024-06-01, value: 200, source: test two}\n",
            "value: 200",
            "parameter zzLimit",
            List.of("overlapping intervals", "2024-06-01.. overlaps 2024-01-01..2024-12-31")),
        bad(
            "CEL type error",
            "item.chip.tpp >= params.zzLimit",
            "item.chip.tpp + 'a' > 1.0",
            "condition:",
            "no matching overload",
            "'_+_'",
            "(double, string)"),
        bad(
            "undefined parameter",
            "params.zzLimit",
            "params.nope",
            "condition:",
            "undefined parameter 'nope'"),
        bad(
            "undefined set",
            "route.to == 'CN'",
            "route.to in sets.nope",
            "condition:",
            "undefined set 'nope'"),
        bad(
            "unknown fact",
            "item.chip.tpp >=",
            "item.chip.tppp >=",
            "condition:",
            "unknown fact",
            "'item.chip.tppp'"),
        bad(
            "missing citation",
            "    citation: {instrument: Test Instrument, paragraph: \"Art. 1\", reference: T 1}\n",
            "",
            "- id: zz.bad",
            "missing citation"),
        new Break(
            "duplicate rule id across two packs",
            BAD_PACK,
            "id: zz.bad",
            "id: us.744-11.entity-list",
            "id: us.744-11.entity-list",
            "us.744-11.entity-list",
            List.of("duplicate rule id", "first used at us-ear/end-users-and-end-uses.yaml:")),
        new Break(
            "YAML syntax error",
            BAD_PACK,
            "title: A rule broken on purpose",
            "title: A rule: broken on purpose",
            "A rule: broken",
            null,
            List.of("syntax error", "mapping values are not allowed")),
        new Break(
            "pack regime differs from its folder",
            BAD_PACK,
            "regime: US-EAR",
            "regime: CN-ECL",
            "regime: CN-ECL",
            null,
            List.of("declares regime 'CN-ECL'", "folder of US-EAR")),
        new Break(
            "shipped pack's regime differs from its folder",
            "us-ear/scope.yaml",
            "regime: US-EAR",
            "regime: CN-ECL",
            "regime: CN-ECL",
            null,
            List.of("declares regime 'CN-ECL'", "folder of US-EAR")),
        bad(
            "LICENSE_REQUIRED without review",
            "      review: CASE_BY_CASE\n",
            "",
            "decision:",
            "LICENSE_REQUIRED needs a review policy"),
        bad(
            "review given for NO_LICENSE_REQUIRED",
            "decision: LICENSE_REQUIRED",
            "decision: NO_LICENSE_REQUIRED",
            "decision:",
            "only LICENSE_REQUIRED takes a review policy"),
        bad(
            "parameter has no value on a day the rule is in force",
            "      - {from: 2024-01-01, value: 100, source: test}\n",
            "      - {from: 2024-01-01, to: 2024-06-30, value: 100, source: test}\n",
            "condition:",
            "'params.zzLimit' has no value on 2024-07-01"),
        bad(
            "phase-in date outside the effective interval",
            VALIDITY,
            VALIDITY
                + "      to: 2024-12-31\n"
                + "      phaseIns:\n"
                + "        - {from: 2025-02-01, paragraph: Art. 1}\n",
            "2025-02-01",
            "phase-in date 2025-02-01 lies outside the effective interval"),
        bad(
            "condition is not boolean",
            CONDITION,
            "item.chip.tpp + params.zzLimit",
            "condition:",
            "must be true or false",
            "of type double"),
        bad(
            "rule reads chip facts",
            "item.chip.tpp >=",
            "chip.tpp >=",
            "condition:",
            "reads chip facts, which are not available here"),
        bad(
            "validity ends before it starts",
            VALIDITY,
            VALIDITY + "      to: 2023-12-31\n",
            "      from: 2024-01-01\n      to: 2023-12-31",
            "validity ends (2023-12-31) before it starts (2024-01-01)"),
        bad(
            "unknown decision",
            "decision: LICENSE_REQUIRED",
            "decision: MAYBE",
            "decision:",
            "unknown value 'MAYBE'"),
        bad(
            "enforcement period without enforced",
            VALIDITY,
            VALIDITY + "      enforcement:\n        - {from: 2024-05-13, instrument: Press}\n",
            "Press",
            "required field 'enforced' is missing"),
        new Break(
            "unknown top-level key",
            BAD_PACK,
            "rules:\n",
            "rulez: []\nrules:\n",
            "rulez",
            null,
            List.of("unknown key 'rulez'")),
        new Break(
            "parameter defined twice in a regime",
            BAD_PACK,
            "zzLimit",
            "tppA1",
            "unit: TPP",
            null,
            List.of("'params.tppA1' is defined twice", "us-ear/advanced-computing-classification")),
        new Break(
            "overlapping set memberships in a shipped pack",
            "us-ear/country-groups.yaml",
            "        to: 2023-01-16\n        members: [CN, HK]\n",
            "        to: 2023-01-20\n        members: [CN, HK]\n",
            "- from: 2023-01-17",
            "set prcMacau",
            List.of("overlapping intervals", "2023-01-17.. overlaps 2022-10-07..2023-01-20")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badPacks")
  void aBadPackRejectsTheWholeRuleBook(Break b) throws IOException {
    Path book = ProjectFiles.copyRegulations(tmp);
    String text = edit(book, b.file(), b.find(), b.replace());

    RuleBookException e = rejected(() -> RuleBookLoader.load(book));

    int line = TextEdits.lineOf(text, b.at());
    assertThat(e.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.position().file()).isEqualTo(b.file());
              assertThat(i.position().line()).isEqualTo(line).isPositive();
              assertThat(i.subject()).isEqualTo(b.subject());
              assertThat(i.message()).contains(b.message()).doesNotContain("SimpleType");
            });
    assertThat(e.getMessage()).contains(b.file() + ":" + line + ":");
  }

  @Test
  void theTemplatePackIsValidSoEachCaseBreaksOnlyOneThing() throws IOException {
    Path book = ProjectFiles.copyRegulations(tmp);
    edit(book, BAD_PACK, "rules:", "rules:");

    RuleBook loaded = RuleBookLoader.load(book);

    assertThat(loaded.rule("zz.bad")).get().extracting(Rule::regime).isEqualTo("US-EAR");
    assertThat(loaded.regime("US-EAR").orElseThrow().parameters()).containsKey("zzLimit");
  }

  @Test
  void everyProblemInEveryPackIsReportedAtOnce() throws IOException {
    Path book = ProjectFiles.copyRegulations(tmp);
    edit(book, BAD_PACK, "params.zzLimit", "params.nope");
    edit(book, "us-ear/scope.yaml", "regime: US-EAR", "regime: CN-ECL");
    edit(book, "cn-ecl/framework.yaml", "title: PRC Export", "titel: PRC Export");

    RuleBookException e = rejected(() -> RuleBookLoader.load(book));

    assertThat(e.issues())
        .extracting(i -> i.position().file())
        .containsExactlyInAnyOrder(
            BAD_PACK, "us-ear/scope.yaml", "cn-ecl/framework.yaml", "cn-ecl/framework.yaml");
    assertThat(e.issues())
        .extracting(Issue::message)
        .anySatisfy(m -> assertThat(m).contains("undefined parameter 'nope'"))
        .anySatisfy(m -> assertThat(m).contains("unknown key 'titel'"))
        .anySatisfy(m -> assertThat(m).contains("required field 'title' is missing"));
  }

  @Test
  void theContentHashIsStableAndIndependentOfWhereTheBookLies() {
    Path copy = ProjectFiles.copyRegulations(tmp);

    String first = RuleBookLoader.load(copy).contentHash();
    String second = RuleBookLoader.load(copy).contentHash();
    String shipped = RuleBookLoader.load(ProjectFiles.regulations()).contentHash();

    assertThat(first).matches("sha256:[0-9a-f]{64}").isEqualTo(second).isEqualTo(shipped);
  }

  static Stream<String> packFiles() throws IOException {
    Path root = ProjectFiles.regulations();
    try (Stream<Path> s = Files.walk(root)) {
      return s
          .filter(p -> p.toString().endsWith(".yaml"))
          .map(p -> root.relativize(p).toString())
          .filter(p -> !p.contains("/cases/"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("packFiles")
  void theContentHashChangesWhenOneByteOfAPackChanges(String pack) throws IOException {
    Path book = ProjectFiles.copyRegulations(tmp);
    String before = RuleBookLoader.load(book).contentHash();
    Path file = book.resolve(pack);
    byte[] bytes = Files.readAllBytes(file);
    int comment = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("# ");
    assertThat(comment).as("%s has a comment to edit", pack).isNotNegative();
    bytes[comment + 1] = '~';
    Files.write(file, bytes);

    String after = RuleBookLoader.load(book).contentHash();

    assertThat(after).isNotEqualTo(before);
  }

  private static RuleBookException rejected(ThrowingCallable load) {
    Throwable t = catchThrowable(load);
    assertThat(t).as("the rule book must be rejected").isInstanceOf(RuleBookException.class);
    return (RuleBookException) t;
  }

  /** Edits a pack (creating {@link #BAD_PACK} from the template) and returns its new text. */
  private static String edit(Path book, String file, String find, String replace)
      throws IOException {
    Path p = book.resolve(file);
    if (!Files.exists(p)) {
      Files.writeString(p, TEMPLATE);
    }
    return TextEdits.replace(p, find, replace);
  }
}
