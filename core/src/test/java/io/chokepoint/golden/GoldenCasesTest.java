package io.chokepoint.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.determine.DeterminationText;
import io.chokepoint.determine.Determiner;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.source.Issue;
import io.chokepoint.testing.ProjectFiles;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every golden case beside the shipped rule packs, one test per case. */
class GoldenCasesTest {
  private static RuleBook book;
  private static Determiner determiner;
  private static List<GoldenCase> cases;

  @BeforeAll
  static void load() {
    book = RuleBookLoader.load(ProjectFiles.regulations());
    determiner = new Determiner(book);
    cases = RuleBookActivator.readCases(ProjectFiles.regulations(), book, ProjectFiles.catalogue());
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenCasePasses() {
    return cases.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.id() + " " + c.title(),
                    () -> {
                      List<Issue> failures = GoldenCaseRunner.run(determiner, List.of(c));
                      assertThat(failures)
                          .as(
                              () ->
                                  DeterminationText.render(
                                      determiner.determine(c.transaction(), c.asOf())))
                          .isEmpty();
                    }));
  }

  @Test
  void theShippedRuleBookActivates() {
    RuleBookActivator.Activated a =
        RuleBookActivator.activate(ProjectFiles.regulations(), ProjectFiles.catalogue());
    assertThat(a.cases()).hasSameSizeAs(cases);
    assertThat(a.ruleBook().contentHash()).startsWith("sha256:").hasSize(71);
  }
}
