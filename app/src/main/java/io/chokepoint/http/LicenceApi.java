package io.chokepoint.http;

import io.chokepoint.cli.LicenceCli;
import io.chokepoint.content.Money;
import io.chokepoint.licence.Licence;
import io.chokepoint.licence.LicenceLine;
import io.chokepoint.licence.LicenceReader;
import io.chokepoint.licence.Shortfall;
import io.chokepoint.review.Role;
import io.chokepoint.store.Store;
import io.chokepoint.store.licence.LedgerResult;
import io.chokepoint.store.licence.StoredLicence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Licence writes and matching: the HTTP form of {@code licence add|draw|return|adjust|expire|match}
 * (docs/formats.md §16–17). Reading licences ({@code GET /api/licences…}) is the console's module.
 *
 * <p>A drawdown, return or adjustment the ledger rejects is still recorded, with its reasons, as
 * the CLI records it (exit 3); the API answers it 409 {@code REJECTED}, with the CLI's JSON under
 * {@code result}.
 */
final class LicenceApi implements ApiModule {
  @Override
  public void register(Api api) {
    api.route(
        new Endpoint(
                "POST",
                "/api/licences",
                Role.OFFICER,
                "licences",
                "Record licences, all or none.",
                "a licence file (docs/formats.md §16) as JSON: one licence, or {licences: [...]}")
            .created(),
        call -> {
          call.body();
          List<Licence> licences = LicenceReader.parse(call.text(), ApiValues.BODY);
          List<Object> added = new ArrayList<>();
          for (StoredLicence s : db(api).licences().addAll(call.actor(), licences)) {
            added.add(LicenceCli.stored(s));
          }
          return Map.of("added", added);
        });
    api.route(
        new Endpoint(
            "POST",
            "/api/licences/{number}/draw",
            Role.OFFICER,
            "licences",
            "Draw a recorded transaction's line on a licence, once per key.",
            "{transaction, line, quantity, value?, key}"),
        call -> {
          String number = call.path("number");
          String tx = call.string("transaction");
          String line = call.string("line");
          BigDecimal q = ApiValues.decimal(call, "quantity", true);
          BigDecimal v = ApiValues.decimal(call, "value", false);
          String key = call.string("key");
          Store db = db(api);
          LicenceCli.Recorded r = LicenceCli.recorded(api.services().home(), db, tx);
          LicenceLine l = LicenceCli.drawn(r, line, q, v, "line", () -> currency(db, number));
          return answer(call, number, "draw", db.licences().draw(call.actor(), number, l, key));
        });
    api.route(
        new Endpoint(
            "POST",
            "/api/licences/{number}/return",
            Role.OFFICER,
            "licences",
            "Credit units of a drawdown back to its licence.",
            "{entry, quantity, value?, reason}"),
        call -> {
          String number = call.path("number");
          long entry = ApiValues.whole(call, "entry");
          BigDecimal q = ApiValues.decimal(call, "quantity", true);
          BigDecimal v = ApiValues.decimal(call, "value", false);
          String reason = call.string("reason");
          return answer(
              call,
              number,
              "return",
              db(api).licences().giveBack(call.actor(), number, entry, q, v, reason));
        });
    api.route(
        new Endpoint(
            "POST",
            "/api/licences/{number}/adjust",
            Role.OFFICER,
            "licences",
            "Change a licence's drawn totals by signed amounts.",
            "{quantity?, value?, reason}"),
        call -> {
          String number = call.path("number");
          BigDecimal q = ApiValues.decimal(call, "quantity", false);
          BigDecimal v = ApiValues.decimal(call, "value", false);
          if (q == null && v == null) {
            throw ApiException.invalid("quantity", "give quantity, value or both to adjust by");
          }
          String reason = call.string("reason");
          return answer(
              call,
              number,
              "adjust",
              db(api)
                  .licences()
                  .adjust(
                      call.actor(),
                      number,
                      q == null ? BigDecimal.ZERO : q,
                      v == null ? BigDecimal.ZERO : v,
                      reason));
        });
    api.route(
        new Endpoint(
            "POST",
            "/api/licences/{number}/expire",
            Role.OFFICER,
            "licences",
            "Record a licence's expiry if it is past its last day.",
            "{asOf?} (default today)"),
        call -> {
          String number = call.path("number");
          LocalDate day = ApiValues.date(call, "asOf", LocalDate.now());
          return answer(
              call, number, "expire", db(api).licences().expire(call.actor(), number, day));
        });
    api.route(
        new Endpoint(
            "POST",
            "/api/licences/expire",
            Role.OFFICER,
            "licences",
            "Record the expiry of every licence past its last day.",
            "{asOf?} (default today)"),
        call -> {
          LocalDate day = ApiValues.date(call, "asOf", LocalDate.now());
          List<Object> expired = new ArrayList<>();
          for (LedgerResult r : db(api).licences().expireAll(call.actor(), day)) {
            expired.add(LicenceCli.result("", "expire", r));
          }
          return Map.of("expired", expired);
        });
    api.route(
        new Endpoint(
            "GET",
            "/api/transactions/{id}/licence-matches",
            Role.VIEWER,
            "licences",
            "Which licences can cover each line of a recorded transaction (?line=L), and why not.",
            null),
        call -> matches(api, call.path("id"), call.query("line")));
  }

  private static Store db(Api api) {
    return api.services().store();
  }

  private static String currency(Store db, String number) {
    Money limit = db.licences().get(number).licence().valueLimit();
    return limit == null ? "USD" : limit.currency();
  }

  /** The CLI's answer; a recorded rejection is a 409 carrying it. */
  private static Object answer(ApiCall call, String number, String kind, LedgerResult r) {
    Map<String, Object> result = LicenceCli.result(number, kind, r);
    if (r.accepted()) {
      return result;
    }
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", "REJECTED");
    error.put(
        "message",
        kind
            + " on "
            + number
            + " rejected and recorded: "
            + r.reasons().stream().map(Shortfall::message).collect(Collectors.joining("; ")));
    error.put("field", null);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("result", result);
    call.context().status(409);
    return body;
  }

  /** As {@code licence match TX_ID [--line L]} prints it. */
  static Map<String, Object> matches(Api api, String tx, String line) {
    return Map.of(
        "lines",
        LicenceCli.matches(api.services().home(), db(api), tx, line, "line").stream()
            .map(LicenceCli.LineMatches::json)
            .toList());
  }
}
