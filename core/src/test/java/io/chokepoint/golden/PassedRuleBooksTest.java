package io.chokepoint.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.chokepoint.rules.RuleBookException;
import io.chokepoint.testing.ProjectFiles;
import io.chokepoint.testing.TextEdits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule book's golden cases are skipped only when the very same rule book, catalogue and build
 * passed them before; any change runs them again, and a failure is never remembered as a pass.
 */
class PassedRuleBooksTest {
  @TempDir Path tmp;

  private RuleBookActivator.Activated activate(Path book, PassedRuleBooks passed) {
    return RuleBookActivator.activate(book, ProjectFiles.catalogue(), passed, List.of());
  }

  @Test
  void aPassIsRememberedForTheSameRuleBookAndBuild() throws IOException {
    Path book = ProjectFiles.copyRegulations(tmp.resolve("book"));
    PassedRuleBooks passed = new PassedRuleBooks(tmp.resolve("cache/passed.txt"), "build-1");

    RuleBookActivator.Activated first = activate(book, passed);
    RuleBookActivator.Activated second = activate(book, passed);

    assertThat(first.remembered()).isFalse();
    assertThat(second.remembered()).isTrue();
    assertThat(second.cases()).as("neither read nor run").isEmpty();
    assertThat(RuleBookActivator.readCases(book, second.ruleBook(), ProjectFiles.catalogue()))
        .hasSameSizeAs(first.cases());
    assertThat(Files.readAllLines(tmp.resolve("cache/passed.txt"))).hasSize(1);
    assertThat(activate(book, new PassedRuleBooks(tmp.resolve("cache/passed.txt"), "build-2")))
        .as("another build runs the cases")
        .returns(false, RuleBookActivator.Activated::remembered);
  }

  @Test
  void aChangedCaseRunsTheCasesAgainAndItsFailureIsNotRemembered() throws IOException {
    Path book = ProjectFiles.copyRegulations(tmp.resolve("book"));
    PassedRuleBooks passed = new PassedRuleBooks(tmp.resolve("cache/passed.txt"), "build-1");
    activate(book, passed);
    Path cases = book.resolve("us-ear/cases/reference-cases.yaml");
    String before = Files.readString(cases);
    TextEdits.replace(
        cases,
        "      US-EAR:\n        outcome: LICENSE_REQUIRED\n        review: PRESUMPTION_OF_DENIAL\n"
            + "        exceptions: []\n        fired: [us.742-6-a-6-iii.d5-macau, us.744-23",
        "      US-EAR:\n        outcome: NO_LICENSE_REQUIRED\n"
            + "        exceptions: []\n        fired: [us.742-6-a-6-iii.d5-macau, us.744-23");

    for (int i = 0; i < 2; i++) {
      Throwable e = catchThrowable(() -> activate(book, passed));
      assertThat(e).isInstanceOf(RuleBookException.class).hasMessageContaining("golden cases fail");
    }

    Files.writeString(cases, before);
    assertThat(activate(book, passed).remembered()).as("the original again").isTrue();
  }

  @Test
  void withoutABuildFingerprintNothingIsRemembered() throws IOException {
    Path book = ProjectFiles.copyRegulations(tmp.resolve("book"));
    PassedRuleBooks passed = new PassedRuleBooks(tmp.resolve("cache/passed.txt"), null);
    activate(book, passed);
    assertThat(activate(book, passed).remembered()).isFalse();
    assertThat(tmp.resolve("cache/passed.txt")).doesNotExist();
  }

  @Test
  void onlyTheLatestDigestsAreKept() throws IOException {
    PassedRuleBooks passed = new PassedRuleBooks(tmp.resolve("passed.txt"), "b");
    for (int i = 0; i < PassedRuleBooks.KEPT + 5; i++) {
      passed.record("digest-" + i);
    }
    assertThat(Files.readAllLines(tmp.resolve("passed.txt")))
        .hasSize(PassedRuleBooks.KEPT)
        .endsWith("digest-" + (PassedRuleBooks.KEPT + 4))
        .doesNotContain("digest-4");
    assertThat(passed.passed("digest-5")).isTrue();
    assertThat(passed.passed(null)).isFalse();
  }
}
