package io.chokepoint.transaction;

import java.util.List;

/**
 * A material item: an element in a form.
 *
 * @param element the element symbol, e.g. Dy
 * @param form one of {@link #FORMS}
 * @param purity purity as a fraction, or {@code null}
 */
public record Material(String element, String form, Double purity) {
  /** The material forms of FORMATS.md §1. */
  public static final List<String> FORMS =
      List.of(
          "ore", "concentrate", "metal", "alloy", "oxide", "compound", "target", "magnet", "other");
}
