package io.chokepoint.determine;

import java.util.List;

/** Renders a determination as text for a person at a terminal ({@code --format text}). */
public final class DeterminationText {
  private DeterminationText() {}

  /** The determination as a block of text. */
  public static String render(Determination d) {
    StringBuilder sb = new StringBuilder();
    sb.append("Transaction ")
        .append(d.transaction())
        .append(" as of ")
        .append(d.asOf())
        .append(": ")
        .append(d.overall())
        .append('\n');
    sb.append("  rule book ").append(d.rulebook()).append('\n');
    if (!d.screening().isEmpty()) {
      sb.append("  lists ").append(d.lists()).append('\n');
      ScreeningFormat.text(d.screening()).forEach(l -> sb.append("  ").append(l).append('\n'));
    }
    for (RegimeDetermination r : d.regimes()) {
      sb.append('\n').append(r.regime()).append(": ").append(r.outcome());
      if (r.review() != null) {
        sb.append(" (review: ")
            .append(r.review())
            .append(", set by ")
            .append(String.join(", ", r.reviewBy()))
            .append(')');
      }
      sb.append('\n');
      for (OfferedException e : r.exceptions()) {
        sb.append("  licence exception ")
            .append(e.id())
            .append(" (")
            .append(e.citation())
            .append(")")
            .append(e.notificationRequired() ? ": prior notification required" : "")
            .append('\n');
        e.notification().forEach(n -> sb.append("    - ").append(n).append('\n'));
      }
      list(sb, "red flag", r.redFlags());
      list(sb, "obligation", r.obligations());
      r.licensing()
          .forEach(
              (k, v) -> sb.append("  licensing ").append(k).append(": ").append(v).append('\n'));
      list(sb, "missing fact", r.missingFacts());
      list(sb, "warning", r.warnings());
      list(sb, "caveat", r.caveats());
      for (RuleResult rr : r.rules()) {
        if (rr.status() == RuleResult.Status.FIRED || rr.status() == RuleResult.Status.UNKNOWN) {
          sb.append("  rule ")
              .append(rr.rule().id())
              .append(" [")
              .append(rr.rule().citation().shortForm())
              .append("]: ")
              .append(RuleWhy.of(rr))
              .append('\n');
        }
      }
      sb.append("  trace:\n");
      r.trace().forEach(t -> sb.append("    ").append(t).append('\n'));
    }
    return sb.toString();
  }

  private static void list(StringBuilder sb, String label, List<String> lines) {
    for (String l : lines) {
      sb.append("  ").append(label).append(": ").append(l).append('\n');
    }
  }
}
