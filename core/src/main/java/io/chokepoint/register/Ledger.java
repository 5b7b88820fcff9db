package io.chokepoint.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a holding's units are, worked out by replaying its movements in date order (movements on
 * the same date in the order they were recorded). Replaying refuses any step that would take more
 * than a site holds or move a serial number that is not there, so a movement back-dated before a
 * later one that it would starve is refused as well.
 */
public final class Ledger {
  private final Holding holding;
  private final Map<String, Long> units = new TreeMap<>();
  private final Map<String, Site> sites = new TreeMap<>();
  private final Map<String, String> serialSite = new TreeMap<>();

  private Ledger(Holding holding) {
    this.holding = holding;
  }

  /**
   * Replays every movement of a holding.
   *
   * @param holding the holding
   * @param movements its movements in the order recorded
   * @return where the units are after the last movement
   * @throws StockException at the first movement that cannot happen
   */
  public static Ledger replay(Holding holding, List<? extends Movement> movements) {
    return replay(holding, movements, LocalDate.MAX);
  }

  /**
   * Replays the movements of a holding up to and including a date.
   *
   * @param holding the holding
   * @param movements its movements in the order recorded
   * @param asOf the last day to count
   * @return where the units were at the end of that day
   * @throws StockException at the first movement that cannot happen
   */
  public static Ledger replay(Holding holding, List<? extends Movement> movements, LocalDate asOf) {
    List<Movement> ordered = new ArrayList<>(movements);
    // A stable sort keeps same-day movements in the order they were recorded.
    ordered.sort(Comparator.comparing(Movement::date));
    Ledger l = new Ledger(holding);
    for (Movement m : ordered) {
      if (!m.holding().equals(holding.id())) {
        throw new IllegalArgumentException(
            "movement of holding " + m.holding() + " replayed on holding " + holding.id());
      }
      if (!m.date().isAfter(asOf)) {
        l.apply(m);
      }
    }
    return l;
  }

  private void apply(Movement m) {
    if (holding.serialTracked() && m.serials().isEmpty()) {
      throw refused(
          "SERIAL",
          "holding %s is tracked by serial number: the %s on %s must name the serial number of"
              + " each unit",
          holding.id(),
          m.kind(),
          m.date());
    }
    if (!holding.serialTracked() && !m.serials().isEmpty()) {
      throw refused(
          "SERIAL",
          "holding %s is tracked by lot, without serial numbers: the %s on %s names some",
          holding.id(),
          m.kind(),
          m.date());
    }
    if (m.from() != null) {
      take(m, m.from());
    }
    if (m.to() != null) {
      put(m, m.to());
    }
  }

  private void take(Movement m, Site from) {
    long held = units.getOrDefault(from.name(), 0L);
    if (held < m.quantity()) {
      throw refused(
          "STOCK",
          "the %s of %d unit(s) of holding %s on %s takes more than %s holds then (%d)",
          m.kind(),
          m.quantity(),
          holding.id(),
          m.date(),
          from.name(),
          held);
    }
    for (String s : m.serials()) {
      String where = serialSite.get(s);
      if (!from.name().equals(where)) {
        throw refused(
            "SERIAL",
            "serial number %s of holding %s is not at %s on %s (%s)",
            s,
            holding.id(),
            from.name(),
            m.date(),
            where == null ? "not held" : "it is at " + where);
      }
    }
    m.serials().forEach(serialSite::remove);
    if (held == m.quantity()) {
      units.remove(from.name());
    } else {
      units.put(from.name(), held - m.quantity());
    }
  }

  private void put(Movement m, Site to) {
    for (String s : m.serials()) {
      String where = serialSite.get(s);
      if (where != null) {
        throw refused(
            "SERIAL",
            "serial number %s of holding %s is already held at %s on %s: a unit cannot be in two"
                + " places",
            s,
            holding.id(),
            where,
            m.date());
      }
    }
    m.serials().forEach(s -> serialSite.put(s, to.name()));
    units.merge(to.name(), m.quantity(), Long::sum);
    sites.put(to.name(), to);
  }

  private static StockException refused(String code, String format, Object... args) {
    return new StockException(code, String.format(java.util.Locale.ROOT, format, args));
  }

  /** The holding. */
  public Holding holding() {
    return holding;
  }

  /** The units held at each site, sites with none left out, by site name. */
  public Map<Site, Long> units() {
    Map<Site, Long> out = new LinkedHashMap<>();
    units.forEach((name, n) -> out.put(sites.get(name), n));
    return Collections.unmodifiableMap(out);
  }

  /** The units held in all, at every site. */
  public long total() {
    return units.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The serial numbers held at a site, sorted. */
  public List<String> serialsAt(String site) {
    return serialSite.entrySet().stream()
        .filter(e -> e.getValue().equals(site))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Whether a serial number is held, at any site. */
  public boolean holds(String serial) {
    return serialSite.containsKey(serial);
  }
}
