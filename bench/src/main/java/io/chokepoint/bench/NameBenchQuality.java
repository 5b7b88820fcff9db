package io.chokepoint.bench;

import io.chokepoint.screening.MatchPolicy;
import io.chokepoint.screening.MatcherConfig;
import io.chokepoint.screening.NameAnalyzer;
import io.chokepoint.screening.NameMatcher;
import io.chokepoint.screening.NameScore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Match quality of the pairwise name matcher on the nomenklatura name_bench cases ({@code
 * ../shared/data/lists/eval/nomenklatura/cases.csv}): precision, recall and F1 at the default alert
 * threshold, overall, per schema and per case group, next to OpenSanctions logic-v2's figures from
 * its frozen run ({@code logicv2-frozen.csv}, threshold 0.70).
 *
 * <p>Run: {@code mvn -q -o -pl bench -am package -DskipTests -Dspotless.check.skip=true} then
 * {@code java -cp bench/target/benchmarks.jar io.chokepoint.bench.NameBenchQuality} from the
 * project root. Arguments: {@code --threshold T} to score at another threshold, {@code --failures}
 * to list the misclassified pairs, {@code --sweep} for F1 over thresholds, {@code --set key=value}
 * to try a {@link MatcherConfig} setting.
 */
public final class NameBenchQuality {
  private NameBenchQuality() {}

  /** One scored case: its slice names and whether it is a match, predicted or labelled. */
  private record Outcome(String schema, String group, boolean truth, boolean predicted) {}

  /** Counts of one slice. */
  private static final class Tally {
    int tp;
    int fp;
    int fn;
    int tn;

    void add(Outcome o) {
      if (o.truth()) {
        if (o.predicted()) {
          tp++;
        } else {
          fn++;
        }
      } else if (o.predicted()) {
        fp++;
      } else {
        tn++;
      }
    }

    int n() {
      return tp + fp + fn + tn;
    }

    double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * Prints the table.
   *
   * @param args {@code [--threshold T] [--failures] [--sweep]}
   * @throws IOException if the case files cannot be read
   */
  public static void main(String[] args) throws IOException {
    double threshold = MatchPolicy.DEFAULT_ALERT_THRESHOLD;
    boolean failures = false;
    boolean sweep = false;
    Map<String, String> settings = new TreeMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--threshold" -> threshold = Double.parseDouble(args[++i]);
        case "--failures" -> failures = true;
        case "--sweep" -> sweep = true;
        case "--set" -> {
          String[] kv = args[++i].split("=", 2);
          settings.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path dir = Bench.home().resolveSibling("shared").resolve("data/lists/eval/nomenklatura");
    List<Map<String, String>> cases = Csv.records(dir.resolve("cases.csv"), StandardCharsets.UTF_8);
    List<Map<String, String>> frozen =
        Csv.records(dir.resolve("logicv2-frozen.csv"), StandardCharsets.UTF_8);

    NameMatcher matcher = new NameMatcher(NameAnalyzer.standard(), MatcherConfig.fromMap(settings));
    double[] scores = new double[cases.size()];
    long start = System.nanoTime();
    for (int i = 0; i < cases.size(); i++) {
      Map<String, String> c = cases.get(i);
      scores[i] = matcher.score(c.get("name1"), c.get("name2")).score();
    }
    long micros = (System.nanoTime() - start) / 1000;

    List<Outcome> ours = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Map<String, String> c = cases.get(i);
      ours.add(outcome(c, scores[i] >= threshold));
    }
    List<Outcome> theirs = new ArrayList<>();
    for (Map<String, String> f : frozen) {
      theirs.add(outcome(f, Boolean.parseBoolean(f.get("predicted_match"))));
    }
    System.out.printf(
        Locale.ROOT,
        "nomenklatura name_bench: %d cases, Chokepoint at %.2f (%d µs per pair, start-up included)"
            + " vs logic-v2 at 0.70%n%n",
        cases.size(),
        threshold,
        micros / Math.max(1, cases.size()));
    System.out.printf(
        Locale.ROOT,
        "%-28s %5s %6s %6s %6s   %5s %6s %6s %6s%n",
        "slice",
        "n",
        "P",
        "R",
        "F1",
        "n",
        "P",
        "R",
        "F1");
    print("all", tally(ours, null), tally(theirs, null));
    for (String schema : slices(ours, true)) {
      print("schema " + schema, tally(ours, "s:" + schema), tally(theirs, "s:" + schema));
    }
    for (String group : slices(ours, false)) {
      print("group " + group, tally(ours, "g:" + group), tally(theirs, "g:" + group));
    }
    if (sweep) {
      System.out.println();
      for (int k = 0; k <= 14; k++) {
        double t = Math.round((0.60 + k * 0.025) * 1000) / 1000.0; // no drift past a threshold
        List<Outcome> at = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
          at.add(outcome(cases.get(i), scores[i] >= t));
        }
        System.out.printf(
            Locale.ROOT,
            "threshold %.3f  all F1 %.3f  company F1 %.3f%n",
            t,
            tally(at, null).f1(),
            tally(at, "s:Company").f1());
      }
    }
    if (failures) {
      System.out.println();
      for (int i = 0; i < cases.size(); i++) {
        Map<String, String> c = cases.get(i);
        Outcome o = ours.get(i);
        if (o.truth() != o.predicted()) {
          NameScore s = matcher.score(c.get("name1"), c.get("name2"));
          System.out.printf(
              Locale.ROOT,
              "%s %.3f %-9s %s | %s  %s%n",
              o.truth() ? "FN" : "FP",
              s.score(),
              c.get("schema"),
              c.get("name1"),
              c.get("name2"),
              s.explanation());
        }
      }
    }
  }

  private static Outcome outcome(Map<String, String> c, boolean predicted) {
    return new Outcome(
        c.get("schema"), c.get("case_group"), Boolean.parseBoolean(c.get("is_match")), predicted);
  }

  private static List<String> slices(List<Outcome> outcomes, boolean schema) {
    TreeMap<String, Integer> m = new TreeMap<>();
    for (Outcome o : outcomes) {
      m.merge(schema ? o.schema() : o.group(), 1, Integer::sum);
    }
    return new ArrayList<>(m.keySet());
  }

  private static Tally tally(List<Outcome> outcomes, String slice) {
    Tally t = new Tally();
    for (Outcome o : outcomes) {
      if (slice == null || slice.equals("s:" + o.schema()) || slice.equals("g:" + o.group())) {
        t.add(o);
      }
    }
    return t;
  }

  private static void print(String name, Tally ours, Tally theirs) {
    System.out.printf(
        Locale.ROOT,
        "%-28s %5d %6.3f %6.3f %6.3f   %5d %6.3f %6.3f %6.3f%n",
        name,
        ours.n(),
        ours.precision(),
        ours.recall(),
        ours.f1(),
        theirs.n(),
        theirs.precision(),
        theirs.recall(),
        theirs.f1());
  }
}
