package io.chokepoint.register;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Something that happened to units of a holding on a date. The set is closed: units are received at
 * a site, moved between sites, transferred to another party, or scrapped. Every movement has a
 * reason; the serial numbers are named when the holding is serial-tracked, and then there is one
 * per unit.
 */
public sealed interface Movement
    permits Movement.Received, Movement.Moved, Movement.Transferred, Movement.Scrapped {
  /** The holding's id. */
  String holding();

  /** When it happened. */
  LocalDate date();

  /** How many units. */
  long quantity();

  /** The units' serial numbers, empty for a holding tracked by lot. */
  List<String> serials();

  /** The site the units leave, or {@code null} for a receipt. */
  Site from();

  /** The site the units arrive at, or {@code null} when they leave the register. */
  Site to();

  /** The licence it moved under, or {@code null}. */
  String licence();

  /** The transaction it belongs to, or {@code null}. */
  String transaction();

  /** Why it happened. */
  String reason();

  /** {@code received}, {@code moved}, {@code transferred} or {@code scrapped}. */
  String kind();

  /**
   * Units arrive at a site, from a supplier or another register.
   *
   * @param fromCountry where they were shipped from, or {@code null}
   * @param supplier who supplied them, or {@code null}
   */
  record Received(
      String holding,
      LocalDate date,
      long quantity,
      List<String> serials,
      Site to,
      String fromCountry,
      String supplier,
      String licence,
      String transaction,
      String reason)
      implements Movement {
    /**
     * Creates a receipt.
     *
     * @throws IllegalArgumentException if a value is missing or the serials do not match
     */
    public Received {
      serials = common(holding, date, quantity, serials, reason);
      Objects.requireNonNull(to, "to");
      supplier = Text.optional("supplier", supplier);
    }

    @Override
    public String kind() {
      return "received";
    }

    @Override
    public Site from() {
      return null;
    }
  }

  /** Units move between two of the register's own sites, possibly across a border. */
  record Moved(
      String holding,
      LocalDate date,
      long quantity,
      List<String> serials,
      Site from,
      Site to,
      String licence,
      String transaction,
      String reason)
      implements Movement {
    /**
     * Creates a move.
     *
     * @throws IllegalArgumentException if a value is missing, the serials do not match, or the two
     *     sites are the same
     */
    public Moved {
      serials = common(holding, date, quantity, serials, reason);
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (from.name().equals(to.name())) {
        throw new IllegalArgumentException("a move needs two different sites: " + from.name());
      }
    }

    @Override
    public String kind() {
      return "moved";
    }
  }

  /**
   * Units leave the register to another party.
   *
   * @param counterparty who receives them
   * @param endUse the end use the counterparty declared, or {@code null} for the holding's
   */
  record Transferred(
      String holding,
      LocalDate date,
      long quantity,
      List<String> serials,
      Site from,
      Counterparty counterparty,
      String endUse,
      String licence,
      String transaction,
      String reason)
      implements Movement {
    /**
     * Creates a transfer.
     *
     * @throws IllegalArgumentException if a value is missing or the serials do not match
     */
    public Transferred {
      serials = common(holding, date, quantity, serials, reason);
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(counterparty, "counterparty");
      if (endUse != null && !io.chokepoint.transaction.EndUse.PURPOSES.contains(endUse)) {
        throw new IllegalArgumentException("unknown end use '" + endUse + "'");
      }
    }

    @Override
    public String kind() {
      return "transferred";
    }

    @Override
    public Site to() {
      return null;
    }
  }

  /** Units are destroyed or written off. */
  record Scrapped(
      String holding, LocalDate date, long quantity, List<String> serials, Site from, String reason)
      implements Movement {
    /**
     * Creates a scrapping.
     *
     * @throws IllegalArgumentException if a value is missing or the serials do not match
     */
    public Scrapped {
      serials = common(holding, date, quantity, serials, reason);
      Objects.requireNonNull(from, "from");
    }

    @Override
    public String kind() {
      return "scrapped";
    }

    @Override
    public Site to() {
      return null;
    }

    @Override
    public String licence() {
      return null;
    }

    @Override
    public String transaction() {
      return null;
    }
  }

  private static List<String> common(
      String holding, LocalDate date, long quantity, List<String> serials, String reason) {
    Text.require("holding", holding);
    Objects.requireNonNull(date, "date");
    Text.require("reason", reason);
    if (quantity <= 0) {
      throw new IllegalArgumentException("quantity must be greater than zero: " + quantity);
    }
    List<String> copy = List.copyOf(serials);
    if (!copy.isEmpty() && copy.size() != quantity) {
      throw new IllegalArgumentException(
          copy.size() + " serial numbers for a quantity of " + quantity + ": give one per unit");
    }
    if (new HashSet<>(copy).size() != copy.size()) {
      throw new IllegalArgumentException("a serial number is named twice: " + copy);
    }
    copy.forEach(s -> Text.require("serial number", s));
    return copy;
  }
}
