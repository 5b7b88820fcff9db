package io.chokepoint.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.content.BomFiles;
import io.chokepoint.determine.ClearedMatches;
import io.chokepoint.determine.ContentReport;
import io.chokepoint.determine.Determination;
import io.chokepoint.determine.Determiner;
import io.chokepoint.determine.PartyScreener;
import io.chokepoint.determine.RegimeDetermination;
import io.chokepoint.lists.ListLoader;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.testing.ProjectFiles;
import io.chokepoint.transaction.Transaction;
import io.chokepoint.transaction.TransactionReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The worked examples under {@code examples/} give the answers their header comments and the
 * documentation promise, on their own dates, with every party screened against the shipped lists as
 * {@code chokepoint check} does. A new example file must be added here.
 */
class ExamplesTest {
  /** Transaction id to "CN-ECL outcome[/review] | US-EAR outcome[/review]". */
  private static final Map<String, String> EXPECTED =
      Map.ofEntries(
          Map.entry("PO-2025-0301", "NO_LICENSE_REQUIRED | NO_LICENSE_REQUIRED"),
          Map.entry("PO-2025-0601", "LICENSE_REQUIRED/CASE_BY_CASE | NO_LICENSE_REQUIRED"),
          Map.entry("PO-2025-1215", "LICENSE_REQUIRED/CASE_BY_CASE | NO_LICENSE_REQUIRED"),
          Map.entry("PO-2026-0301", "NO_LICENSE_REQUIRED | NO_LICENSE_REQUIRED"),
          Map.entry("PO-2023-0715", "NO_LICENSE_REQUIRED | NO_LICENSE_REQUIRED"),
          Map.entry("PO-2024-0115", "LICENSE_REQUIRED/CASE_BY_CASE | NO_LICENSE_REQUIRED"),
          Map.entry("PO-2025-0115", "LICENSE_REQUIRED/PRESUMPTION_OF_DENIAL | NO_LICENSE_REQUIRED"),
          Map.entry("PO-2024-0107", "NO_LICENSE_REQUIRED | LICENSE_REQUIRED/PRESUMPTION_OF_DENIAL"),
          Map.entry("PO-2026-0215", "NO_LICENSE_REQUIRED | LICENSE_REQUIRED/CASE_BY_CASE"),
          Map.entry("PO-2023-1201", "NO_LICENSE_REQUIRED | NO_LICENSE_REQUIRED"),
          Map.entry("PO-2025-0501", "NO_LICENSE_REQUIRED | LICENSE_REQUIRED/PRESUMPTION_OF_DENIAL"),
          Map.entry("PO-2025-0820", "NO_LICENSE_REQUIRED | LICENSE_REQUIRED/CASE_BY_CASE"),
          Map.entry("PO-2026-1215", "LICENSE_REQUIRED/CASE_BY_CASE | NO_LICENSE_REQUIRED"),
          Map.entry("PO-2024-0601", "NO_LICENSE_REQUIRED | LICENSE_REQUIRED/PRESUMPTION_OF_DENIAL"),
          Map.entry("PO-2025-1215-A", "PROHIBITED | NO_LICENSE_REQUIRED"),
          Map.entry("PO-2025-1215-B", "LICENSE_REQUIRED/CASE_BY_CASE | NO_LICENSE_REQUIRED"),
          Map.entry("PO-2025-1215-C", "PROHIBITED | NO_LICENSE_REQUIRED"),
          Map.entry("SCR-1", "NO_LICENSE_REQUIRED | LICENSE_REQUIRED/PRESUMPTION_OF_DENIAL"),
          Map.entry("SCR-2", "PROHIBITED | NO_LICENSE_REQUIRED"),
          Map.entry("SCR-3", "NO_LICENSE_REQUIRED | INDETERMINATE"),
          Map.entry("US-2026-0101", "NO_LICENSE_REQUIRED | NO_LICENSE_REQUIRED"));

  /** Transactions whose id is used in two example files, by file name. */
  private static final Map<String, String> BY_FILE =
      Map.of(
          "gallium-to-us-chip-firm.yaml/PO-2025-1215",
          "LICENSE_REQUIRED/CASE_BY_CASE | NO_LICENSE_REQUIRED",
          "more-shipments.yaml/PO-2026-0301",
          "NO_LICENSE_REQUIRED | INDETERMINATE",
          "more-shipments.yaml/PO-2025-0601",
          "NO_LICENSE_REQUIRED | PROHIBITED");

  private static Determiner determiner;
  private static TransactionReader reader;

  @BeforeAll
  static void load() {
    RuleBook book = RuleBookLoader.load(ProjectFiles.regulations());
    // As `chokepoint check` does: every party screened against the shipped lists.
    ListSnapshot lists = ListLoader.load(ProjectFiles.root().resolve("data/lists"));
    determiner = new Determiner(book, PartyScreener.of(lists, ClearedMatches.NONE));
    reader = new TransactionReader(ProjectFiles.catalogue(), book.declaredFacts());
  }

  private static List<Path> exampleFiles() throws IOException {
    try (Stream<Path> s = Files.list(ProjectFiles.root().resolve("examples"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void everyExampleGivesTheAnswerItDocuments() throws IOException {
    Map<String, String> got = new TreeMap<>();
    Map<String, String> expected = new TreeMap<>();
    for (Path f : exampleFiles()) {
      for (Transaction t : reader.read(f, f.toString())) {
        String key = f.getFileName() + "/" + t.id();
        Determination d = determiner.determine(t, null);
        got.put(key, summary(d, "CN-ECL") + " | " + summary(d, "US-EAR"));
        String want = BY_FILE.getOrDefault(key, EXPECTED.get(t.id()));
        assertThat(want).as("%s has an expected answer in this test", key).isNotNull();
        expected.put(key, want);
      }
    }
    assertThat(got).isEqualTo(expected);
    assertThat(got).hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void theExampleBomGivesTheSameShareAsYamlAndAsCsv() {
    List<ContentReport> reports = new ArrayList<>();
    for (String name : List.of("target.yaml", "target.csv")) {
      Path f = ProjectFiles.root().resolve("examples/boms").resolve(name);
      reports.add(determiner.content(BomFiles.read(f, name), LocalDate.of(2026, 12, 15)));
    }
    for (ContentReport r : reports) {
      ContentReport.Share cn = r.share("cnPart1").orElseThrow();
      assertThat(cn.content().counted()).isEqualByComparingTo("2.40");
      assertThat(cn.content().share()).isEqualTo(0.002);
      assertThat(cn.thresholds()).singleElement().satisfies(t -> assertThat(t.reached()).isTrue());
      assertThat(r.share("usControlledContent").orElseThrow().content().share()).isZero();
    }
  }

  private static String summary(Determination d, String regime) {
    RegimeDetermination r =
        d.regimes().stream().filter(x -> x.regime().equals(regime)).findFirst().orElseThrow();
    return r.outcome() + (r.review() == null ? "" : "/" + r.review());
  }
}
