package io.chokepoint.whatif;

import io.chokepoint.content.Money;
import io.chokepoint.licence.Licence;
import io.chokepoint.licence.LicenceMatcher;
import java.math.BigDecimal;
import java.util.List;
import java.util.SortedSet;

/**
 * Whether a licence would be exhausted: what is drawn on it already, what the open orders that need
 * a licence it could cover would draw under each side, and whether that is more than it allows.
 * Share caps are not checked here: they depend on shipments to the reference countries.
 *
 * @param licence the licence number
 * @param kind its kind, as licence files spell it
 * @param holder who holds it
 * @param regime the regime whose requirement it meets, or {@code null} for an internal approval
 * @param quantityLimit the units it allows, or {@code null} for no limit
 * @param valueLimit the value it allows, or {@code null} for no limit
 * @param drawnQuantity units drawn already
 * @param drawnValue value drawn already, in the limit's currency
 * @param demand what each side would draw
 * @param exhaustedBefore whether the baseline's orders already ask for more than is left
 * @param exhaustedAfter whether the scenario's orders ask for more than is left
 */
public record LicenceExposure(
    String licence,
    String kind,
    String holder,
    String regime,
    BigDecimal quantityLimit,
    Money valueLimit,
    BigDecimal drawnQuantity,
    BigDecimal drawnValue,
    Exposure.Demand demand,
    boolean exhaustedBefore,
    boolean exhaustedAfter) {

  /** Whether the scenario exhausts a licence the baseline does not. */
  public boolean newlyExhausted() {
    return exhaustedAfter && !exhaustedBefore;
  }

  /** The orders the scenario newly asks the licence for. */
  public SortedSet<String> newOrders() {
    return demand.newOrders();
  }

  /**
   * The exposure of each licence, in the order given.
   *
   * @param licences the licences with their balances
   * @param exposure the sums over the orders
   */
  public static List<LicenceExposure> of(
      List<LicenceMatcher.Standing> licences, Exposure exposure) {
    return licences.stream().map(s -> of(s, exposure)).toList();
  }

  private static LicenceExposure of(LicenceMatcher.Standing s, Exposure exposure) {
    Licence l = s.licence();
    Exposure.Demand d =
        exposure
            .licenceDemand()
            .getOrDefault(
                l.number(),
                new Exposure.Demand(
                    BigDecimal.ZERO,
                    Amounts.NONE,
                    BigDecimal.ZERO,
                    Amounts.NONE,
                    new java.util.TreeSet<>()));
    return new LicenceExposure(
        l.number(),
        l.kind().code(),
        l.holder(),
        l.authority().regime(),
        l.quantityLimit(),
        l.valueLimit(),
        s.balance().quantity(),
        s.balance().value(),
        d,
        exceeds(l, s, d.baselineQuantity(), d.baselineValue()),
        exceeds(l, s, d.scenarioQuantity(), d.scenarioValue()));
  }

  private static boolean exceeds(
      Licence l, LicenceMatcher.Standing s, BigDecimal quantity, Amounts value) {
    if (l.quantityLimit() != null
        && s.balance().quantity().add(quantity).compareTo(l.quantityLimit()) > 0) {
      return true;
    }
    Money limit = l.valueLimit();
    return limit != null
        && s.balance().value().add(value.in(limit.currency())).compareTo(limit.amount()) > 0;
  }
}
