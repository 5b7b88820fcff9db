package io.chokepoint.whatif;

import io.chokepoint.determine.Outcome;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a scenario does to one order: the order's identity and value, the overall answer before and
 * after, every regime whose answer changes, and what it would draw on licences. Computed for each
 * order on its own ({@link WhatIf#run}); reports are sums over these ({@link Exposure}).
 *
 * @param order the order id
 * @param date the planned shipment date
 * @param customer the customer's id
 * @param customerName the customer's name
 * @param destination the destination country
 * @param lines the order lines with their values
 * @param asOfBefore the date the baseline was evaluated on
 * @param asOfAfter the date the scenario was evaluated on
 * @param before the baseline's overall outcome
 * @param after the scenario's overall outcome
 * @param changes the regimes whose answer changes; empty when the order is unaffected
 * @param diff the answer changes as {@code chokepoint replay} words them (overall, outcome, review,
 *     rules that now fire or no longer fire), with the identities that differ
 * @param demand the licence lines drawn under either side, when licences were given
 */
public record OrderResult(
    String order,
    LocalDate date,
    String customer,
    String customerName,
    String destination,
    List<Line> lines,
    LocalDate asOfBefore,
    LocalDate asOfAfter,
    Outcome before,
    Outcome after,
    List<RegimeChange> changes,
    List<String> diff,
    List<LicenceDemand> demand)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public OrderResult {
    lines = List.copyOf(lines);
    changes = List.copyOf(changes);
    diff = List.copyOf(diff);
    demand = List.copyOf(demand);
  }

  /** The order's value: its lines' values, by currency. */
  public Amounts value() {
    Amounts v = Amounts.NONE;
    for (Line l : lines) {
      v = v.plus(Amounts.of(l.value(), l.currency()));
    }
    return v;
  }

  /** Whether any regime's answer changes. */
  public boolean changed() {
    return !changes.isEmpty();
  }

  /** Whether the scenario newly requires a licence under some regime or prohibits the order. */
  public boolean atStake() {
    return changes.stream().anyMatch(c -> c.kind().atStake());
  }

  /** Whether some regime's answer becomes open (and none puts the order at stake). */
  public boolean inDoubt() {
    return !atStake() && changes.stream().anyMatch(c -> c.kind() == ChangeKind.NEWLY_INDETERMINATE);
  }

  /**
   * An order line with its value.
   *
   * @param line the line id
   * @param sku the product
   * @param description the product's description
   * @param quantity the units
   * @param value quantity times the product's unit value
   * @param currency the value's currency
   */
  public record Line(
      String line,
      String sku,
      String description,
      BigDecimal quantity,
      BigDecimal value,
      String currency)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }
}
