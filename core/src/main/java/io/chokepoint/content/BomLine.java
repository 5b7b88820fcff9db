package io.chokepoint.content;

import io.chokepoint.source.Position;
import java.util.List;

/**
 * A line of a bill of materials: a part, what it is made of, where it comes from and its value in
 * the item. Multi-level bills nest lines.
 *
 * @param id the line's path, e.g. {@code bom[1].bom[0]}, or its CSV line id
 * @param part the part name
 * @param element the element, or {@code null}
 * @param form the material form, or {@code null}
 * @param contains the other elements of an alloy or magnet, e.g. [Co] for Sm-Co, or {@code null} if
 *     not stated
 * @param origin the country of origin, or {@code null}
 * @param value the value of the part in its parent
 * @param usControlled for US-origin content: whether it would need a licence to the destination
 *     (counts for US de minimis), or {@code null} if not stated
 * @param eccn the US ECCN of the part, or {@code null}
 * @param bom the lines of a sub-assembly
 * @param position where the line is written
 */
public record BomLine(
    String id,
    String part,
    String element,
    String form,
    List<String> contains,
    String origin,
    Money value,
    Boolean usControlled,
    String eccn,
    List<BomLine> bom,
    Position position) {
  public BomLine {
    contains = contains == null ? null : List.copyOf(contains);
    bom = List.copyOf(bom);
  }
}
