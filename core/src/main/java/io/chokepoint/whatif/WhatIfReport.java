package io.chokepoint.whatif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A what-if report: what the scenario assumes on each side, what it changes in the open orders (the
 * orders, what is at stake and by what), which licences it would exhaust, and which products'
 * content shares cross a threshold. The renderers ({@link ReportCsv}, {@link ReportJson}, {@link
 * ReportHtml}, {@link ReportText}) write it.
 *
 * @param scenario the scenario
 * @param baseline the baseline side as run
 * @param changed the scenario side as run
 * @param day the date products are compared on, and orders too when a side gives no date and the
 *     run gave one; {@code null} when orders were evaluated on their own dates
 * @param ordersFile the order file
 * @param catalogueFile the catalogue file
 * @param exposure the sums over the orders
 * @param licences each licence's exposure
 * @param products the products whose content shares cross a threshold
 * @param notes how to read the report, including what each side assumes
 */
public record WhatIfReport(
    Scenario scenario,
    Side baseline,
    Side changed,
    LocalDate day,
    String ordersFile,
    String catalogueFile,
    Exposure exposure,
    List<LicenceExposure> licences,
    List<ShareCrossing> products,
    List<String> notes) {
  public WhatIfReport {
    licences = List.copyOf(licences);
    products = List.copyOf(products);
    notes = List.copyOf(notes);
  }

  /**
   * A side of the scenario as it was run.
   *
   * @param label what it assumes
   * @param asOf its evaluation date, or {@code null} for each order's shipment date
   * @param rulebook its rule book's content hash
   * @param shippedRuleBook whether that is the shipped rule book, activated against its golden
   *     cases
   * @param changes its changes to the shipped law and catalogue, one line each
   */
  public record Side(
      String label,
      LocalDate asOf,
      String rulebook,
      boolean shippedRuleBook,
      List<String> changes) {
    public Side {
      changes = List.copyOf(changes);
    }

    static Side of(Variant v) {
      return new Side(v.label(), v.asOf(), v.rulebook(), v.activated(), v.changes());
    }

    /** The evaluation date in words. */
    public String asOfText() {
      return asOf == null ? "each order's shipment date" : asOf.toString();
    }
  }

  /**
   * Makes the report of a run: the licences' exposure and the products' crossings are computed
   * here, from the run's licences and catalogues.
   *
   * @param run the run
   * @param exposure the sum over the run's order results
   * @param day the date to compare products on when a side has none (the run's as-of date, or
   *     today), and the date the orders were run on when the run gave one (else {@code null})
   * @param ordersDated whether the orders were evaluated on their own dates
   * @param ordersFile the order file
   * @param catalogueFile the catalogue file
   */
  public static WhatIfReport of(
      WhatIf run,
      Exposure exposure,
      LocalDate day,
      boolean ordersDated,
      String ordersFile,
      String catalogueFile) {
    Side b = Side.of(run.baseline());
    Side s = Side.of(run.changed());
    return new WhatIfReport(
        run.scenario(),
        b,
        s,
        ordersDated ? null : day,
        ordersFile,
        catalogueFile,
        exposure,
        LicenceExposure.of(run.licences(), exposure),
        ShareCrossing.of(run, day),
        notes(b, s, day));
  }

  private static List<String> notes(Side b, Side s, LocalDate day) {
    List<String> out = new ArrayList<>();
    out.add(
        "Baseline: "
            + b.label()
            + ", evaluated on "
            + b.asOfText()
            + ". Scenario: "
            + s.label()
            + ", evaluated on "
            + s.asOfText()
            + ". The scenario is the baseline with the scenario's own changes made after the"
            + " baseline's.");
    out.add(
        "An order changes when, under some regime, the outcome, the review policy or the rules"
            + " that fire differ between the two sides, each determined as `chokepoint check`"
            + " determines a transaction. Each change lists the answer before and after and the"
            + " rules that started or stopped firing, with why.");
    out.add(
        "At stake: orders that newly need a licence or are newly prohibited, at their whole"
            + " value (the order waits for the licence). In doubt: orders whose answer becomes"
            + " INDETERMINATE because facts are missing; they are listed with the facts to"
            + " establish, and never counted as needing no licence.");
    out.add(
        "Licences: every order line that needs a licence counts against each licence that could"
            + " cover it but for what is left, so a line two licences could cover counts against"
            + " both; share caps are not checked.");
    out.add(
        "Products: the content shares of every product with a bill of materials, on "
            + day
            + " unless a side names its own date, compared with their thresholds on that date.");
    for (Side side : List.of(b, s)) {
      if (!side.shippedRuleBook() && (side == b || !s.rulebook().equals(b.rulebook()))) {
        out.add(
            "The rule book of '"
                + side.label()
                + "' is a variant of the shipped packs ("
                + side.rulebook()
                + "): it was loaded and validated like them, but its golden cases were not run,"
                + " since it changes answers they pin.");
      }
    }
    return out;
  }
}
