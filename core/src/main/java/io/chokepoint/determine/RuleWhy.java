package io.chokepoint.determine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Says in one line why a rule did or did not fire, for the {@code rules[].why} field. */
final class RuleWhy {
  private RuleWhy() {}

  static String of(RuleResult r) {
    switch (r.status()) {
      case NOT_IN_FORCE:
        return r.inForce().why();
      case FIRED:
        {
          List<Evaluation> fired =
              r.evaluations().stream().filter(e -> e.truth().isTrue()).toList();
          Evaluation first = fired.get(0);
          String who =
              fired.stream().map(Evaluation::subject).distinct().collect(Collectors.joining("; "));
          List<String> c = r.rule().condition().explain(first.facts());
          return "fired for " + who + (c.isEmpty() ? "" : ": " + String.join("; ", c));
        }
      case UNKNOWN:
        {
          Set<String> missing = new LinkedHashSet<>();
          r.evaluations().stream()
              .filter(e -> e.truth().isUnknown())
              .forEach(e -> missing.addAll(e.truth().missing()));
          String err =
              r.evaluations().stream()
                  .map(e -> e.truth().error())
                  .filter(e -> e != null)
                  .findFirst()
                  .orElse(null);
          return "unknown: missing " + missing + (err == null ? "" : " (" + err + ")");
        }
      default:
        {
          if (r.evaluations().isEmpty()) {
            return "nothing to evaluate";
          }
          if (r.evaluations().stream()
              .allMatch(e -> e.notes().contains("not reached by the regime"))) {
            return "not fired: no item is reached by the regime";
          }
          Evaluation first =
              r.evaluations().stream()
                  .filter(e -> !e.notes().contains("not reached by the regime"))
                  .findFirst()
                  .orElse(r.evaluations().get(0));
          List<String> c = r.rule().condition().explain(first.facts());
          return "not fired"
              + (c.isEmpty() ? "" : ": " + first.subject() + ": " + String.join("; ", c));
        }
    }
  }
}
