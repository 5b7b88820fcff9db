package io.chokepoint.rules;

import java.util.List;

/**
 * One relational test found in a condition, such as {@code item.chip.tpp >= params.tppA1}. Answers
 * show every comparison with the values compared, so that a reader sees the thresholds.
 *
 * @param operator {@code >=}, {@code >}, {@code <=}, {@code <}, {@code ==}, {@code !=}, {@code in},
 *     or {@code value} for a true-or-false fact tested on its own
 * @param left the left operand
 * @param right the right operand, or {@code null} for {@code value}
 */
public record Comparison(String operator, Operand left, Operand right) {

  private static final String VALUE = "value";

  /** A true-or-false fact tested on its own, shown with its value. */
  public static Comparison value(Operand fact) {
    return new Comparison(VALUE, fact, null);
  }

  /**
   * An operand: either a fact read from the facts, or a literal written in the condition.
   *
   * @param fact the fact name, or {@code null} for a literal
   * @param literal the literal value ({@code Double}, {@code String}, {@code Boolean} or {@code
   *     List<String>}), or {@code null} for a fact
   * @param text how the operand is written
   */
  public record Operand(String fact, Object literal, String text) {
    /** A fact operand. */
    public static Operand fact(String name) {
      return new Operand(name, null, name);
    }

    /** A literal operand. */
    public static Operand literal(Object value, String text) {
      return new Operand(null, value, text);
    }

    Object value(FactLookup facts) {
      return fact == null ? literal : facts.get(fact);
    }

    String render(FactLookup facts, boolean showValue) {
      if (fact == null) {
        return text;
      }
      if (!showValue) {
        return fact;
      }
      Object v = facts.get(fact);
      Bounds b = v == null ? facts.bounds(fact) : null;
      return b == null
          ? fact + " " + show(v)
          : fact + " (unknown, between " + number(b.min()) + " and " + number(b.max()) + ")";
    }
  }

  /**
   * The number a fact is compared with in this comparison, if the fact is one side and the other is
   * a number (literal or looked up), else {@code null}.
   */
  Double comparedWith(String fact, FactLookup facts) {
    if (right == null) {
      return null;
    }
    Operand other = fact.equals(left.fact()) ? right : fact.equals(right.fact()) ? left : null;
    return other != null && other.value(facts) instanceof Double d ? d : null;
  }

  /**
   * Renders the comparison with the values looked up, e.g. {@code item.chip.tpp 15832 >=
   * params.tppA1 4800: true}. Lists on the right of {@code in} are named, not printed.
   */
  public String explain(FactLookup facts) {
    if (VALUE.equals(operator)) {
      return left.render(facts, true);
    }
    Object l = left.value(facts);
    Object r = right.value(facts);
    boolean showRight =
        !("in".equals(operator) && (r instanceof List<?> || r instanceof StringSet));
    Boolean t = (l == null || r == null) ? null : test(l, r);
    if (t == null && l == null && r instanceof Double && left.fact() != null) {
      Bounds b = facts.bounds(left.fact());
      // An ordering test is monotone, so it holds throughout the bounds if it holds at both ends.
      if (b != null && !"==".equals(operator) && !"!=".equals(operator)) {
        Boolean atMin = test(b.min(), r);
        t = atMin != null && atMin.equals(test(b.max(), r)) ? atMin : null;
      }
    }
    return left.render(facts, true)
        + " "
        + operator
        + " "
        + right.render(facts, showRight)
        + ": "
        + (t == null ? "unknown" : t.toString());
  }

  private Boolean test(Object l, Object r) {
    if ("in".equals(operator)) {
      if (r instanceof StringSet set) {
        return l instanceof String str && set.contains(str);
      }
      return r instanceof List<?> list ? list.contains(l) : null;
    }
    if (l instanceof Double a && r instanceof Double b) {
      int c = Double.compare(a, b);
      return switch (operator) {
        case ">=" -> c >= 0;
        case ">" -> c > 0;
        case "<=" -> c <= 0;
        case "<" -> c < 0;
        case "==" -> c == 0;
        case "!=" -> c != 0;
        default -> null;
      };
    }
    return switch (operator) {
      case "==" -> l.equals(r);
      case "!=" -> !l.equals(r);
      default -> null;
    };
  }

  /** Shows a fact value for answers: numbers without a needless ".0", unknowns as "(unknown)". */
  public static String show(Object v) {
    if (v == null) {
      return "(unknown)";
    }
    if (v instanceof Double d) {
      return number(d);
    }
    if (v instanceof String s) {
      return s.isEmpty() ? "''" : s;
    }
    return String.valueOf(v);
  }

  /**
   * Formats a number with at most four decimals and no trailing zeros; below 0.1, with six
   * significant digits.
   */
  public static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.valueOf((long) d);
    }
    if (d != 0 && Math.abs(d) < 0.1 && Double.isFinite(d)) {
      // Small numbers (shares such as 0.000999) keep six significant digits, so that a value
      // just under a threshold never shows as the threshold itself.
      return new java.math.BigDecimal(d)
          .round(new java.math.MathContext(6))
          .stripTrailingZeros()
          .toPlainString();
    }
    if (!Double.isFinite(d)) {
      return String.valueOf(d);
    }
    String s =
        new java.math.BigDecimal(d)
            .setScale(4, java.math.RoundingMode.HALF_EVEN)
            .stripTrailingZeros()
            .toPlainString();
    return s.equals("-0") ? "0" : s;
  }
}
