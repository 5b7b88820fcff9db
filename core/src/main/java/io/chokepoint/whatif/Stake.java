package io.chokepoint.whatif;

import java.io.Serializable;

/**
 * What is at stake in one group of orders (one regime, customer, product or country): the orders
 * that newly need a licence or are newly prohibited and their value, and apart from them the orders
 * whose answer becomes open (INDETERMINATE) and their value.
 *
 * @param orders the orders at stake
 * @param value their value (for a product: its lines' value)
 * @param doubtOrders the orders in doubt
 * @param doubtValue their value
 */
public record Stake(int orders, Amounts value, int doubtOrders, Amounts doubtValue)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Nothing at stake. */
  public static final Stake NONE = new Stake(0, Amounts.NONE, 0, Amounts.NONE);

  /** One order at stake (or in doubt) with a value. */
  static Stake of(boolean doubt, Amounts value) {
    return doubt ? new Stake(0, Amounts.NONE, 1, value) : new Stake(1, value, 0, Amounts.NONE);
  }

  /** The sum of both. */
  public Stake plus(Stake other) {
    return new Stake(
        orders + other.orders,
        value.plus(other.value),
        doubtOrders + other.doubtOrders,
        doubtValue.plus(other.doubtValue));
  }
}
