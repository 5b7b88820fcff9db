package io.chokepoint.whatif;

import io.chokepoint.source.Position;
import java.util.List;

/**
 * A change a scenario makes to the product catalogue's bills of materials: the lines a supplier
 * delivers change origin or material, e.g. a supplier switches to Chinese magnets.
 *
 * <p>{@code origin} applies to the supplier's lines and to every line beneath them: a part made in
 * China is taken to be Chinese in what it contains too, which is the cautious reading for the PRC
 * 0.1% rule. {@code element}, {@code form} and {@code contains} apply to the supplier's lines only.
 *
 * @param supplier the supplier whose lines change, as the catalogue's {@code supplier:} names it
 * @param products the products whose lines change (by SKU); empty: every product
 * @param origin the new country of origin, or {@code null} to keep it
 * @param element the new element, or {@code null} to keep it
 * @param form the new material form, or {@code null} to keep it
 * @param contains the new other elements, or {@code null} to keep them
 * @param newSupplier the supplier's name after the change, or {@code null} to keep it
 * @param at where the change is written in the scenario file
 */
public record CatalogueChange(
    String supplier,
    List<String> products,
    String origin,
    String element,
    String form,
    List<String> contains,
    String newSupplier,
    Position at) {
  public CatalogueChange {
    products = List.copyOf(products);
    contains = contains == null ? null : List.copyOf(contains);
  }

  /** The change in one line, for the report. */
  public String describe() {
    StringBuilder sb = new StringBuilder("lines supplied by ").append(supplier);
    if (!products.isEmpty()) {
      sb.append(" in ").append(String.join(", ", products));
    }
    sb.append(":");
    if (origin != null) {
      sb.append(" origin ").append(origin).append(" (with the lines beneath them)");
    }
    if (element != null) {
      sb.append(" element ").append(element);
    }
    if (form != null) {
      sb.append(" form ").append(form);
    }
    if (contains != null) {
      sb.append(" contains ").append(contains);
    }
    if (newSupplier != null) {
      sb.append(" supplied by ").append(newSupplier);
    }
    return sb.toString();
  }
}
