package io.chokepoint.licence;

import io.chokepoint.content.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds the licences that can cover a transaction line and explains why the others cannot. Every
 * test is applied to every licence, so that a licence that fails several gives every reason, not
 * only the first.
 */
public final class LicenceMatcher {
  private LicenceMatcher() {}

  /** A licence with its current balance. */
  public record Standing(Licence licence, Balance balance) {}

  /**
   * Matches a line against licences.
   *
   * @param line the line
   * @param licences the licences with their balances
   * @return one match per licence: those that cover the line first (the one ending soonest first,
   *     so that a licence about to lapse is used before one that will last), then the others, each
   *     group by licence number
   */
  public static List<LicenceMatch> match(LicenceLine line, List<Standing> licences) {
    List<LicenceMatch> out = new ArrayList<>();
    for (Standing s : licences) {
      out.add(
          new LicenceMatch(
              s.licence(),
              s.balance(),
              shortfalls(s.licence(), s.balance(), line),
              s.licence().riders()));
    }
    out.sort(
        Comparator.comparing((LicenceMatch m) -> !m.covers())
            .thenComparing(m -> m.covers() ? m.licence().validTo() : java.time.LocalDate.MIN)
            .thenComparing(m -> m.licence().number()));
    return List.copyOf(out);
  }

  /**
   * Every reason the licence cannot cover the line with its quantity and value, in the order of
   * {@link Shortfall.Kind}; empty when it can.
   *
   * @param licence the licence
   * @param balance what has been drawn on it
   * @param line the line, with the quantity and value to draw
   */
  public static List<Shortfall> shortfalls(Licence licence, Balance balance, LicenceLine line) {
    List<Shortfall> out = new ArrayList<>();
    status(licence, out);
    if (line.date().isBefore(licence.validFrom())) {
      out.add(
          new Shortfall(
              Shortfall.Kind.NOT_YET_VALID,
              "valid from " + licence.validFrom() + ", the line ships " + line.date()));
    }
    if (line.date().isAfter(licence.validTo())) {
      out.add(
          new Shortfall(
              Shortfall.Kind.EXPIRED,
              "valid to " + licence.validTo() + ", the line ships " + line.date()));
    }
    String regime = licence.authority().regime();
    if (regime != null
        && !line.requiredUnder().isEmpty()
        && !line.requiredUnder().contains(regime)) {
      out.add(
          new Shortfall(
              Shortfall.Kind.WRONG_REGIME,
              "a "
                  + licence.authority()
                  + " licence meets "
                  + regime
                  + "; the line needs a licence under "
                  + String.join(", ", new java.util.TreeSet<>(line.requiredUnder()))));
    }
    items(licence, line, out);
    parties(
        licence.consignees(),
        line.consignee(),
        "consignee",
        Shortfall.Kind.CONSIGNEE_NOT_NAMED,
        out);
    parties(licence.endUsers(), line.endUser(), "end user", Shortfall.Kind.END_USER_NOT_NAMED, out);
    if (!licence.countries().isEmpty() && !licence.countries().contains(line.destination())) {
      out.add(
          new Shortfall(
              Shortfall.Kind.DESTINATION_NOT_COVERED,
              "covers "
                  + String.join(", ", new java.util.TreeSet<>(licence.countries()))
                  + ", the line goes to "
                  + line.destination()));
    }
    out.addAll(amounts(licence, balance, line.quantity(), line.value()));
    out.addAll(shareCaps(licence, balance, line.destination(), line.quantity(), line.value()));
    return out;
  }

  private static void status(Licence licence, List<Shortfall> out) {
    switch (licence.status()) {
      case REVOKED -> out.add(new Shortfall(Shortfall.Kind.REVOKED, "the licence is revoked"));
      case SUSPENDED ->
          out.add(new Shortfall(Shortfall.Kind.SUSPENDED, "the licence is suspended"));
      case EXPIRED ->
          out.add(
              new Shortfall(Shortfall.Kind.EXPIRED_STATUS, "the licence was recorded as expired"));
      case ACTIVE -> {}
    }
  }

  private static void items(Licence licence, LicenceLine line, List<Shortfall> out) {
    for (CoveredItem c : licence.items()) {
      if (c.coversDescription(line.description())) {
        return;
      }
      // A description-only item names no regime; the line's codes (an immutable map) are not
      // asked about a null key, which would throw.
      List<String> codes =
          c.regime() == null ? List.of() : line.codes().getOrDefault(c.regime(), List.of());
      for (String code : codes) {
        if (c.coversCode(c.regime(), code)) {
          return;
        }
      }
    }
    String has =
        line.codes().isEmpty()
            ? "the line's item has no known control code"
            : "the line's item is "
                + line.codes().entrySet().stream()
                    .map(e -> e.getKey() + " " + String.join(",", e.getValue()))
                    .collect(Collectors.joining("; "));
    out.add(
        new Shortfall(
            Shortfall.Kind.ITEM_NOT_COVERED,
            "covers "
                + licence.items().stream().map(CoveredItem::label).collect(Collectors.joining(", "))
                + "; "
                + has));
  }

  private static void parties(
      List<NamedParty> named,
      NamedParty party,
      String role,
      Shortfall.Kind kind,
      List<Shortfall> out) {
    if (named.isEmpty()) {
      return;
    }
    String names = named.stream().map(NamedParty::label).collect(Collectors.joining("; "));
    if (party == null) {
      out.add(new Shortfall(kind, "names " + role + " " + names + "; the line names no " + role));
    } else if (named.stream().noneMatch(n -> n.isSameAs(party))) {
      out.add(new Shortfall(kind, "names " + role + " " + names + ", not " + party.label()));
    }
  }

  /**
   * The reasons the quantity and value limits cannot take an amount.
   *
   * @param licence the licence
   * @param balance what has been drawn
   * @param quantity the units to draw
   * @param value the value to draw, or {@code null} when unknown
   */
  static List<Shortfall> amounts(
      Licence licence, Balance balance, BigDecimal quantity, Money value) {
    List<Shortfall> out = new ArrayList<>();
    if (licence.quantityLimit() != null) {
      BigDecimal left = licence.quantityLimit().subtract(balance.quantity());
      if (left.signum() <= 0) {
        out.add(
            new Shortfall(
                Shortfall.Kind.QUANTITY_EXHAUSTED,
                "all " + plain(licence.quantityLimit()) + " units are drawn"));
      } else if (left.compareTo(quantity) < 0) {
        out.add(
            new Shortfall(
                Shortfall.Kind.NOT_ENOUGH_QUANTITY,
                plain(quantity)
                    + " units asked, "
                    + plain(left)
                    + " left of "
                    + plain(licence.quantityLimit())));
      }
    }
    Money limit = licence.valueLimit();
    if (limit != null) {
      if (value == null) {
        out.add(
            new Shortfall(
                Shortfall.Kind.VALUE_UNKNOWN,
                "the licence is limited to "
                    + money(limit.amount(), limit.currency())
                    + " and the line has no value"));
      } else if (!value.currency().equals(limit.currency())) {
        out.add(
            new Shortfall(
                Shortfall.Kind.CURRENCY_MISMATCH,
                "the licence is limited in "
                    + limit.currency()
                    + ", the line is valued in "
                    + value.currency()));
      } else {
        BigDecimal left = limit.amount().subtract(balance.value());
        if (left.signum() <= 0) {
          out.add(
              new Shortfall(
                  Shortfall.Kind.VALUE_EXHAUSTED,
                  "all of " + money(limit.amount(), limit.currency()) + " is drawn"));
        } else if (left.compareTo(value.amount()) < 0) {
          out.add(
              new Shortfall(
                  Shortfall.Kind.NOT_ENOUGH_VALUE,
                  money(value.amount(), value.currency())
                      + " asked, "
                      + money(left, limit.currency())
                      + " left of "
                      + money(limit.amount(), limit.currency())));
        }
      }
    }
    return out;
  }

  /**
   * The reasons the share caps cannot take a drawdown to a destination.
   *
   * @param licence the licence
   * @param balance the balance with the caps' standings
   * @param destination where the drawdown ships
   * @param quantity the units
   * @param value the value, or {@code null} when unknown
   */
  static List<Shortfall> shareCaps(
      Licence licence, Balance balance, String destination, BigDecimal quantity, Money value) {
    List<Shortfall> out = new ArrayList<>();
    for (LicenceCondition.ShareCap cap : licence.shareCaps()) {
      if (!cap.capped().contains(destination)) {
        continue;
      }
      boolean byQuantity = cap.measure() == LicenceCondition.Measure.QUANTITY;
      if (!byQuantity && value == null) {
        out.add(
            new Shortfall(
                Shortfall.Kind.SHARE_CAP_EXCEEDED,
                "cap " + cap.id() + " compares values and the line has no value"));
        continue;
      }
      BigDecimal amount = byQuantity ? quantity : value.amount();
      BigDecimal after = balance.capped(cap.id()).add(amount);
      BigDecimal allowance = cap.allowance(balance.reference(cap.id()));
      if (after.compareTo(allowance) > 0) {
        out.add(
            new Shortfall(
                Shortfall.Kind.SHARE_CAP_EXCEEDED,
                "cap "
                    + cap.id()
                    + ": "
                    + cap.describe()
                    + "; "
                    + plain(balance.capped(cap.id()))
                    + " drawn + "
                    + plain(amount)
                    + " = "
                    + plain(after)
                    + " > "
                    + plain(cap.share())
                    + " x "
                    + plain(balance.reference(cap.id()))
                    + " = "
                    + plain(allowance)));
      }
    }
    return out;
  }

  static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  static String money(BigDecimal amount, String currency) {
    return currency + " " + plain(amount);
  }

  /** The balances of several licences by number, for callers that keep them in a map. */
  public static List<Standing> standings(List<Licence> licences, Map<String, Balance> balances) {
    return licences.stream()
        .map(l -> new Standing(l, balances.getOrDefault(l.number(), Balance.ZERO)))
        .toList();
  }
}
