package io.chokepoint.content;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

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
 * @param trace the roll-up, line by line
 */
public record ContentShare(
    String origin,
    Money total,
    BigDecimal counted,
    BigDecimal undecided,
    List<Contribution> lines,
    List<String> missing,
    List<String> trace) {
  public ContentShare {
    lines = List.copyOf(lines);
    missing = List.copyOf(missing);
    trace = List.copyOf(trace);
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
   * @param share the line's value as a share of the item's total
   * @param reason why it counts or not
   */
  public record Contribution(
      String line, String part, BigDecimal value, Boolean counts, double share, String reason) {}
}
