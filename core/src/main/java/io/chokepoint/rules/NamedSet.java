package io.chokepoint.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A named set of strings of a regime with dated membership, such as US Country Group D:5 or the
 * ECCNs that count as advanced computing. Rule conditions read it as {@code sets.<name>}.
 *
 * @param name the identifier used in conditions
 * @param description what the set is
 * @param confidence how well the membership is sourced
 * @param caveat what the reader must know about the membership, or {@code null}
 * @param values the dated memberships, not overlapping
 */
public record NamedSet(
    String name,
    String description,
    Confidence confidence,
    String caveat,
    List<DatedValue<List<String>>> values) {
  public NamedSet {
    values = List.copyOf(values);
  }

  /** The members on a date, if a membership holds. */
  public Optional<DatedValue<List<String>>> at(LocalDate day) {
    for (DatedValue<List<String>> v : values) {
      if (v.interval().contains(day)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
