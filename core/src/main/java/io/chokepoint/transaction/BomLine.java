package io.chokepoint.transaction;

import io.chokepoint.source.Position;
import java.util.List;

/**
 * A line of a bill of materials: a part, what it is made of, where it comes from and its value.
 * Multi-level bills nest lines.
 *
 * @param part the part name
 * @param element the element, or {@code null}
 * @param form the material form, or {@code null}
 * @param origin the country of origin, or {@code null}
 * @param value the value of the part in the parent
 * @param bom the lines of a sub-assembly
 * @param position where the line is written
 */
public record BomLine(
    String part,
    String element,
    String form,
    String origin,
    Money value,
    List<BomLine> bom,
    Position position) {
  public BomLine {
    bom = List.copyOf(bom);
  }
}
