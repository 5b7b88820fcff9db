package io.chokepoint.determine;

import io.chokepoint.classify.ChipClassification;
import io.chokepoint.rules.Truth;

/**
 * What a regime made of one item.
 *
 * @param item the item id
 * @param kind chip, material or other
 * @param classification the code under the regime, or {@code null} when unknown
 * @param basis how the code was reached: a classification entry id, "stated", or a reason
 * @param chip the chip classification, or {@code null}
 * @param reached whether the regime reaches the item
 */
public record ItemResult(
    String item,
    String kind,
    String classification,
    String basis,
    ChipClassification chip,
    Truth reached) {}
