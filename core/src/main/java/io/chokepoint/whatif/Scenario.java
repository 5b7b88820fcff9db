package io.chokepoint.whatif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A what-if scenario, read from a scenario file: two states of the world, a baseline and the
 * scenario, each a variant of the shipped law (changes to suspensions, parameters, sets, rule
 * dates), an as-of date, and changes to the catalogue. The report says what the scenario changes
 * relative to the baseline. The scenario builds on the baseline: its changes are made after the
 * baseline's.
 *
 * @param id the scenario's name, e.g. {@code ann61-lapses}
 * @param title the title, e.g. "Ann. 61 suspension lapses on 2026-11-10"
 * @param description what the scenario assumes and how to read it, or {@code null}
 * @param file the file it was read from
 * @param baseline the baseline's own changes
 * @param scenario the scenario's own changes, made on top of the baseline's
 */
public record Scenario(
    String id, String title, String description, String file, Side baseline, Side scenario) {

  /**
   * One side of a scenario: its label, its as-of date and its own changes.
   *
   * @param label what the side assumes, in words for the report
   * @param asOf the evaluation date, or {@code null} for each order's own date (or the run's)
   * @param law changes to the rule book
   * @param catalogue changes to the product catalogue
   */
  public record Side(
      String label, LocalDate asOf, List<LawChange> law, List<CatalogueChange> catalogue) {
    public Side {
      law = List.copyOf(law);
      catalogue = List.copyOf(catalogue);
    }

    /** The side with no change: the shipped law and catalogue. */
    public static Side unchanged(String label) {
      return new Side(label, null, List.of(), List.of());
    }
  }

  /** Every law change of the scenario side: the baseline's, then its own. */
  public List<LawChange> scenarioLaw() {
    List<LawChange> all = new ArrayList<>(baseline.law());
    all.addAll(scenario.law());
    return List.copyOf(all);
  }

  /** Every catalogue change of the scenario side: the baseline's, then its own. */
  public List<CatalogueChange> scenarioCatalogue() {
    List<CatalogueChange> all = new ArrayList<>(baseline.catalogue());
    all.addAll(scenario.catalogue());
    return List.copyOf(all);
  }

  /** The scenario side's as-of date: its own, else the baseline's. */
  public LocalDate scenarioAsOf() {
    return scenario.asOf() != null ? scenario.asOf() : baseline.asOf();
  }
}
