package io.chokepoint.content;

import io.chokepoint.source.Issue;
import io.chokepoint.source.Issues;
import io.chokepoint.source.SourceException;
import java.math.BigDecimal;
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
    return new ContentShare(
        origin, total, s.counted, s.undecided, s.lines, new ArrayList<>(s.missing));
  }

  private static final class State {
    final double total;
    BigDecimal counted = BigDecimal.ZERO;
    BigDecimal undecided = BigDecimal.ZERO;
    final List<ContentShare.Contribution> lines = new ArrayList<>();
    final Set<String> missing = new LinkedHashSet<>();

    State(Money total) {
      this.total = total.amount().doubleValue();
    }
  }

  private static void visit(BomLine l, LineTest test, State s, int depth) {
    LineTest.Verdict v = test.test(l);
    BigDecimal value = l.value().amount();
    // Lines may exceed their parent by the rounding allowance; a share above 100% means nothing.
    double share = s.total == 0 ? 0 : Math.min(1.0, value.doubleValue() / s.total);
    s.lines.add(
        new ContentShare.Contribution(
            l.id(), l.part(), value, v.counts(), share, v.reason(), depth, v.missing()));
    if (Boolean.TRUE.equals(v.counts())) {
      s.counted = s.counted.add(value);
      return;
    }
    if (v.counts() == null) {
      s.undecided = s.undecided.add(value);
      for (String m : v.missing()) {
        s.missing.add(l.id() + "." + m);
      }
      return;
    }
    for (BomLine c : l.bom()) {
      visit(c, test, s, depth + 1);
    }
  }
}
