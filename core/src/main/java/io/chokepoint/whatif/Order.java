package io.chokepoint.whatif;

import io.chokepoint.source.Position;
import io.chokepoint.transaction.EndUse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An open order: who ships what to whom, when, for what use. Its lines refer to catalogue products
 * and its parties to the order book's exporters and customers, so one order becomes a transaction
 * under each catalogue a scenario makes ({@link OrderComposer}).
 *
 * @param id the order id, unique in the order book
 * @param date the planned shipment date, the default evaluation date
 * @param exporter the exporter's id in the order book
 * @param customer the customer's id in the order book
 * @param from the country the goods leave
 * @param to the destination country
 * @param endUse the end use, or {@code null} if not given
 * @param facts further facts the rule packs declare, by name
 * @param lines the order lines, at least one
 * @param position where the order is written
 */
public record Order(
    String id,
    LocalDate date,
    String exporter,
    String customer,
    String from,
    String to,
    EndUse endUse,
    Map<String, Object> facts,
    List<Line> lines,
    Position position) {
  public Order {
    facts = Map.copyOf(facts);
    lines = List.copyOf(lines);
  }

  /**
   * An order line.
   *
   * @param id the line id, unique in the order (the transaction's item id)
   * @param sku the product
   * @param quantity the units, more than zero
   */
  public record Line(String id, String sku, double quantity) {}
}
