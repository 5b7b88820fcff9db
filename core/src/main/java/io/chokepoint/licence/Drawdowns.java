package io.chokepoint.licence;

import io.chokepoint.content.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of a licence's balance: drawdowns, returns, adjustments and expiry, each decided
 * against the licence and its balance without side effects. The store applies an accepted
 * decision's balance inside the transaction that locked the licence.
 *
 * <p>Invariants, for any sequence of accepted decisions: the drawn quantity and value never go
 * below zero, and never above the licence's limits except by an adjustment that the licence's limit
 * allows.
 */
public final class Drawdowns {
  private Drawdowns() {}

  /**
   * Decides a drawdown of a line's quantity and value. Every test of {@link LicenceMatcher}
   * applies: a drawdown is a match that then takes the amounts.
   *
   * @param licence the licence
   * @param balance its balance
   * @param line the line, with the quantity and value to draw (in the licence's currency)
   */
  public static DrawdownDecision draw(Licence licence, Balance balance, LicenceLine line) {
    List<Shortfall> reasons = new ArrayList<>(positive(line.quantity(), line.value()));
    if (reasons.isEmpty()) {
      reasons.addAll(LicenceMatcher.shortfalls(licence, balance, line));
    }
    if (!reasons.isEmpty()) {
      return new DrawdownDecision.Rejected(reasons);
    }
    return new DrawdownDecision.Accepted(
        balance.move(licence, movement(line.quantity(), line.value(), line.destination()), 1),
        licence.riders());
  }

  /**
   * Decides a return: units that did not ship, or came back, credited to the licence. A return can
   * give back at most what is still drawn by the drawdown it returns, so the drawn totals never go
   * below zero.
   *
   * @param licence the licence
   * @param balance its balance
   * @param drawnNet what the returned drawdown still holds (its amounts less earlier returns)
   * @param returned what is returned, with the drawdown's destination
   */
  public static DrawdownDecision giveBack(
      Licence licence, Balance balance, Movement drawnNet, Movement returned) {
    List<Shortfall> reasons = new ArrayList<>(positive(returned.quantity(), null));
    if (returned.value() != null && returned.value().signum() < 0) {
      reasons.add(invalid("a returned value must not be negative"));
    }
    if (returned.quantity().compareTo(drawnNet.quantity()) > 0) {
      reasons.add(
          invalid(
              LicenceMatcher.plain(returned.quantity())
                  + " units returned, the drawdown holds "
                  + LicenceMatcher.plain(drawnNet.quantity())));
    }
    BigDecimal netValue = drawnNet.value() == null ? BigDecimal.ZERO : drawnNet.value();
    if (returned.value() != null && returned.value().compareTo(netValue) > 0) {
      reasons.add(
          invalid(
              "value "
                  + LicenceMatcher.plain(returned.value())
                  + " returned, the drawdown holds "
                  + LicenceMatcher.plain(netValue)));
    }
    Balance after = balance.move(licence, returned, -1);
    if (reasons.isEmpty() && (after.quantity().signum() < 0 || after.value().signum() < 0)) {
      // A downward adjustment may already have taken back what this drawdown holds.
      reasons.add(
          invalid(
              "the licence's drawn totals would go below zero ("
                  + LicenceMatcher.plain(after.quantity())
                  + " units, value "
                  + LicenceMatcher.plain(after.value())
                  + ")"));
    }
    if (!reasons.isEmpty()) {
      return new DrawdownDecision.Rejected(reasons);
    }
    return new DrawdownDecision.Accepted(after, List.of());
  }

  /**
   * Decides an adjustment of the drawn totals, such as a correction after a customs query. The
   * result must stay between zero and the licence's limits.
   *
   * @param licence the licence
   * @param balance its balance
   * @param quantityDelta the signed change of the drawn quantity
   * @param valueDelta the signed change of the drawn value
   * @param reason why; required
   */
  public static DrawdownDecision adjust(
      Licence licence,
      Balance balance,
      BigDecimal quantityDelta,
      BigDecimal valueDelta,
      String reason) {
    List<Shortfall> reasons = new ArrayList<>();
    if (reason == null || reason.isBlank()) {
      reasons.add(invalid("an adjustment needs a reason"));
    }
    if (quantityDelta.signum() == 0 && valueDelta.signum() == 0) {
      reasons.add(invalid("an adjustment must change the quantity or the value"));
    }
    Balance after = balance.adjust(quantityDelta, valueDelta);
    if (after.quantity().signum() < 0) {
      reasons.add(
          invalid(
              "the drawn quantity would be "
                  + LicenceMatcher.plain(after.quantity())
                  + "; it cannot go below zero"));
    }
    if (after.value().signum() < 0) {
      reasons.add(
          invalid(
              "the drawn value would be "
                  + LicenceMatcher.plain(after.value())
                  + "; it cannot go below zero"));
    }
    if (licence.quantityLimit() != null
        && quantityDelta.signum() > 0
        && after.quantity().compareTo(licence.quantityLimit()) > 0) {
      reasons.add(
          new Shortfall(
              Shortfall.Kind.NOT_ENOUGH_QUANTITY,
              "the drawn quantity would be "
                  + LicenceMatcher.plain(after.quantity())
                  + ", above the limit "
                  + LicenceMatcher.plain(licence.quantityLimit())));
    }
    if (licence.valueLimit() != null
        && valueDelta.signum() > 0
        && after.value().compareTo(licence.valueLimit().amount()) > 0) {
      reasons.add(
          new Shortfall(
              Shortfall.Kind.NOT_ENOUGH_VALUE,
              "the drawn value would be "
                  + LicenceMatcher.plain(after.value())
                  + ", above the limit "
                  + LicenceMatcher.plain(licence.valueLimit().amount())));
    }
    return reasons.isEmpty()
        ? new DrawdownDecision.Accepted(after, List.of())
        : new DrawdownDecision.Rejected(reasons);
  }

  /**
   * Decides the expiry of a licence on a day after its last day: its status becomes expired and
   * what was left lapses. The balance does not change; the notes say what lapsed.
   *
   * @param licence the licence
   * @param balance its balance
   * @param day the day of the expiry run
   */
  public static DrawdownDecision expire(Licence licence, Balance balance, LocalDate day) {
    List<Shortfall> reasons = new ArrayList<>();
    if (!day.isAfter(licence.validTo())) {
      reasons.add(
          invalid("the licence is valid to " + licence.validTo() + "; it cannot expire on " + day));
    }
    if (licence.status() == LicenceStatus.EXPIRED || licence.status() == LicenceStatus.REVOKED) {
      reasons.add(invalid("the licence is already " + licence.status().code()));
    }
    if (!reasons.isEmpty()) {
      return new DrawdownDecision.Rejected(reasons);
    }
    List<String> notes = new ArrayList<>();
    if (licence.quantityLimit() != null) {
      notes.add(
          "lapsed: "
              + LicenceMatcher.plain(
                  licence.quantityLimit().subtract(balance.quantity()).max(BigDecimal.ZERO))
              + " units undrawn of "
              + LicenceMatcher.plain(licence.quantityLimit()));
    }
    if (licence.valueLimit() != null) {
      notes.add(
          "lapsed: "
              + LicenceMatcher.money(
                  licence.valueLimit().amount().subtract(balance.value()).max(BigDecimal.ZERO),
                  licence.valueLimit().currency())
              + " undrawn");
    }
    return new DrawdownDecision.Accepted(balance, notes);
  }

  private static Movement movement(BigDecimal quantity, Money value, String destination) {
    return new Movement(quantity, value == null ? null : value.amount(), destination);
  }

  private static List<Shortfall> positive(BigDecimal quantity, Money value) {
    List<Shortfall> out = new ArrayList<>();
    if (quantity == null || quantity.signum() <= 0) {
      out.add(invalid("the quantity must be positive"));
    }
    if (value != null && value.amount().signum() < 0) {
      out.add(invalid("the value must not be negative"));
    }
    return out;
  }

  private static Shortfall invalid(String message) {
    return new Shortfall(Shortfall.Kind.INVALID_REQUEST, message);
  }
}
