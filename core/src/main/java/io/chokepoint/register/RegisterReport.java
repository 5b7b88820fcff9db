package io.chokepoint.register;

import io.chokepoint.content.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the register held at the end of a day, worked out from the movements alone: each holding's
 * units per site, and counts and value by US-EAR classification, by site and by declared end use;
 * with the flagged movements up to that day. Values in different currencies are never added up.
 *
 * @param asOf the day
 * @param filter the site and classification asked about
 * @param positions each holding's units at each site, by holding then site
 * @param byClassification totals per US-EAR code
 * @param bySite totals per site
 * @param byEndUse totals per declared end use
 * @param total the grand total
 * @param flagged the flagged movements up to the day that touch what the filter selects
 */
public record RegisterReport(
    LocalDate asOf,
    Filter filter,
    List<Position> positions,
    List<Total> byClassification,
    List<Total> bySite,
    List<Total> byEndUse,
    Total total,
    List<RecordedMovement> flagged) {
  /** Creates a report. */
  public RegisterReport {
    positions = List.copyOf(positions);
    byClassification = List.copyOf(byClassification);
    bySite = List.copyOf(bySite);
    byEndUse = List.copyOf(byEndUse);
    flagged = List.copyOf(flagged);
  }

  /**
   * Which part of the register to report on.
   *
   * @param site a site name, or {@code null} for every site
   * @param eccn a US-EAR code or its stem ({@code 3A090} matches {@code 3A090.a}), or {@code null}
   */
  public record Filter(String site, String eccn) {
    /** Everything. */
    public static final Filter ALL = new Filter(null, null);

    /** Whether a code is selected. */
    public boolean selects(String code) {
      return eccn == null || code.equals(eccn) || code.startsWith(eccn + ".");
    }

    /** Whether a site is selected. */
    public boolean selects(Site s) {
      return site == null || (s != null && s.name().equals(site));
    }
  }

  /**
   * Units of one holding at one site.
   *
   * @param holding the holding
   * @param eccn its US-EAR code on the report's day
   * @param site where the units are
   * @param quantity how many
   * @param serials their serial numbers, empty for a holding tracked by lot
   * @param value quantity times unit value
   */
  public record Position(
      Holding holding, String eccn, Site site, long quantity, List<String> serials, Money value) {
    /** Creates a position. */
    public Position {
      serials = List.copyOf(serials);
    }
  }

  /**
   * A total over positions.
   *
   * @param key what is totalled: a code, a site as {@code name (CC)}, an end use, or {@code all}
   * @param quantity units
   * @param value the value per currency, by currency code
   */
  public record Total(String key, long quantity, List<Money> value) {
    /** Creates a total. */
    public Total {
      value = List.copyOf(value);
    }
  }

  /**
   * Computes the report.
   *
   * @param holdings every holding
   * @param movements every recorded movement, in recording order
   * @param asOf the day
   * @param filter what to report on
   * @param classifier gives each item's US-EAR code on the day
   * @return the report
   * @throws StockException if the recorded movements do not replay (a damaged register)
   */
  public static RegisterReport of(
      List<Holding> holdings,
      List<RecordedMovement> movements,
      LocalDate asOf,
      Filter filter,
      HoldingClassifier classifier) {
    Map<String, List<Movement>> byHolding = new TreeMap<>();
    for (RecordedMovement r : movements) {
      byHolding.computeIfAbsent(r.movement().holding(), k -> new ArrayList<>()).add(r.movement());
    }
    Map<String, String> codes = new TreeMap<>();
    List<Position> positions = new ArrayList<>();
    for (Holding h : holdings.stream().sorted(Comparator.comparing(Holding::id)).toList()) {
      String code = classifier.eccn(h.item(), asOf);
      codes.put(h.id(), code);
      if (!filter.selects(code)) {
        continue;
      }
      Ledger l = Ledger.replay(h, byHolding.getOrDefault(h.id(), List.of()), asOf);
      l.units()
          .forEach(
              (site, n) -> {
                if (filter.selects(site)) {
                  positions.add(
                      new Position(h, code, site, n, l.serialsAt(site.name()), value(h, n)));
                }
              });
    }
    List<RecordedMovement> flagged =
        movements.stream()
            .filter(r -> r.check().flagged() && !r.movement().date().isAfter(asOf))
            .filter(r -> filter.selects(codes.getOrDefault(r.movement().holding(), "")))
            .filter(
                r ->
                    filter.site() == null
                        || filter.selects(r.movement().from())
                        || filter.selects(r.movement().to()))
            .toList();
    return new RegisterReport(
        asOf,
        filter,
        positions,
        totals(positions, Position::eccn),
        totals(positions, p -> p.site().toString()),
        totals(positions, p -> p.holding().endUse()),
        totals(positions, p -> "all").stream().findFirst().orElse(new Total("all", 0, List.of())),
        flagged);
  }

  private static Money value(Holding h, long n) {
    return new Money(
        h.unitValue().amount().multiply(BigDecimal.valueOf(n)), h.unitValue().currency());
  }

  private static List<Total> totals(List<Position> positions, Function<Position, String> key) {
    Map<String, List<Position>> groups = new TreeMap<>();
    positions.forEach(p -> groups.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p));
    List<Total> out = new ArrayList<>();
    groups.forEach(
        (k, ps) -> {
          Map<String, BigDecimal> byCurrency = new TreeMap<>();
          ps.forEach(
              p -> byCurrency.merge(p.value().currency(), p.value().amount(), BigDecimal::add));
          List<Money> value = new ArrayList<>();
          byCurrency.forEach((c, a) -> value.add(new Money(a, c)));
          out.add(new Total(k, ps.stream().mapToLong(Position::quantity).sum(), value));
        });
    return out;
  }
}
