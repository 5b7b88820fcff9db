package io.chokepoint.bench;

import io.chokepoint.lists.ListEntry;
import io.chokepoint.screening.ListScreener;
import io.chokepoint.screening.MatchPolicy;
import io.chokepoint.screening.MatcherConfig;
import io.chokepoint.screening.NameAnalyzer;
import io.chokepoint.screening.ScreeningMatch;
import io.chokepoint.screening.ScreeningQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A quick false-alert and latency check of {@link ListScreener} against the frozen SDN plus the
 * curated Entity List and PRC lists: the 78 look-alike Chinese companies that are not listed
 * (English and Chinese names), a seeded sample of the yente synthetic persons, and the listed
 * curated names themselves in Chinese (which must alert). Prints the alert rates, the alerts, and
 * the query latency percentiles.
 *
 * <p>Run like {@link NameBenchQuality}: {@code java -cp bench/target/benchmarks.jar
 * io.chokepoint.bench.ScreeningFalseAlerts [persons]}; {@code -Dmatcher.settings=key=value,...}
 * tries {@link MatcherConfig} settings.
 */
public final class ScreeningFalseAlerts {
  private ScreeningFalseAlerts() {}

  /**
   * Runs the check.
   *
   * @param args optionally the number of sampled persons (default 1000)
   * @throws IOException if a list cannot be read
   */
  public static void main(String[] args) throws IOException {
    int persons = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    long t0 = System.nanoTime();
    List<ListEntry> entries = BenchLists.all();
    Map<String, String> settings = new java.util.TreeMap<>();
    for (String kv : System.getProperty("matcher.settings", "").split(",")) {
      if (!kv.isBlank()) {
        settings.put(kv.split("=", 2)[0], kv.split("=", 2)[1]);
      }
    }
    ListScreener screener =
        ListScreener.build(entries, NameAnalyzer.standard(), MatcherConfig.fromMap(settings));
    System.out.printf(
        Locale.ROOT,
        "%d entries, %d names indexed in %d ms%n",
        entries.size(),
        screener.indexedNames(),
        (System.nanoTime() - t0) / 1_000_000);
    double alert = MatchPolicy.DEFAULT_ALERT_THRESHOLD;
    List<Long> nanos = new ArrayList<>();
    warmUp(screener);

    List<String> companies = new ArrayList<>();
    for (Map<String, String> r :
        Csv.records(
            BenchLists.lists().resolve("curated/cn_companies_not_listed.csv"),
            StandardCharsets.UTF_8)) {
      companies.add(r.get("name_en"));
      companies.add(r.get("name_zh"));
    }
    report("not-listed Chinese companies (en + zh)", companies, screener, alert, nanos, true);

    List<Map<String, String>> people =
        Csv.records(
            BenchLists.lists().resolve("eval/yente/negatives_global.csv"), StandardCharsets.UTF_8);
    Random random = new Random(20260601L);
    List<String> sample = new ArrayList<>();
    for (int i = 0; i < persons; i++) {
      sample.add(people.get(random.nextInt(people.size())).get("full_name"));
    }
    report("yente negatives_global persons", sample, screener, alert, nanos, true);

    List<String> listedZh = new ArrayList<>();
    for (ListEntry e : BenchLists.entityList()) {
      for (String a : e.aliases()) {
        if (a.codePoints()
            .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
          listedZh.add(a);
        }
      }
    }
    report(
        "listed Entity List names in Chinese (should alert)",
        listedZh,
        screener,
        alert,
        nanos,
        false);

    recall(entries, screener, alert, nanos);

    long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%nlatency over %d queries: p50 %d µs, p95 %d µs, p99 %d µs, max %d µs%n",
        sorted.length,
        sorted[sorted.length / 2] / 1000,
        sorted[(int) (sorted.length * 0.95)] / 1000,
        sorted[(int) (sorted.length * 0.99)] / 1000,
        sorted[sorted.length - 1] / 1000);
  }

  /**
   * Recall on perturbed listed names: 300 SDN organisations and 300 persons (seeded), each with one
   * adjacent-letter swap in its longest word, and the organisations also with the words reversed.
   */
  private static void recall(
      List<ListEntry> entries, ListScreener screener, double alert, List<Long> nanos) {
    Random random = new Random(7L);
    int[] found = new int[3];
    int[] total = new int[3];
    String[] what = {
      "organisations, one typo", "persons, one typo", "organisations, words reversed"
    };
    for (int n = 0; n < 600; n++) {
      ListEntry e = entries.get(random.nextInt(entries.size()));
      boolean person = e.kind() == io.chokepoint.lists.EntryKind.INDIVIDUAL;
      if (!e.id().startsWith("US-SDN") || e.kind() == io.chokepoint.lists.EntryKind.VESSEL) {
        n--;
        continue;
      }
      String[] words = e.name().split(" ");
      int longest = 0;
      for (int i = 1; i < words.length; i++) {
        longest = words[i].length() > words[longest].length() ? i : longest;
      }
      String[] typo = words.clone();
      if (typo[longest].length() >= 5) {
        char[] c = typo[longest].toCharArray();
        int i = 1 + random.nextInt(c.length - 2);
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        typo[longest] = new String(c);
      }
      List<String> reversed = new ArrayList<>(List.of(words));
      java.util.Collections.reverse(reversed);
      String[][] variants = {{String.join(" ", typo)}, {String.join(" ", reversed)}};
      for (int v = 0; v < (person ? 1 : 2); v++) {
        int slot = person ? 1 : v == 0 ? 0 : 2;
        total[slot]++;
        long t = System.nanoTime();
        List<ScreeningMatch> m = screener.screen(ScreeningQuery.of(variants[v][0]), alert);
        nanos.add(System.nanoTime() - t);
        if (m.stream().anyMatch(x -> x.entry().id().equals(e.id()))) {
          found[slot]++;
        } else if (Boolean.getBoolean("show.misses")) {
          List<ScreeningMatch> low = screener.screen(ScreeningQuery.of(variants[v][0]), 0.3);
          System.out.printf(
              Locale.ROOT,
              "  missed %s (%s): %s%n",
              variants[v][0],
              e.name(),
              low.stream()
                  .filter(x -> x.entry().id().equals(e.id()))
                  .map(x -> String.format(Locale.ROOT, "%.3f %s", x.score(), x.explanation()))
                  .findFirst()
                  .orElse("not a candidate"));
        }
      }
    }
    System.out.println();
    for (int i = 0; i < 3; i++) {
      System.out.printf(
          Locale.ROOT,
          "recall of perturbed SDN %s: %d/%d (%.1f%%) alert on the true entry%n",
          what[i],
          found[i],
          total[i],
          100.0 * found[i] / Math.max(1, total[i]));
    }
  }

  /** Screens a few thousand names first, so that the timings are of compiled code. */
  private static void warmUp(ListScreener screener) throws IOException {
    List<Map<String, String>> people =
        Csv.records(
            BenchLists.lists().resolve("eval/yente/negatives_us.csv"), StandardCharsets.UTF_8);
    for (int i = 0; i < 3000; i++) {
      screener.screen(ScreeningQuery.of(people.get(i).get("full_name")));
    }
  }

  private static void report(
      String title,
      List<String> names,
      ListScreener screener,
      double alert,
      List<Long> nanos,
      boolean showAlerts) {
    int alerting = 0;
    int reviewing = 0;
    List<String> shown = new ArrayList<>();
    for (String name : names) {
      long t = System.nanoTime();
      List<ScreeningMatch> m = screener.screen(ScreeningQuery.of(name));
      nanos.add(System.nanoTime() - t);
      if (!m.isEmpty() && m.get(0).score() >= alert) {
        alerting++;
        if (!showAlerts) {
          continue;
        }
        shown.add(
            String.format(
                Locale.ROOT, "  %s -> %s %.3f", name, m.get(0).matchedName(), m.get(0).score()));
      } else if (!m.isEmpty()) {
        reviewing++;
      } else if (!showAlerts) {
        shown.add(
            "  not alerting: "
                + name
                + (m.isEmpty() ? "" : String.format(Locale.ROOT, " (%.3f)", m.get(0).score())));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%n%s: %d queries, %d alert (%.1f%%), %d more in the review band (%.1f%%)%n",
        title,
        names.size(),
        alerting,
        100.0 * alerting / names.size(),
        reviewing,
        100.0 * reviewing / names.size());
    shown.forEach(System.out::println);
  }
}
