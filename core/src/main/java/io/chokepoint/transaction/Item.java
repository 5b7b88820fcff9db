package io.chokepoint.transaction;

import io.chokepoint.classify.ChipSpec;
import io.chokepoint.classify.Material;
import io.chokepoint.content.BomLine;
import io.chokepoint.content.Money;
import io.chokepoint.source.Position;
import java.util.List;
import java.util.Map;

/**
 * An item of a transaction. What the item is comes from one or more of {@code chip} (a catalogue
 * chip, resolved), an inline {@code chipSpec}, a {@code material}, or stated {@code classification}
 * codes by regime.
 *
 * @param id the item id, unique in the transaction
 * @param description a description
 * @param quantity the quantity
 * @param unitValue the value of one unit, or {@code null}
 * @param origin the country where it was made, or {@code null}
 * @param chip the chip spec from the catalogue or inline, or {@code null}
 * @param chipName the catalogue name the item gave, or {@code null}
 * @param material the material, or {@code null}
 * @param classification stated codes by regime, e.g. {@code US-EAR: 3A090.a}
 * @param bom the bill of materials, possibly empty
 * @param madeWithChineseRareEarthTechnology whether so, or {@code null} if unknown
 * @param subjectToEar whether the item is subject to the EAR, or {@code null} if not stated
 * @param position where the item is written
 */
public record Item(
    String id,
    String description,
    double quantity,
    Money unitValue,
    String origin,
    ChipSpec chip,
    String chipName,
    Material material,
    Map<String, String> classification,
    List<BomLine> bom,
    Boolean madeWithChineseRareEarthTechnology,
    Boolean subjectToEar,
    Position position) {
  public Item {
    classification = Map.copyOf(classification);
    bom = List.copyOf(bom);
  }
}
