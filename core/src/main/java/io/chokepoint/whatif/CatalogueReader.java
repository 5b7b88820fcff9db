package io.chokepoint.whatif;

import io.chokepoint.source.Fields;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Node;
import io.chokepoint.source.Node.ListNode;
import io.chokepoint.source.Node.MapNode;
import io.chokepoint.source.Node.ScalarNode;
import io.chokepoint.source.SourceException;
import io.chokepoint.source.SourceReader;
import io.chokepoint.transaction.Item;
import io.chokepoint.transaction.TransactionReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads product catalogues (docs/formats.md, "Orders and catalogue"): a list of products, each an
 * item as a transaction file writes it (without {@code id} and {@code quantity}) with a {@code
 * sku}, whose bill-of-materials lines may name their {@code supplier}. Each product is validated as
 * a transaction item; every problem names file, line and field, and a catalogue with any problem
 * yields nothing.
 */
public final class CatalogueReader {
  private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

  private final TransactionReader items;

  /**
   * Creates a reader.
   *
   * @param items reads each product as a transaction item (it resolves chip names)
   */
  public CatalogueReader(TransactionReader items) {
    this.items = items;
  }

  /**
   * Reads a catalogue file.
   *
   * @throws SourceException listing every problem
   */
  public Catalogue read(Path file, String displayName) {
    return parse(SourceReader.read(file, displayName), displayName);
  }

  /**
   * Reads a catalogue from text; a display name ending in {@code .json} reads JSON.
   *
   * @throws SourceException listing every problem
   */
  public Catalogue parse(String text, String displayName) {
    return parse(SourceReader.parse(text, displayName), displayName);
  }

  private Catalogue parse(Node root, String displayName) {
    Issues issues = new Issues();
    Fields top = Fields.of(root, issues, null);
    List<Node> nodes = top.list("products");
    if (!top.has("products") && root instanceof MapNode) {
      issues.add(root, null, "required field 'products' is missing");
    } else if (nodes.isEmpty() && issues.isEmpty()) {
      issues.add(top.raw("products"), null, "products: must list at least one product");
    }
    top.end();
    Map<String, Product> products = new LinkedHashMap<>();
    for (Node n : nodes) {
      Product p = product(n, issues);
      if (p != null && products.putIfAbsent(p.sku(), p) != null) {
        issues.add(n, p.sku(), "duplicate sku '" + p.sku() + "' in the catalogue");
      }
    }
    if (!issues.isEmpty()) {
      throw new SourceException("invalid catalogue " + displayName, issues.toList());
    }
    return new Catalogue(List.copyOf(products.values()), displayName);
  }

  /**
   * Reads one product mapping; problems go to {@code issues}.
   *
   * @return the product, or {@code null} when a problem leaves it incomplete
   */
  Product product(Node n, Issues issues) {
    if (!(n instanceof MapNode m)) {
      issues.add(n, null, "expected a mapping but found " + n.kind());
      return null;
    }
    int before = issues.size();
    Fields f = Fields.of(m, issues, null);
    String sku = f.requiredString("sku");
    if (sku != null && !SKU.matcher(sku).matches()) {
      issues.add(f.raw("sku"), sku, "a sku is letters, digits, . _ / -, without spaces");
    }
    if (!m.fields().containsKey("unitValue")) {
      issues.add(
          m.position(),
          sku,
          "unitValue",
          "a product needs a unitValue: order lines are valued at it, and a BOM is a share of it");
    }
    if (m.fields().containsKey("id") || m.fields().containsKey("quantity")) {
      issues.add(m, sku, "a product has a sku, not an id or quantity (order lines give those)");
      return null;
    }
    Set<String> suppliers = new LinkedHashSet<>();
    MapNode itemNode = Nodes.without(m, Set.of("sku"));
    if (m.fields().get("bom") instanceof ListNode bom) {
      itemNode = Nodes.with(itemNode, "bom", withoutSuppliers(bom, suppliers, sku, issues));
    }
    // The product is read as an item even when its sku is wrong, so that all its problems show.
    MapNode probe =
        Nodes.with(
            Nodes.with(itemNode, "id", Nodes.text(m.position(), "id", sku == null ? "?" : sku)),
            "quantity",
            Nodes.number(m.position(), "quantity", 1));
    Item item = items.readItem(probe, "catalogue", issues);
    if (item == null || sku == null || issues.size() > before) {
      return null;
    }
    return new Product(sku, m, itemNode, item, suppliers);
  }

  /** The bill with every line's {@code supplier} taken out (and recorded), at any depth. */
  private static ListNode withoutSuppliers(
      ListNode bom, Set<String> suppliers, String sku, Issues issues) {
    List<Node> lines = new ArrayList<>();
    for (Node n : bom.elements()) {
      if (!(n instanceof MapNode line)) {
        lines.add(n); // the item reader reports it
        continue;
      }
      Node s = line.fields().get("supplier");
      if (s != null) {
        if (s instanceof ScalarNode sc && !sc.isNull() && !sc.text().isBlank()) {
          suppliers.add(sc.text());
        } else {
          issues.add(s, sku, "supplier must be a name");
        }
      }
      MapNode out = Nodes.without(line, Set.of("supplier"));
      if (line.fields().get("bom") instanceof ListNode sub) {
        out = Nodes.with(out, "bom", withoutSuppliers(sub, suppliers, sku, issues));
      }
      lines.add(out);
    }
    return new ListNode(bom.position(), bom.path(), lines);
  }
}
