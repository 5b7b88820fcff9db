package io.chokepoint.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.chokepoint.cli.Licensing;
import io.chokepoint.cli.RecordJson;
import io.chokepoint.determine.Determination;
import io.chokepoint.review.HoldStatus;
import io.chokepoint.review.ReviewDecision;
import io.chokepoint.review.Role;
import io.chokepoint.store.RecordedDetermination;
import io.chokepoint.store.Store;
import io.chokepoint.store.tx.Submission;
import io.chokepoint.store.tx.TransactionRecord;
import io.chokepoint.transaction.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recorded transactions, the review queue and review decisions: the HTTP form of {@code tx} and
 * {@code review} (docs/formats.md §14), under the same rules.
 */
final class TransactionApi implements ApiModule {
  @Override
  public void register(Api api) {
    api.route(
        new Endpoint(
            "POST",
            "/api/transactions",
            Role.OFFICER,
            "transactions",
            "Record a transaction: determine it, screen its parties, hold it unless NO_LICENSE_REQUIRED.",
            "a transaction (docs/formats.md §1) as JSON"),
        call -> {
          call.body();
          Services s = api.services();
          List<Transaction> txs = s.transactionReader().parse(call.source(), ApiValues.BODY);
          if (txs.size() != 1) {
            throw ApiException.invalid(
                "transactions", "send one transaction per request, not " + txs.size());
          }
          Transaction t = txs.get(0);
          Determination d = s.determiner().determine(t, null);
          s.recordLists(call.actor().name());
          Submission sub = s.store().transactions().submit(call.actor(), t, d, "api");
          Map<String, Object> m = RecordJson.transaction(sub.record());
          m.put("change", sub.change().name());
          call.context().status(sub.change() == Submission.Change.NEW ? 201 : 200);
          return m;
        });
    api.route(
        new Endpoint(
            "GET",
            "/api/transactions",
            Role.VIEWER,
            "transactions",
            "List transactions (?status=held&limit=100), newest export date first.",
            null),
        call -> {
          HoldStatus status = status(call.query("status"));
          int limit = limit(call.query("limit"));
          return api.services().store().transactions().list(status, limit).stream()
              .map(RecordJson::transaction)
              .toList();
        });
    api.route(
        new Endpoint(
            "GET",
            "/api/transactions/{id}",
            Role.VIEWER,
            "transactions",
            "A transaction with its current determination, earlier determinations and reviews.",
            null),
        call -> show(api.services().store(), call.path("id")));
    api.route(
        new Endpoint(
            "GET",
            "/api/holds",
            Role.VIEWER,
            "reviews",
            "The review queue: held and awaiting-facts transactions, oldest first.",
            null),
        call -> {
          List<TransactionRecord> held = api.services().store().transactions().queue();
          return held.stream().map(RecordJson::transaction).toList();
        });
    api.route(
        new Endpoint(
            "POST",
            "/api/transactions/{id}/release",
            Role.OFFICER,
            "reviews",
            "Release a held transaction under licences (drawn down) or offered licence exceptions.",
            "{licences?: [number], exceptions?: [id], reason}"),
        call -> {
          String id = call.path("id");
          ReviewDecision.Release r =
              new ReviewDecision.Release(
                  strings(call.body(), "licences"),
                  strings(call.body(), "exceptions"),
                  reason(call));
          Store db = api.services().store();
          Licensing licensing = Licensing.of(api.services().home(), db, id);
          return RecordJson.review(
              db.holds().decide(call.actor(), id, r, licensing.cover(), licensing.drawdown()));
        });
    api.route(
        new Endpoint(
            "POST",
            "/api/transactions/{id}/reject",
            Role.OFFICER,
            "reviews",
            "Reject a held transaction.",
            "{reason}"),
        call -> decide(api, call, new ReviewDecision.Reject(reason(call))));
    api.route(
        new Endpoint(
            "POST",
            "/api/transactions/{id}/ask",
            Role.OFFICER,
            "reviews",
            "Ask for facts about a held transaction.",
            "{facts: [fact], reason}"),
        call -> {
          List<String> facts = strings(call.body(), "facts");
          if (facts.isEmpty()) {
            throw ApiException.invalid("facts", "name at least one fact");
          }
          return decide(api, call, new ReviewDecision.AskForFacts(facts, reason(call)));
        });
  }

  private static Map<String, Object> decide(Api api, ApiCall call, ReviewDecision d) {
    return RecordJson.review(
        api.services().store().holds().decide(call.actor(), call.path("id"), d));
  }

  static Map<String, Object> show(Store db, String id) throws Exception {
    TransactionRecord r = db.transactions().get(id);
    Map<String, Object> m = RecordJson.transaction(r);
    List<Map<String, Object>> ds = new ArrayList<>();
    JsonNode current = null;
    for (RecordedDetermination d : db.determinations().forTransaction(id)) {
      ds.add(RecordJson.determination(d));
      if (d.id() == r.determination()) {
        current = ApiCall.JSON.readTree(d.body());
      }
    }
    m.put("determinations", ds);
    m.put("determination", current);
    m.put("reviews", db.holds().reviews(id).stream().map(RecordJson::review).toList());
    return m;
  }

  private static String reason(ApiCall call) {
    String r = call.optionalString("reason");
    if (r == null || r.isBlank()) {
      throw ApiException.invalid("reason", "a reason is required for every review decision");
    }
    return r;
  }

  private static List<String> strings(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return List.of();
    }
    if (!n.isArray()) {
      throw ApiException.invalid(field, "'" + field + "' must be a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      if (!n.get(i).isTextual()) {
        throw ApiException.invalid(field + "[" + i + "]", "must be a string");
      }
      out.add(n.get(i).asText());
    }
    return out;
  }

  private static HoldStatus status(String word) {
    if (word == null || word.isBlank()) {
      return null;
    }
    try {
      return HoldStatus.valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(
          "status",
          "unknown status '" + word + "': cleared, held, awaiting_facts, released or rejected");
    }
  }

  private static int limit(String text) {
    if (text == null) {
      return 100;
    }
    try {
      int n = Integer.parseInt(text);
      if (n < 1 || n > 10_000) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.invalid("limit", "'limit' must be a whole number from 1 to 10000");
    }
  }
}
