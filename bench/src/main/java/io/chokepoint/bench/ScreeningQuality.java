package io.chokepoint.bench;

import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.screening.ListScreener;
import io.chokepoint.screening.MatchPolicy;
import io.chokepoint.screening.ScreeningMatch;
import io.chokepoint.screening.ScreeningQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Match quality against every shipped list at the default alert threshold, printed as tables:
 * recall on the seeded perturbation set ({@link PerturbationSet}) per category and tier, with the
 * Chinese-script slice; and the false-alert rate on names that are not listed: the yente synthetic
 * persons and the curated not-listed Chinese companies from {@code ../shared}.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.chokepoint.bench.ScreeningQuality [--misses]
 * </pre>
 */
public final class ScreeningQuality {
  /** The seed of the perturbation set; change it only with the figures it produced. */
  static final long SEED = 20261129L;

  private ScreeningQuality() {}

  /**
   * Runs the evaluation.
   *
   * @param args {@code --misses} to list every STRONG and MEDIUM query missed, not the first 40
   * @throws IOException if a file of {@code ../shared} cannot be read
   */
  public static void main(String[] args) throws IOException {
    ListSnapshot lists = ScreeningCorpus.shipped();
    ListScreener screener = ListScreener.build(lists);
    double tau = MatchPolicy.DEFAULT_ALERT_THRESHOLD;
    System.out.printf(
        Locale.ROOT,
        "Lists %s: %,d entries; default alert threshold %.2f%n%n",
        lists.contentHash(),
        lists.entries().size(),
        tau);
    perturbations(lists, screener, tau, List.of(args).contains("--misses"));
    Path shared = Bench.home().resolve("../shared/data/lists");
    System.out.println();
    System.out.println("| negatives | names | alerting | false-alert rate | target |");
    System.out.println("|---|---:|---:|---:|---:|");
    falseAlerts(
        screener, tau, shared.resolve("eval/yente/negatives_global.csv"), "full_name", 0.01);
    falseAlerts(screener, tau, shared.resolve("eval/yente/negatives_us.csv"), "full_name", 0.01);
    falseAlerts(
        screener, tau, shared.resolve("curated/cn_companies_not_listed.csv"), "name_en", 0.02);
    falseAlerts(
        screener, tau, shared.resolve("curated/cn_companies_not_listed.csv"), "name_zh", 0.02);
  }

  private static void perturbations(
      ListSnapshot lists, ListScreener screener, double tau, boolean allMisses) {
    List<PerturbationSet.Query> queries = new PerturbationSet().generate(lists, SEED);
    Map<String, int[]> byCategory = new TreeMap<>();
    Map<String, int[]> byTier = new TreeMap<>();
    int[] cjk = new int[2];
    int[] headline = new int[2];
    List<String> misses = new ArrayList<>();
    for (PerturbationSet.Query q : queries) {
      boolean found = false;
      for (ScreeningMatch m : screener.screen(ScreeningQuery.of(q.query()), tau)) {
        if (m.entry().id().equals(q.expectedId())) {
          found = true;
          break;
        }
      }
      count(byCategory.computeIfAbsent(q.category(), k -> new int[2]), found);
      count(byTier.computeIfAbsent(q.quality(), k -> new int[2]), found);
      if (q.cjk()) {
        count(cjk, found);
      }
      if (!q.quality().equals("WEAK")) {
        count(headline, found);
        if (!found && (allMisses || misses.size() < 40)) {
          misses.add(q.category() + ": '" + q.query() + "' should find " + q.expectedId());
        }
      }
    }
    System.out.printf(
        Locale.ROOT, "Perturbation set (seed %d): %,d queries%n%n", SEED, queries.size());
    System.out.println("| slice | queries | found | recall |");
    System.out.println("|---|---:|---:|---:|");
    byCategory.forEach((k, v) -> row("category " + k, v));
    byTier.forEach((k, v) -> row("tier " + k, v));
    row("**Chinese script (CJK)**", cjk);
    row("**STRONG + MEDIUM (target ≥ 0.98)**", headline);
    if (!misses.isEmpty()) {
      System.out.println("\nFirst misses (STRONG and MEDIUM):");
      misses.forEach(m -> System.out.println("  " + m));
    }
  }

  private static void falseAlerts(
      ListScreener screener, double tau, Path file, String column, double target)
      throws IOException {
    if (!Files.exists(file)) {
      System.out.println("| " + file + " | missing | | | |");
      return;
    }
    int names = 0;
    int alerting = 0;
    List<String> examples = new ArrayList<>();
    for (Map<String, String> r : Csv.records(file, StandardCharsets.UTF_8)) {
      String name = r.get(column).trim();
      if (name.isEmpty()) {
        continue;
      }
      names++;
      List<ScreeningMatch> m = screener.screen(ScreeningQuery.of(name), tau);
      if (!m.isEmpty()) {
        alerting++;
        if (examples.size() < 5) {
          examples.add(
              String.format(
                  Locale.ROOT,
                  "'%s' -> '%s' %.3f",
                  name,
                  m.get(0).matchedName(),
                  m.get(0).score()));
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "| %s (%s) | %,d | %,d | %.2f%% | ≤ %.0f%% |%n",
        file.getFileName(),
        column,
        names,
        alerting,
        100.0 * alerting / names,
        100 * target);
    examples.forEach(e -> System.out.println("|   e.g. " + e + " | | | | |"));
  }

  private static void count(int[] c, boolean found) {
    c[0]++;
    if (found) {
      c[1]++;
    }
  }

  private static void row(String label, int[] c) {
    System.out.printf(
        Locale.ROOT,
        "| %s | %,d | %,d | %.3f |%n",
        label,
        c[0],
        c[1],
        c[0] == 0 ? 0 : (double) c[1] / c[0]);
  }
}
