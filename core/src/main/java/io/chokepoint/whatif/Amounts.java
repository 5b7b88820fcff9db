package io.chokepoint.whatif;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Sums of money by currency. Values in different currencies are kept apart, never converted.
 *
 * @param byCurrency the sum in each currency, by ISO 4217 code
 */
public record Amounts(Map<String, BigDecimal> byCurrency) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** No money. */
  public static final Amounts NONE = new Amounts(Map.of());

  public Amounts {
    byCurrency = java.util.Collections.unmodifiableMap(new TreeMap<>(byCurrency));
  }

  /** An amount in one currency; nothing when either is {@code null}. */
  public static Amounts of(BigDecimal amount, String currency) {
    return amount == null || currency == null ? NONE : new Amounts(Map.of(currency, amount));
  }

  /** The sum of both. */
  public Amounts plus(Amounts other) {
    if (other.byCurrency.isEmpty()) {
      return this;
    }
    Map<String, BigDecimal> m = new TreeMap<>(byCurrency);
    other.byCurrency.forEach((c, a) -> m.merge(c, a, BigDecimal::add));
    return new Amounts(m);
  }

  /** The amount in one currency, zero when there is none. */
  public BigDecimal in(String currency) {
    return byCurrency.getOrDefault(currency, BigDecimal.ZERO);
  }

  /** Whether there is no money at all. */
  public boolean isEmpty() {
    return byCurrency.values().stream().allMatch(a -> a.signum() == 0);
  }

  /** As a person reads it: {@code USD 12,000.00; EUR 5.00}, or {@code 0}. */
  @Override
  public String toString() {
    if (byCurrency.isEmpty()) {
      return "0";
    }
    return byCurrency.entrySet().stream()
        .map(e -> e.getKey() + " " + String.format(java.util.Locale.ROOT, "%,.2f", e.getValue()))
        .collect(Collectors.joining("; "));
  }
}
