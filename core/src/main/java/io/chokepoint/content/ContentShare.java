package io.chokepoint.content;

import io.chokepoint.rules.Comparison;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The result of a content roll-up: the total value, the value that counts, the share, and each
 * line's contribution. When some line cannot be decided the share is a lower bound, the undecided
 * lines are listed, and {@link #known()} is false.
 *
 * @param origin the country whose content is counted
 * @param total the item's value
 * @param counted the value of the lines that count
 * @param undecided the value of the lines that cannot be decided
 * @param lines every line with its contribution
 * @param missing the fields of undecided lines, as paths such as {@code bom[0].origin}
 */
public record ContentShare(
    String origin,
    Money total,
    BigDecimal counted,
    BigDecimal undecided,
    List<Contribution> lines,
    List<String> missing) {
  public ContentShare {
    lines = List.copyOf(lines);
    missing = List.copyOf(missing);
  }

  /**
   * The roll-up line by line, indented by level, then the total. It is rendered when asked for, so
   * that a large bill costs nothing to explain unless someone reads the explanation.
   */
  public List<String> trace() {
    List<String> out = new ArrayList<>(lines.size() + 1);
    for (Contribution c : lines) {
      String head =
          "  ".repeat(c.depth()) + c.line() + " " + c.part() + ": " + c.value().toPlainString();
      if (Boolean.TRUE.equals(c.counts())) {
        out.add(
            head
                + " counts ("
                + Comparison.number(c.share() * 100)
                + "% of the item): "
                + c.reason());
      } else if (c.counts() == null) {
        out.add(head + " undecided: " + c.reason() + ", missing " + c.missing());
      } else {
        out.add(head + " does not count" + (c.reason() == null ? "" : " (" + c.reason() + ")"));
      }
    }
    out.add(
        "counted "
            + counted.toPlainString()
            + " of "
            + total.amount().toPlainString()
            + " "
            + total.currency()
            + " = "
            + percent().toPlainString()
            + "%"
            + (missing.isEmpty()
                ? ""
                : "; undecided " + undecided.toPlainString() + " (missing " + missing + ")"));
    return out;
  }

  /**
   * The counted value as a share of the total, 0 to 1 (0 for a zero total). The division is
   * decimal, so a share of exactly 0.1% is the same double as a threshold written 0.001. Rounding
   * slack that makes the counted value exceed the total gives a share of 1.
   */
  public double share() {
    return ratio(counted);
  }

  /** The share if every undecided line counted. */
  public double maxShare() {
    return ratio(counted.add(undecided));
  }

  /**
   * The counted value as a percentage of the total, exact to 10 decimal places, at most 100 (see
   * {@link #share()}).
   */
  public BigDecimal percent() {
    return total.amount().signum() == 0
        ? BigDecimal.ZERO
        : counted
            .min(total.amount())
            .multiply(BigDecimal.valueOf(100))
            .divide(total.amount(), 10, RoundingMode.HALF_EVEN)
            .stripTrailingZeros();
  }

  /**
   * A value as a share of the total, at most 1: lines may add up to half a cent more than their
   * parent (rounding, see {@link ContentRollUp#check}), which is not a share above 100%.
   */
  private double ratio(BigDecimal part) {
    return total.amount().signum() == 0
        ? 0
        : part.min(total.amount()).divide(total.amount(), MathContext.DECIMAL64).doubleValue();
  }

  /** Whether every line was decided. */
  public boolean known() {
    return missing.isEmpty();
  }

  /**
   * One line's part in the roll-up.
   *
   * @param line the line id (its path or CSV id)
   * @param part the part name
   * @param value the line's value
   * @param counts {@code TRUE} if it counts, {@code FALSE} if not, {@code null} if undecided
   * @param share the line's value as a share of the item's total (for display; the totals are
   *     exact)
   * @param reason why it counts or not
   * @param depth the line's level, 0 for a top-level line
   * @param missing the line's fields whose absence left it undecided
   */
  public record Contribution(
      String line,
      String part,
      BigDecimal value,
      Boolean counts,
      double share,
      String reason,
      int depth,
      Set<String> missing) {}
}
