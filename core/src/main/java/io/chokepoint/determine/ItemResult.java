package io.chokepoint.determine;

import io.chokepoint.classify.ChipClassification;
import io.chokepoint.classify.MaterialClassification;
import io.chokepoint.content.ContentShare;
import io.chokepoint.rules.Truth;
import java.util.Map;

/**
 * What a regime made of one item.
 *
 * @param item the item id
 * @param kind chip, material or other
 * @param classification the code under the regime (several PRC codes are joined by commas), or
 *     {@code null} when unknown
 * @param basis how the code was reached: a classification entry id, "stated", or a reason
 * @param chip the chip classification (US-EAR), or {@code null}
 * @param material the material classification (CN-ECL), or {@code null}
 * @param shares the content shares of the item's bill of materials that the regime declares
 * @param reached whether the regime reaches the item
 */
public record ItemResult(
    String item,
    String kind,
    String classification,
    String basis,
    ChipClassification chip,
    MaterialClassification material,
    Map<String, ContentShare> shares,
    Truth reached) {
  public ItemResult {
    shares = Map.copyOf(shares);
  }
}
