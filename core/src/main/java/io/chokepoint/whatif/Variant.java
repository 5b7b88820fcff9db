package io.chokepoint.whatif;

import io.chokepoint.determine.Determiner;
import java.time.LocalDate;
import java.util.List;

/**
 * One side of a scenario made concrete: the determiner over its rule book, its catalogue and its
 * evaluation date. Immutable and thread-safe, like the determiner.
 *
 * @param label what the side assumes, in words
 * @param asOf the evaluation date, or {@code null} for each order's own date
 * @param determiner the determiner over the side's rule book
 * @param catalogue the side's catalogue
 * @param changes the side's changes to the shipped law and catalogue, one line each (for the
 *     report); empty for the shipped ones
 * @param activated whether the rule book is the shipped one, which passed its golden cases; a
 *     variant of the law is loaded and validated but its golden cases are not run, since it changes
 *     the answers they pin
 */
public record Variant(
    String label,
    LocalDate asOf,
    Determiner determiner,
    Catalogue catalogue,
    List<String> changes,
    boolean activated) {
  public Variant {
    changes = List.copyOf(changes);
  }

  /** The rule book's content hash. */
  public String rulebook() {
    return determiner.ruleBook().contentHash();
  }
}
