package io.chokepoint.whatif;

import io.chokepoint.source.Codes;
import io.chokepoint.source.Fields;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Node;
import io.chokepoint.source.Node.MapNode;
import io.chokepoint.source.SourceException;
import io.chokepoint.source.SourceReader;
import io.chokepoint.transaction.EndUse;
import io.chokepoint.transaction.Party;
import io.chokepoint.transaction.TransactionReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads order files (docs/formats.md, "Orders and catalogue"): {@code exporters} and {@code
 * customers}, each a party as a transaction file writes it with an {@code id}, and {@code orders}
 * whose lines name catalogue products. Every problem names file, line and field, unknown keys
 * included; a file with any problem yields nothing.
 */
public final class OrderReader {
  private final TransactionReader parts;
  private final Catalogue catalogue;

  /**
   * Creates a reader.
   *
   * @param parts reads the parties, end uses and facts as a transaction file would
   * @param catalogue the products the lines may name
   */
  public OrderReader(TransactionReader parts, Catalogue catalogue) {
    this.parts = parts;
    this.catalogue = catalogue;
  }

  /**
   * Reads an order file.
   *
   * @throws SourceException listing every problem
   */
  public OrderBook read(Path file, String displayName) {
    return parse(SourceReader.read(file, displayName), displayName);
  }

  /**
   * Reads orders from text; a display name ending in {@code .json} reads JSON.
   *
   * @throws SourceException listing every problem
   */
  public OrderBook parse(String text, String displayName) {
    return parse(SourceReader.parse(text, displayName), displayName);
  }

  private OrderBook parse(Node root, String displayName) {
    Issues issues = new Issues();
    Fields top = Fields.of(root, issues, null);
    Map<String, Party> exporters = parties(top, "exporters", true, issues);
    Map<String, Party> customers = parties(top, "customers", false, issues);
    List<Order> orders = new ArrayList<>();
    Map<String, Node> ids = new HashMap<>();
    if (!top.has("orders") && root instanceof MapNode) {
      issues.add(root, null, "required field 'orders' is missing");
    }
    for (Node n : top.list("orders")) {
      Order o = order(Fields.of(n, issues, null), exporters, customers);
      if (o != null && ids.putIfAbsent(o.id(), n) != null) {
        issues.add(n, o.id(), "duplicate order id (first at " + ids.get(o.id()).position() + ")");
      } else if (o != null) {
        orders.add(o);
      }
    }
    top.end();
    if (!issues.isEmpty()) {
      throw new SourceException("invalid order file " + displayName, issues.toList());
    }
    return new OrderBook(exporters, customers, orders, displayName);
  }

  private Map<String, Party> parties(Fields top, String key, boolean exporter, Issues issues) {
    Map<String, Party> out = new LinkedHashMap<>();
    List<Node> nodes = top.list(key);
    if (nodes.isEmpty() && top.node() instanceof MapNode) {
      issues.add(top.position(), null, key, key + ": must list at least one party");
    }
    for (Node n : nodes) {
      if (!(n instanceof MapNode m)) {
        issues.add(n, null, "expected a mapping but found " + n.kind());
        continue;
      }
      Fields f = Fields.of(m, issues, null);
      String id = f.requiredString("id");
      String role = Nodes.textOf(m, "role");
      if (exporter && m.fields().containsKey("role")) {
        issues.add(m.fields().get("role"), id, "an exporter's role is exporter: leave role out");
      } else if (!exporter && "exporter".equals(role)) {
        issues.add(m.fields().get("role"), id, "a customer is a recipient, not an exporter");
      }
      MapNode party = Nodes.without(m, Set.of("id"));
      if (exporter || role == null) {
        String r = exporter ? "exporter" : "end-user";
        party = Nodes.with(party, "role", Nodes.text(m.position(), m.path() + ".role", r));
      }
      Party p = parts.readParty(party, id, issues);
      if (id != null && p != null && out.putIfAbsent(id, p) != null) {
        issues.add(m, id, "duplicate id '" + id + "' in " + key);
      }
    }
    return out;
  }

  private Order order(Fields f, Map<String, Party> exporters, Map<String, Party> customers) {
    int before = f.issues().size();
    String id = f.requiredString("id");
    f = f.withSubject(id == null ? "order" : "order " + id);
    LocalDate date = f.requiredDate("date");
    String exporterId = f.optionalString("exporter");
    if (exporterId == null && exporters.size() == 1) {
      exporterId = exporters.keySet().iterator().next();
    } else if (exporterId == null && f.node() instanceof MapNode) {
      f.issues()
          .add(f.position(), f.subject(), "exporter", "name the exporter: the file has several");
    } else if (exporterId != null && !exporters.containsKey(exporterId)) {
      f.issues().add(f.raw("exporter"), f.subject(), "no exporter with id '" + exporterId + "'");
    }
    String customerId = f.requiredString("customer");
    if (customerId != null && !customers.containsKey(customerId)) {
      f.issues().add(f.raw("customer"), f.subject(), "no customer with id '" + customerId + "'");
    }
    String from = Codes.country(f, "from", false);
    String to = Codes.country(f, "to", false);
    Node e = f.raw("endUse");
    EndUse endUse = e == null ? null : parts.readEndUse(e, f.subject(), f.issues());
    Node fx = f.raw("facts");
    Map<String, Object> facts =
        fx == null ? Map.of() : parts.readFacts(fx, f.subject(), f.issues());
    List<Order.Line> lines = new ArrayList<>();
    List<Node> lineNodes = f.list("lines");
    if (lineNodes.isEmpty() && f.node() instanceof MapNode) {
      f.issues().add(f.position(), f.subject(), "lines", "an order needs at least one line");
    }
    for (int i = 0; i < lineNodes.size(); i++) {
      Order.Line l = line(Fields.of(lineNodes.get(i), f.issues(), f.subject()), i);
      if (l != null && lines.stream().anyMatch(o -> o.id().equals(l.id()))) {
        f.issues().add(lineNodes.get(i), f.subject(), "duplicate line id '" + l.id() + "'");
      } else if (l != null) {
        lines.add(l);
      }
    }
    f.end();
    if (f.issues().size() > before) {
      return null;
    }
    Party exporter = exporters.get(exporterId);
    Party customer = customers.get(customerId);
    return new Order(
        id,
        date,
        exporterId,
        customerId,
        from != null ? from : exporter.country(),
        to != null ? to : customer.country(),
        endUse,
        facts,
        lines,
        f.position());
  }

  private Order.Line line(Fields l, int index) {
    String id = l.optionalString("id");
    String sku = l.requiredString("product");
    Double quantity = l.requiredNumber("quantity");
    l.end();
    if (sku != null && catalogue.product(sku).isEmpty()) {
      l.issues()
          .add(l.raw("product"), l.subject(), "no product '" + sku + "' in " + catalogue.file());
      return null;
    }
    if (quantity != null && quantity <= 0) {
      l.issues().add(l.raw("quantity"), l.subject(), "quantity must be greater than zero");
      return null;
    }
    if (sku == null || quantity == null) {
      return null;
    }
    return new Order.Line(id != null ? id : "L" + (index + 1), sku, quantity);
  }
}
