package io.chokepoint.register;

import io.chokepoint.classify.ChipCatalogue;
import io.chokepoint.classify.ChipClassification;
import io.chokepoint.classify.ChipClassifier;
import java.time.LocalDate;

/**
 * Gives a held item's US-EAR code on a date, which is what the register reports by: the code the
 * holding states, else its catalogue chip classified by the rules in force on that date (so an H20
 * counts under the code it had then), else {@code UNKNOWN}.
 */
@FunctionalInterface
public interface HoldingClassifier {
  /** The code for items that state none and name no chip the classifier can place. */
  String UNKNOWN = ChipClassification.UNKNOWN;

  /** The item's US-EAR code on a date. */
  String eccn(HeldItem item, LocalDate asOf);

  /** A classifier that reads only the stated codes. */
  static HoldingClassifier stated() {
    return (item, asOf) -> item.statedEccn().orElse(UNKNOWN);
  }

  /** A classifier that classifies catalogue chips by the rule book's chip entries. */
  static HoldingClassifier of(ChipClassifier chips, ChipCatalogue catalogue) {
    return (item, asOf) -> {
      if (item.statedEccn().isPresent()) {
        return item.statedEccn().get();
      }
      if (item.chip() == null) {
        return UNKNOWN;
      }
      return catalogue
          .find(item.chip())
          .map(spec -> chips.classify(spec, asOf).eccn())
          .orElse(UNKNOWN);
    };
  }
}
