package io.chokepoint.http;

import io.chokepoint.cli.LicenceCli;
import io.chokepoint.licence.Licence;
import io.chokepoint.licence.LicenceStatus;
import io.chokepoint.review.Role;
import io.chokepoint.store.licence.StoredLicence;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reading licences (docs/formats.md §16): every licence with its balance, one with its ledger
 * history, those that expire soon, and the licences that can cover a recorded transaction's lines
 * (§17). Writing licences and drawing on them are other endpoints.
 */
final class LicenceViewApi implements ApiModule {
  /** The most days ahead {@code expiring} looks. */
  static final int MAX_DAYS = 3660;

  @Override
  public void register(Api api) {
    api.route(
        new Endpoint(
            "GET",
            "/api/licences",
            Role.VIEWER,
            "licences",
            "Every licence with its balance (limit, drawn, left) and share caps, by number.",
            null),
        call ->
            Map.of(
                "licences",
                api.services().store().licences().all().stream()
                    .map(LicenceViewApi::json)
                    .toList()));
    // Before /api/licences/{number}: a literal segment must win over the parameter.
    api.route(
        new Endpoint(
            "GET",
            "/api/licences/expiring",
            Role.VIEWER,
            "licences",
            "Active licences whose last day falls within ?days=60 of ?asOf=DATE (default today),"
                + " soonest first.",
            null),
        call -> {
          int days = call.integer("days", 60, 0, MAX_DAYS);
          LocalDate asOf = call.date("asOf");
          LocalDate today = asOf == null ? LocalDate.now() : asOf;
          LocalDate until = today.plusDays(days);
          List<Object> out =
              api.services().store().licences().all().stream()
                  .filter(s -> s.licence().status() == LicenceStatus.ACTIVE)
                  .filter(s -> !s.licence().validTo().isBefore(today))
                  .filter(s -> !s.licence().validTo().isAfter(until))
                  .sorted(Comparator.comparing(s -> s.licence().validTo()))
                  .map(
                      s -> {
                        Map<String, Object> m = json(s);
                        m.put("daysLeft", ChronoUnit.DAYS.between(today, s.licence().validTo()));
                        return (Object) m;
                      })
                  .toList();
          return Map.of("asOf", today.toString(), "days", days, "licences", out);
        });
    api.route(
        new Endpoint(
            "GET",
            "/api/licences/{number}",
            Role.VIEWER,
            "licences",
            "One licence with its balance, share caps and every ledger entry, oldest first.",
            null),
        call -> {
          String number = call.path("number");
          StoredLicence s = api.services().store().licences().get(number);
          Map<String, Object> m = json(s);
          m.put(
              "entries",
              api.services().store().licences().entries(number).stream()
                  .map(LicenceCli::entry)
                  .toList());
          return m;
        });
    api.route(
        new Endpoint(
            "GET",
            "/api/transactions/{id}/licences",
            Role.VIEWER,
            "licences",
            "Which licences can cover each line of a recorded transaction (?line=L), and why the"
                + " others cannot, as licence match answers.",
            null),
        call -> {
          String id = call.path("id");
          String line = call.query("line");
          List<Object> lines =
              LicenceCli.matches(api.services().home(), api.services().store(), id, line, "line")
                  .stream()
                  .map(m -> (Object) m.json())
                  .toList();
          if (line != null && lines.isEmpty()) {
            throw ApiException.invalid("line", "transaction " + id + " has no line " + line);
          }
          return Map.of("lines", lines);
        });
  }

  /** A licence with its balance and the share of its tightest limit used, for drawdown bars. */
  static Map<String, Object> json(StoredLicence s) {
    Map<String, Object> m = LicenceCli.stored(s);
    m.put("used", used(s));
    return m;
  }

  /**
   * The share of the licence used, in [0, 1]: the larger of drawn quantity over its limit and drawn
   * value over its limit; {@code null} for a licence with neither limit.
   */
  static Double used(StoredLicence s) {
    Licence l = s.licence();
    BigDecimal best = null;
    if (l.quantityLimit() != null && l.quantityLimit().signum() > 0) {
      best = s.balance().quantity().divide(l.quantityLimit(), MathContext.DECIMAL64);
    }
    if (l.valueLimit() != null && l.valueLimit().amount().signum() > 0) {
      BigDecimal v = s.balance().value().divide(l.valueLimit().amount(), MathContext.DECIMAL64);
      best = best == null || v.compareTo(best) > 0 ? v : best;
    }
    return best == null ? null : Math.max(0, Math.min(1, best.doubleValue()));
  }
}
