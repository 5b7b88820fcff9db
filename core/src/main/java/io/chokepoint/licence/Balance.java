package io.chokepoint.licence;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much of a licence has been drawn, net of returns and adjustments, and where each share cap
 * stands. Values are in the licence's value-limit currency. Immutable: every operation returns a
 * new balance.
 *
 * @param quantity the units drawn
 * @param value the value drawn
 * @param capped per share-cap id, the measure drawn to the capped countries
 * @param reference per share-cap id, the measure shipped to the reference countries (supplied by
 *     whoever keeps the shipments; zero when not given)
 */
public record Balance(
    BigDecimal quantity,
    BigDecimal value,
    Map<String, BigDecimal> capped,
    Map<String, BigDecimal> reference) {

  /** Nothing drawn, no reference shipments. */
  public static final Balance ZERO =
      new Balance(BigDecimal.ZERO, BigDecimal.ZERO, Map.of(), Map.of());

  public Balance {
    capped = Map.copyOf(new TreeMap<>(capped));
    reference = Map.copyOf(new TreeMap<>(reference));
  }

  /** Drawn quantity and value, no cap standings. */
  public static Balance of(BigDecimal quantity, BigDecimal value) {
    return new Balance(quantity, value, Map.of(), Map.of());
  }

  /** The measure drawn to a cap's capped countries. */
  public BigDecimal capped(String capId) {
    return capped.getOrDefault(capId, BigDecimal.ZERO);
  }

  /** The measure shipped to a cap's reference countries. */
  public BigDecimal reference(String capId) {
    return reference.getOrDefault(capId, BigDecimal.ZERO);
  }

  /** The same balance with a cap's reference shipments set. */
  public Balance withReference(String capId, BigDecimal shipped) {
    Map<String, BigDecimal> r = new TreeMap<>(reference);
    r.put(capId, shipped);
    return new Balance(quantity, value, capped, r);
  }

  /**
   * The balance after a movement under the licence: a drawdown (sign +1) or a return (sign -1),
   * counted against every share cap whose capped countries include the destination.
   *
   * @param licence the licence, for its share caps
   * @param movement what moves
   * @param sign +1 to draw, -1 to give back
   */
  public Balance move(Licence licence, Movement movement, int sign) {
    BigDecimal q = movement.quantity().multiply(BigDecimal.valueOf(sign));
    BigDecimal v =
        movement.value() == null
            ? BigDecimal.ZERO
            : movement.value().multiply(BigDecimal.valueOf(sign));
    Map<String, BigDecimal> c = new TreeMap<>(capped);
    for (LicenceCondition.ShareCap cap : licence.shareCaps()) {
      if (cap.capped().contains(movement.destination())) {
        BigDecimal m = cap.measure() == LicenceCondition.Measure.QUANTITY ? q : v;
        c.merge(cap.id(), m, BigDecimal::add);
      }
    }
    return new Balance(quantity.add(q), value.add(v), c, reference);
  }

  /** The balance after a signed adjustment of the drawn totals (share caps are not touched). */
  public Balance adjust(BigDecimal quantityDelta, BigDecimal valueDelta) {
    return new Balance(quantity.add(quantityDelta), value.add(valueDelta), capped, reference);
  }
}
