package io.chokepoint.content;

import java.util.List;

/**
 * An item with its bill of materials, as the {@code content} command reads it (FORMATS.md §4).
 *
 * @param description what the item is
 * @param unitValue the value of one item
 * @param bom the lines, nested for sub-assemblies
 * @param file the file it came from
 */
public record BillOfMaterials(String description, Money unitValue, List<BomLine> bom, String file) {
  public BillOfMaterials {
    bom = List.copyOf(bom);
  }
}
