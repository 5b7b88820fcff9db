package io.chokepoint.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A named numeric parameter of a regime, such as the 3A090.a TPP threshold, with its dated values.
 * Thresholds live here, never in Java. Rule conditions read it as {@code params.<name>}.
 *
 * @param name the identifier used in conditions
 * @param unit the unit, for answers (e.g. "TPP", "GB/s")
 * @param description what the parameter is
 * @param values the dated values, not overlapping
 */
public record Parameter(
    String name, String unit, String description, List<DatedValue<Double>> values) {
  public Parameter {
    values = List.copyOf(values);
  }

  /** The value on a date, if one holds. */
  public Optional<DatedValue<Double>> at(LocalDate day) {
    for (DatedValue<Double> v : values) {
      if (v.interval().contains(day)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
