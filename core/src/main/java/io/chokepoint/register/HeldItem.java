package io.chokepoint.register;

import java.util.Map;
import java.util.Optional;

/**
 * What a holding is: a chip from the catalogue (classified afresh on every date), or codes already
 * known by regime, such as {@code US-EAR: 3A090.a}, or both.
 *
 * @param chip a chip name or alias from the catalogue, or {@code null}
 * @param classification codes by regime ({@code US-EAR}, {@code CN-ECL}), possibly empty
 * @param description what a person calls it, or {@code null}
 */
public record HeldItem(String chip, Map<String, String> classification, String description) {
  /** The regime whose code the register reports by. */
  public static final String US_EAR = "US-EAR";

  /**
   * Creates an item.
   *
   * @throws IllegalArgumentException if it names neither a chip nor a classification
   */
  public HeldItem {
    classification = Map.copyOf(classification);
    chip = Text.optional("chip", chip);
    if (chip == null && classification.isEmpty()) {
      throw new IllegalArgumentException(
          "a held item needs a chip or a classification to say what it is");
    }
  }

  /** The US-EAR code stated for the item, if any. */
  public Optional<String> statedEccn() {
    return Optional.ofNullable(classification.get(US_EAR));
  }

  /** A short label: the description, else the chip, else the codes. */
  public String label() {
    if (description != null) {
      return description;
    }
    return chip != null ? chip : classification.toString();
  }
}
