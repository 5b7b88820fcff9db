package io.chokepoint.whatif;

import io.chokepoint.source.Canonical;
import io.chokepoint.source.Node;
import io.chokepoint.source.Node.MapNode;
import io.chokepoint.source.Position;
import io.chokepoint.transaction.EndUse;
import io.chokepoint.transaction.Item;
import io.chokepoint.transaction.Owner;
import io.chokepoint.transaction.Party;
import io.chokepoint.transaction.Route;
import io.chokepoint.transaction.Transaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an order into the transaction it would ship as, under one catalogue: the exporter and the
 * customer as parties, one item per line (the product, with the line's id and quantity). The
 * transaction's canonical input is a transaction file in the format of {@code chokepoint check}:
 * writing it out and checking it gives the same answer, which is how a what-if answer can be
 * checked order by order.
 */
public final class OrderComposer {
  private OrderComposer() {}

  /**
   * Composes the transaction of an order.
   *
   * @param order the order
   * @param book the order book that names its exporter and customer
   * @param catalogue the catalogue whose products its lines name
   * @return the transaction
   * @throws IllegalArgumentException if the order names a party or product that is not there
   */
  public static Transaction compose(Order order, OrderBook book, Catalogue catalogue) {
    Party exporter = require(book.exporters().get(order.exporter()), "exporter", order);
    Party customer = require(book.customers().get(order.customer()), "customer", order);
    Position at = order.position();
    List<Item> items = new ArrayList<>();
    List<Node> itemNodes = new ArrayList<>();
    for (Order.Line l : order.lines()) {
      Product p =
          require(catalogue.product(l.sku()).orElse(null), "product " + l.sku() + " for", order);
      Item t = p.item();
      items.add(
          new Item(
              l.id(),
              t.description(),
              l.quantity(),
              t.unitValue(),
              t.origin(),
              t.chip(),
              t.chipName(),
              t.material(),
              t.classification(),
              t.bom(),
              t.madeWithChineseRareEarthTechnology(),
              t.subjectToEar(),
              t.position()));
      MapNode item = Nodes.with(p.itemNode(), "id", Nodes.text(at, "id", l.id()));
      itemNodes.add(Nodes.with(item, "quantity", Nodes.number(at, "quantity", l.quantity())));
    }
    Map<String, Node> doc = new LinkedHashMap<>();
    doc.put("id", Nodes.text(at, "id", order.id()));
    doc.put("date", Nodes.text(at, "date", order.date().toString()));
    Map<String, Node> route = new LinkedHashMap<>();
    route.put("from", Nodes.text(at, "route.from", order.from()));
    route.put("to", Nodes.text(at, "route.to", order.to()));
    doc.put("route", Nodes.map(at, "route", route));
    doc.put(
        "parties",
        new Node.ListNode(at, "parties", List.of(party(exporter, at), party(customer, at))));
    if (order.endUse() != null) {
      doc.put("endUse", endUse(order.endUse(), at));
    }
    if (!order.facts().isEmpty()) {
      doc.put("facts", facts(order.facts(), at));
    }
    doc.put("items", new Node.ListNode(at, "items", itemNodes));
    String input = Canonical.json(Nodes.map(at, "", doc));
    return new Transaction(
        order.id(),
        order.date(),
        new Route(order.from(), order.to()),
        List.of(exporter, customer),
        order.endUse(),
        order.facts(),
        items,
        Canonical.hashOf(input),
        input,
        at);
  }

  private static <T> T require(T value, String what, Order order) {
    if (value == null) {
      throw new IllegalArgumentException("no " + what + " order " + order.id());
    }
    return value;
  }

  private static Node party(Party p, Position at) {
    Map<String, Node> m = new LinkedHashMap<>();
    m.put("role", Nodes.text(at, "role", p.role()));
    m.put("name", Nodes.text(at, "name", p.name()));
    m.put("country", Nodes.text(at, "country", p.country()));
    if (p.headquarters() != null) {
      m.put("headquarters", Nodes.text(at, "headquarters", p.headquarters()));
    }
    if (p.militaryEndUser() != null) {
      m.put("militaryEndUser", Nodes.bool(at, "militaryEndUser", p.militaryEndUser()));
    }
    if (!p.otherNames().isEmpty()) {
      m.put("otherNames", Nodes.strings(at, "otherNames", p.otherNames()));
    }
    if (!p.lists().isEmpty()) {
      m.put("lists", Nodes.strings(at, "lists", p.lists()));
    }
    if (p.owners() != null) {
      List<Node> owners = new ArrayList<>();
      for (Owner o : p.owners()) {
        Map<String, Node> om = new LinkedHashMap<>();
        om.put("name", Nodes.text(at, "name", o.name()));
        om.put("share", Nodes.number(at, "share", o.share()));
        if (!o.lists().isEmpty()) {
          om.put("lists", Nodes.strings(at, "lists", o.lists()));
        }
        owners.add(Nodes.map(at, "owners", om));
      }
      m.put("owners", new Node.ListNode(at, "owners", owners));
    }
    return Nodes.map(at, "parties", m);
  }

  private static Node endUse(EndUse e, Position at) {
    Map<String, Node> m = new LinkedHashMap<>();
    if (e.purpose() != null) {
      m.put("purpose", Nodes.text(at, "endUse.purpose", e.purpose()));
    }
    if (e.logicNodeNm() != null) {
      m.put("logicNodeNm", Nodes.number(at, "endUse.logicNodeNm", e.logicNodeNm()));
    }
    if (e.memoryLayers() != null) {
      m.put("memoryLayers", Nodes.number(at, "endUse.memoryLayers", e.memoryLayers()));
    }
    if (e.militaryApplication() != null) {
      m.put(
          "militaryApplication",
          Nodes.bool(at, "endUse.militaryApplication", e.militaryApplication()));
    }
    return Nodes.map(at, "endUse", m);
  }

  private static Node facts(Map<String, Object> facts, Position at) {
    Map<String, Node> m = new LinkedHashMap<>();
    new java.util.TreeMap<>(facts)
        .forEach(
            (k, v) -> {
              String path = "facts." + k;
              if (v instanceof Boolean b) {
                m.put(k, Nodes.bool(at, path, b));
              } else if (v instanceof Number n) {
                m.put(k, Nodes.number(at, path, n.doubleValue()));
              } else if (v instanceof List<?> l) {
                m.put(k, Nodes.strings(at, path, l.stream().map(String::valueOf).toList()));
              } else {
                m.put(k, Nodes.text(at, path, String.valueOf(v)));
              }
            });
    return Nodes.map(at, "facts", m);
  }
}
