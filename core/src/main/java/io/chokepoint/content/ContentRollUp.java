package io.chokepoint.content;

import io.chokepoint.rules.Comparison;
import io.chokepoint.source.Issue;
import io.chokepoint.source.Issues;
import io.chokepoint.source.SourceException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Rolls a multi-level bill of materials up into the share of an item's value that counts for a
 * rule. A line that counts adds its whole value and is not looked into further; a line that does
 * not count is looked into if it is a sub-assembly. The arithmetic is exact (decimals).
 */
public final class ContentRollUp {
  /** The rounding allowance when sub-lines are compared with their parent's value. */
  private static final BigDecimal CENT = new BigDecimal("0.005");

  private ContentRollUp() {}

  /**
   * Checks that a bill of materials adds up: one currency throughout, and no line whose sub-lines
   * are worth more than the line itself (nor top-level lines worth more than the item).
   *
   * @return the problems, each naming its line; empty when the bill is sound
   */
  public static List<Issue> check(Money total, List<BomLine> bom, String subject) {
    Issues issues = new Issues();
    checkLevel(total, total.amount(), bom, "the item", issues, subject);
    return issues.toList();
  }

  private static void checkLevel(
      Money total,
      BigDecimal parentValue,
      List<BomLine> lines,
      String parent,
      Issues issues,
      String subject) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BomLine l : lines) {
      if (!l.value().currency().equals(total.currency())) {
        issues.add(
            l.position(),
            subject,
            l.id() + ".value",
            "currency "
                + l.value().currency()
                + " differs from the item's "
                + total.currency()
                + ": convert every line to one currency");
        continue;
      }
      sum = sum.add(l.value().amount());
      checkLevel(
          total,
          l.value().amount(),
          l.bom(),
          "line " + l.id() + " (" + l.part() + ")",
          issues,
          subject);
    }
    if (!lines.isEmpty() && sum.subtract(parentValue).compareTo(CENT) > 0) {
      BomLine first = lines.get(0);
      issues.add(
          first.position(),
          subject,
          first.id(),
          "the lines under "
              + parent
              + " add up to "
              + sum.toPlainString()
              + " "
              + total.currency()
              + ", more than its value of "
              + parentValue.toPlainString()
              + ": the lines don't add up");
    }
  }

  /**
   * Rolls the bill up.
   *
   * @param total the value of the item
   * @param bom the lines
   * @param origin the country whose content is counted, for the answer
   * @param test which lines count
   * @param subject the item, for errors
   * @throws SourceException if the bill does not add up (see {@link #check})
   */
  public static ContentShare rollUp(
      Money total, List<BomLine> bom, String origin, LineTest test, String subject) {
    List<Issue> problems = check(total, bom, subject);
    if (!problems.isEmpty()) {
      throw new SourceException(
          "the bill of materials of " + subject + " does not add up", problems);
    }
    State s = new State(total);
    for (BomLine l : bom) {
      visit(l, test, s, 0);
    }
    s.trace.add(
        "counted "
            + s.counted.toPlainString()
            + " of "
            + total.amount().toPlainString()
            + " "
            + total.currency()
            + " = "
            + Comparison.number(share(s.counted, total.amount()) * 100)
            + "%"
            + (s.missing.isEmpty()
                ? ""
                : "; undecided " + s.undecided.toPlainString() + " (missing " + s.missing + ")"));
    return new ContentShare(
        origin, total, s.counted, s.undecided, s.lines, new ArrayList<>(s.missing), s.trace);
  }

  private static final class State {
    final Money total;
    BigDecimal counted = BigDecimal.ZERO;
    BigDecimal undecided = BigDecimal.ZERO;
    final List<ContentShare.Contribution> lines = new ArrayList<>();
    final Set<String> missing = new LinkedHashSet<>();
    final List<String> trace = new ArrayList<>();

    State(Money total) {
      this.total = total;
    }
  }

  private static void visit(BomLine l, LineTest test, State s, int depth) {
    LineTest.Verdict v = test.test(l);
    double share = share(l.value().amount(), s.total.amount());
    String head =
        "  ".repeat(depth) + l.id() + " " + l.part() + ": " + l.value().amount().toPlainString();
    s.lines.add(
        new ContentShare.Contribution(
            l.id(), l.part(), l.value().amount(), v.counts(), share, v.reason()));
    if (Boolean.TRUE.equals(v.counts())) {
      s.counted = s.counted.add(l.value().amount());
      s.trace.add(
          head + " counts (" + Comparison.number(share * 100) + "% of the item): " + v.reason());
      return;
    }
    if (v.counts() == null) {
      s.undecided = s.undecided.add(l.value().amount());
      v.missing().forEach(m -> s.missing.add(l.id() + "." + m));
      s.trace.add(head + " undecided: " + v.reason() + ", missing " + v.missing());
      return;
    }
    s.trace.add(head + " does not count" + (v.reason() == null ? "" : " (" + v.reason() + ")"));
    for (BomLine c : l.bom()) {
      visit(c, test, s, depth + 1);
    }
  }

  /** A share of the total, at most 1 (lines within the rounding allowance may exceed it). */
  private static double share(BigDecimal part, BigDecimal total) {
    if (total.signum() == 0) {
      return 0;
    }
    return part.min(total).divide(total, 12, RoundingMode.HALF_EVEN).doubleValue();
  }
}
