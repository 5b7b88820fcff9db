package io.chokepoint.whatif;

import io.chokepoint.content.BillOfMaterials;
import io.chokepoint.source.Node.MapNode;
import io.chokepoint.transaction.Item;
import java.util.Set;

/**
 * A product of the catalogue: an item as a transaction would hold it (what it is, where it is made,
 * its unit value and bill of materials), known by its SKU, with the suppliers its bill names.
 *
 * @param sku the stock-keeping unit, unique in the catalogue
 * @param source the product as written, suppliers included, for scenario changes
 * @param itemNode the product as a transaction item, without SKU and suppliers, for composing
 *     transactions
 * @param item the product read as an item of quantity 1 whose id is the SKU
 * @param suppliers the suppliers the bill of materials names
 */
public record Product(
    String sku, MapNode source, MapNode itemNode, Item item, Set<String> suppliers) {
  public Product {
    suppliers = Set.copyOf(suppliers);
  }

  /** The description, or the SKU when there is none. */
  public String description() {
    return item.description() != null ? item.description() : sku;
  }

  /** The bill of materials as {@code chokepoint content} reads it, or {@code null} without one. */
  public BillOfMaterials bom() {
    if (item.bom().isEmpty() || item.unitValue() == null) {
      return null;
    }
    return new BillOfMaterials(description(), item.unitValue(), item.bom(), sku);
  }
}
