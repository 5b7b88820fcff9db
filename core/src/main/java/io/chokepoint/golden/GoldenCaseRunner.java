package io.chokepoint.golden;

import io.chokepoint.determine.Determination;
import io.chokepoint.determine.Determiner;
import io.chokepoint.determine.OfferedException;
import io.chokepoint.determine.RegimeDetermination;
import io.chokepoint.determine.RuleResult;
import io.chokepoint.source.Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Runs golden cases against a determiner and reports every mismatch as an issue with its case. */
public final class GoldenCaseRunner {
  private GoldenCaseRunner() {}

  /**
   * Runs the cases.
   *
   * @return one issue per mismatch; empty when every case passes
   */
  public static List<Issue> run(Determiner determiner, List<GoldenCase> cases) {
    // The determiner is thread-safe and the cases independent: they run on every core, and the
    // failures are listed in case order.
    return cases.parallelStream()
        .map(
            c -> {
              List<Issue> failures = new ArrayList<>();
              Determination d = determiner.determine(c.transaction(), c.asOf());
              for (Map.Entry<String, Expectation> e : c.expect().entrySet()) {
                check(c, e.getKey(), e.getValue(), d.regime(e.getKey()), failures);
              }
              return failures;
            })
        .flatMap(List::stream)
        .toList();
  }

  private static void check(
      GoldenCase c, String regime, Expectation x, RegimeDetermination r, List<Issue> out) {
    String subject = "case " + c.id() + " (" + c.asOf() + ")";
    if (r.outcome() != x.outcome() || !Objects.equals(r.review(), x.review())) {
      out.add(
          fail(
              c,
              subject,
              regime,
              "expected "
                  + x.outcome()
                  + (x.review() == null ? "" : " / " + x.review())
                  + " but got "
                  + r.outcome()
                  + (r.review() == null ? "" : " / " + r.review())
                  + firedSummary(r)
                  + (r.missingFacts().isEmpty() ? "" : "; missing " + r.missingFacts())));
    }
    if (x.exceptions() != null) {
      Set<String> got = new TreeSet<>(r.exceptions().stream().map(OfferedException::id).toList());
      if (!got.equals(new TreeSet<>(x.exceptions()))) {
        out.add(
            fail(
                c,
                subject,
                regime,
                "expected licence exceptions "
                    + new TreeSet<>(x.exceptions())
                    + " but got "
                    + got));
      }
    }
    for (String id : x.fired()) {
      RuleResult rr = find(r, id);
      if (rr == null || !rr.fired()) {
        out.add(
            fail(
                c,
                subject,
                regime,
                "expected rule "
                    + id
                    + " to fire but it "
                    + (rr == null ? "does not exist" : "is " + rr.status())));
      }
    }
    for (String id : x.notFired()) {
      RuleResult rr = find(r, id);
      if (rr == null) {
        out.add(fail(c, subject, regime, "notFired names rule " + id + ", which does not exist"));
      } else if (rr.fired()) {
        out.add(fail(c, subject, regime, "expected rule " + id + " not to fire but it fired"));
      }
    }
    for (String m : x.missingFacts()) {
      if (!r.missingFacts().contains(m)) {
        out.add(
            fail(
                c, subject, regime, "expected missing fact " + m + " but got " + r.missingFacts()));
      }
    }
    for (String w : x.warnings()) {
      if (r.warnings().stream().noneMatch(s -> s.contains(w))) {
        out.add(
            fail(
                c,
                subject,
                regime,
                "expected a warning containing '" + w + "' but got " + r.warnings()));
      }
    }
    for (String by : x.reviewBy()) {
      if (!r.reviewBy().contains(by)) {
        out.add(
            fail(
                c,
                subject,
                regime,
                "expected the review to be set by " + by + " but it was set by " + r.reviewBy()));
      }
    }
    for (String o : x.obligations()) {
      if (r.obligations().stream().noneMatch(s -> s.contains(o))) {
        out.add(
            fail(
                c,
                subject,
                regime,
                "expected an obligation containing '" + o + "' but got " + r.obligations()));
      }
    }
    for (Map.Entry<String, String> i : x.items().entrySet()) {
      String got =
          r.items().stream()
              .filter(it -> it.item().equals(i.getKey()))
              .findFirst()
              .map(it -> it.classification() == null ? "(not classified)" : it.classification())
              .orElse("(no such item)");
      if (!i.getValue().equals(got)) {
        out.add(
            fail(
                c,
                subject,
                regime,
                "expected item " + i.getKey() + " classified " + i.getValue() + " but got " + got));
      }
    }
  }

  private static String firedSummary(RegimeDetermination r) {
    List<String> fired =
        r.rules().stream().filter(RuleResult::fired).map(rr -> rr.rule().id()).toList();
    return fired.isEmpty() ? "; no rule fired" : "; fired " + fired;
  }

  private static RuleResult find(RegimeDetermination r, String id) {
    return r.rules().stream().filter(rr -> rr.rule().id().equals(id)).findFirst().orElse(null);
  }

  private static Issue fail(GoldenCase c, String subject, String regime, String message) {
    return new Issue(c.position(), subject, "expect." + regime, message);
  }
}
