package io.chokepoint.whatif;

import io.chokepoint.source.Issues;
import io.chokepoint.source.Node;
import io.chokepoint.source.Node.ListNode;
import io.chokepoint.source.Node.MapNode;
import io.chokepoint.source.SourceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A product catalogue: the products orders refer to by SKU, each with its bill of materials.
 * Immutable; a scenario's changes give a new catalogue.
 */
public final class Catalogue {
  private final List<Product> products;
  private final Map<String, Product> bySku;
  private final String file;

  /**
   * Creates a catalogue.
   *
   * @param products the products, SKUs unique
   * @param file where it was read from, for messages
   * @throws IllegalArgumentException if a SKU is used twice
   */
  public Catalogue(List<Product> products, String file) {
    this.products = List.copyOf(products);
    this.file = file;
    Map<String, Product> m = new LinkedHashMap<>();
    for (Product p : products) {
      if (m.put(p.sku(), p) != null) {
        throw new IllegalArgumentException("sku " + p.sku() + " is used twice");
      }
    }
    this.bySku = java.util.Collections.unmodifiableMap(m);
  }

  /** The products, in catalogue order. */
  public List<Product> products() {
    return products;
  }

  /** The product with the SKU. */
  public Optional<Product> product(String sku) {
    return Optional.ofNullable(bySku.get(sku));
  }

  /** Where the catalogue was read from. */
  public String file() {
    return file;
  }

  /**
   * The catalogue after a scenario's changes, made in order. Each product a change touches is read
   * again, so a change that makes a product invalid is reported like an invalid catalogue.
   *
   * @param changes the changes
   * @param reader reads the changed products
   * @return the changed catalogue; this one when there are no changes
   * @throws SourceException if a change matches no line, names an unknown product, or leaves a
   *     product invalid; each problem names the scenario's or the catalogue's file and line
   */
  public Catalogue amend(List<CatalogueChange> changes, CatalogueReader reader) {
    if (changes.isEmpty()) {
      return this;
    }
    Issues issues = new Issues();
    Map<String, MapNode> sources = new LinkedHashMap<>();
    products.forEach(p -> sources.put(p.sku(), p.source()));
    for (CatalogueChange c : changes) {
      for (String sku : c.products()) {
        if (!bySku.containsKey(sku)) {
          issues.add(c.at(), null, "products", "no product " + sku + " in " + file);
        }
      }
      int[] matched = {0};
      sources.replaceAll(
          (sku, source) ->
              c.products().isEmpty() || c.products().contains(sku)
                  ? lines(source, c, false, matched)
                  : source);
      if (matched[0] == 0) {
        issues.add(
            c.at(),
            null,
            "supplier",
            "no bill-of-materials line in "
                + file
                + " is supplied by '"
                + c.supplier()
                + "'"
                + (c.products().isEmpty() ? "" : " in " + c.products()));
      }
    }
    List<Product> out = new ArrayList<>();
    for (Product p : products) {
      MapNode changed = sources.get(p.sku());
      Product q = changed == p.source() ? p : reader.product(changed, issues);
      if (q != null) {
        out.add(q);
      }
    }
    if (!issues.isEmpty()) {
      throw new SourceException(
          "the scenario's catalogue changes do not apply to " + file, issues.toList());
    }
    return new Catalogue(out, file);
  }

  /** A product or line with the change made to its bill's lines, at any depth. */
  private static MapNode lines(MapNode m, CatalogueChange c, boolean beneath, int[] matched) {
    if (!(m.fields().get("bom") instanceof ListNode bom)) {
      return m;
    }
    List<Node> out = new ArrayList<>();
    boolean changed = false;
    for (Node n : bom.elements()) {
      if (!(n instanceof MapNode line)) {
        out.add(n);
        continue;
      }
      boolean mine = c.supplier().equals(Nodes.textOf(line, "supplier"));
      MapNode l = line;
      if (mine) {
        matched[0]++;
        l = supplied(l, c);
      }
      if ((mine || beneath) && c.origin() != null) {
        l = Nodes.with(l, "origin", Nodes.text(c.at(), line.path() + ".origin", c.origin()));
      }
      l = lines(l, c, mine || beneath, matched);
      changed |= l != line;
      out.add(l);
    }
    return changed ? Nodes.with(m, "bom", new ListNode(bom.position(), bom.path(), out)) : m;
  }

  private static MapNode supplied(MapNode line, CatalogueChange c) {
    MapNode l = line;
    String path = line.path();
    if (c.element() != null) {
      l = Nodes.with(l, "element", Nodes.text(c.at(), path + ".element", c.element()));
    }
    if (c.form() != null) {
      l = Nodes.with(l, "form", Nodes.text(c.at(), path + ".form", c.form()));
    }
    if (c.contains() != null) {
      l = Nodes.with(l, "contains", Nodes.strings(c.at(), path + ".contains", c.contains()));
    }
    if (c.newSupplier() != null) {
      l = Nodes.with(l, "supplier", Nodes.text(c.at(), path + ".supplier", c.newSupplier()));
    }
    return l;
  }
}
