package io.chokepoint.whatif;

import io.chokepoint.determine.Determiner;
import io.chokepoint.determine.PartyScreener;
import io.chokepoint.licence.LicenceMatcher;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RuleBookException;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.source.SourceException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a scenario concrete: loads each side's variant of the rule book (the shipped packs with the
 * side's law changes), applies its catalogue changes and fixes its evaluation date. Done once per
 * run (or once per Spark executor); the {@link WhatIf} it returns then runs any number of orders.
 */
public final class WhatIfSetup {
  private WhatIfSetup() {}

  /**
   * What a run needs besides the scenario.
   *
   * @param rules the rule-book directory the variants are loaded from
   * @param shipped the shipped rule book, activated against its golden cases; used as it is by a
   *     side that changes no law
   * @param screener screens the parties in every determination ({@link PartyScreener#NONE}: the
   *     lists each party states)
   * @param catalogue the catalogue as shipped
   * @param catalogueReader reads products again after a catalogue change
   * @param orders the order book, for its exporters and customers
   * @param asOf the evaluation date of a side that names none, or {@code null} for each order's own
   *     date
   * @param licences the licences to report exhaustion of, with their balances
   */
  public record Inputs(
      Path rules,
      RuleBook shipped,
      PartyScreener screener,
      Catalogue catalogue,
      CatalogueReader catalogueReader,
      OrderBook orders,
      LocalDate asOf,
      List<LicenceMatcher.Standing> licences) {
    public Inputs {
      licences = List.copyOf(licences);
    }
  }

  /**
   * Prepares a run.
   *
   * @param scenario the scenario
   * @param in the rule book, catalogue, orders and licences
   * @return the run
   * @throws SourceException if a law change matches nothing or leaves a pack invalid, or a
   *     catalogue change matches no line; every problem names its file, line and field
   */
  public static WhatIf prepare(Scenario scenario, Inputs in) {
    Scenario.Side b = scenario.baseline();
    Scenario.Side s = scenario.scenario();
    RuleBook baseBook = book(scenario, in, b.law(), "baseline");
    RuleBook changedBook =
        s.law().isEmpty() ? baseBook : book(scenario, in, scenario.scenarioLaw(), "scenario");
    Catalogue baseCatalogue = in.catalogue().amend(b.catalogue(), in.catalogueReader());
    Catalogue changedCatalogue =
        s.catalogue().isEmpty()
            ? baseCatalogue
            : in.catalogue().amend(scenario.scenarioCatalogue(), in.catalogueReader());
    Variant baseline =
        new Variant(
            b.label(),
            b.asOf() != null ? b.asOf() : in.asOf(),
            new Determiner(baseBook, in.screener()),
            baseCatalogue,
            changes(b.law(), b.catalogue()),
            baseBook == in.shipped());
    Determiner changedDeterminer =
        changedBook == baseBook
            ? baseline.determiner()
            : new Determiner(changedBook, in.screener());
    LocalDate changedAsOf = scenario.scenarioAsOf() != null ? scenario.scenarioAsOf() : in.asOf();
    Variant changed =
        new Variant(
            s.label(),
            changedAsOf,
            changedDeterminer,
            changedCatalogue,
            changes(scenario.scenarioLaw(), scenario.scenarioCatalogue()),
            changedBook == in.shipped());
    return new WhatIf(scenario, baseline, changed, in.orders(), in.licences());
  }

  private static RuleBook book(Scenario scenario, Inputs in, List<LawChange> law, String side) {
    if (law.isEmpty()) {
      return in.shipped();
    }
    try {
      return RuleBookLoader.load(in.rules(), new LawOverlay(law));
    } catch (RuleBookException e) {
      throw new SourceException(
          "scenario "
              + scenario.id()
              + " ("
              + scenario.file()
              + "): the "
              + side
              + "'s law changes do not apply to the rule book "
              + in.rules(),
          e.issues());
    }
  }

  private static List<String> changes(List<LawChange> law, List<CatalogueChange> catalogue) {
    List<String> out = new ArrayList<>();
    law.forEach(c -> out.add(c.describe()));
    catalogue.forEach(c -> out.add(c.describe()));
    return out;
  }
}
