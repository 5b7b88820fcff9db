package io.chokepoint.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.chokepoint.rules.RuleBookException;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.testing.ProjectFiles;
import io.chokepoint.testing.TextEdits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Activation of a rule book against its golden cases. Each case copies the shipped rule book,
 * breaks one golden case or case file, and checks that activation is refused with an issue naming
 * the file, the line, the case and the problem, and that nothing is returned.
 */
class RuleBookActivatorTest {
  @TempDir Path tmp;

  @Test
  void theShippedRuleBookActivatesWithCasesForEveryRegime() {
    RuleBookActivator.Activated a = activate(ProjectFiles.regulations());

    assertThat(a.cases()).extracting(GoldenCase::id).contains("PRC-1a", "US-1");
    assertThat(a.cases()).flatExtracting(c -> c.expect().keySet()).contains("CN-ECL", "US-EAR");
    assertThat(a.determiner().ruleBook()).isSameAs(a.ruleBook());
  }

  @Test
  void aFailingGoldenCaseBlocksActivationShowingExpectedAndActual() throws IOException {
    Path book = ProjectFiles.copyRegulations(tmp);
    String file = "us-ear/cases/reference-cases.yaml";
    String text =
        TextEdits.replace(
            book.resolve(file),
            "      US-EAR:\n        outcome: LICENSE_REQUIRED\n        review: PRESUMPTION_OF_DENIAL\n"
                + "        exceptions: []\n        fired: [us.742-6-a-6-iii.d5-macau, us.744-23",
            "      US-EAR:\n        outcome: NO_LICENSE_REQUIRED\n"
                + "        exceptions: []\n        fired: [us.742-6-a-6-iii.d5-macau, us.744-23");
    assertThat(RuleBookLoader.load(book)).as("the packs themselves are valid").isNotNull();

    RuleBookException e = rejected(() -> activate(book));

    assertThat(e.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.position().file()).isEqualTo(file);
              assertThat(i.position().line()).isEqualTo(TextEdits.lineOf(text, "  - id: US-1\n"));
              assertThat(i.subject()).isEqualTo("case US-1 (2024-03-01)");
              assertThat(i.field()).isEqualTo("expect.US-EAR");
              assertThat(i.message())
                  .contains(
                      "expected NO_LICENSE_REQUIRED but got LICENSE_REQUIRED / PRESUMPTION_OF_DENIAL");
            });
    assertThat(e.getMessage()).contains("golden cases fail");
  }

  @Test
  void aRegimeFolderWithoutGoldenCasesIsRejected() throws IOException {
    Path book = ProjectFiles.copyRegulations(tmp);
    try (var files = Files.list(book.resolve("cn-ecl/cases"))) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }

    RuleBookException e = rejected(() -> activate(book));

    // The problem is a missing file, so the issue names the folder and has no line to point to.
    assertThat(e.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.position().file()).isEqualTo("cn-ecl/cases");
              assertThat(i.position().line()).isZero();
              assertThat(i.subject()).isEqualTo("CN-ECL");
              assertThat(i.message()).contains("a regime needs golden cases");
            });
  }

  @Test
  void aCaseFileWithoutCasesIsRejected() throws IOException {
    Path book = ProjectFiles.copyRegulations(tmp);
    Files.writeString(
        book.resolve("cn-ecl/cases/reference-cases.yaml"), "# nothing yet\ncases: []\n");

    RuleBookException e = rejected(() -> activate(book));

    assertThat(e.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.position().file()).isEqualTo("cn-ecl/cases/reference-cases.yaml");
              assertThat(i.position().line()).isEqualTo(2);
              assertThat(i.message()).contains("at least one case");
            });
  }

  @Test
  void aGoldenCaseExpectingAnUnknownRegimeIsRejected() throws IOException {
    Path book = ProjectFiles.copyRegulations(tmp);
    String file = "cn-ecl/cases/reference-cases.yaml";
    String text =
        TextEdits.replace(
            book.resolve(file),
            "        items: {L1: 1C905.b}\n      US-EAR: {outcome: NO_LICENSE_REQUIRED}\n",
            "        items: {L1: 1C905.b}\n      US-EAR: {outcome: NO_LICENSE_REQUIRED}\n"
                + "      EU-DUAL: {outcome: NO_LICENSE_REQUIRED}\n");

    RuleBookException e = rejected(() -> activate(book));

    assertThat(e.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.position().file()).isEqualTo(file);
              assertThat(i.position().line()).isEqualTo(TextEdits.lineOf(text, "EU-DUAL"));
              assertThat(i.subject()).isEqualTo("case PRC-1a");
              assertThat(i.field()).isEqualTo("cases[0].expect.EU-DUAL");
              assertThat(i.message()).contains("unknown regime 'EU-DUAL'", "CN-ECL", "US-EAR");
            });
  }

  private static RuleBookActivator.Activated activate(Path book) {
    return RuleBookActivator.activate(book, ProjectFiles.catalogue());
  }

  private static RuleBookException rejected(ThrowingCallable activation) {
    Throwable t = catchThrowable(activation);
    assertThat(t).as("activation must be refused").isInstanceOf(RuleBookException.class);
    return (RuleBookException) t;
  }
}
