package io.chokepoint.whatif;

import io.chokepoint.transaction.Party;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The open orders with the exporters and customers they name, as an order file holds them.
 *
 * @param exporters the exporters by id, each a party of role exporter
 * @param customers the customers by id, each a party of a recipient role (end-user by default)
 * @param orders the orders, in file order
 * @param file where it was read from
 */
public record OrderBook(
    Map<String, Party> exporters, Map<String, Party> customers, List<Order> orders, String file) {
  public OrderBook {
    exporters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(exporters));
    customers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(customers));
    orders = List.copyOf(orders);
  }

  /** The same parties with other orders, e.g. one partition's share. */
  public OrderBook withOrders(List<Order> some) {
    return new OrderBook(exporters, customers, some, file);
  }

  /** The customer with the id. */
  public Optional<Party> customer(String id) {
    return Optional.ofNullable(customers.get(id));
  }
}
