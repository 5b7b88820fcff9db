package io.chokepoint.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.chokepoint.determine.ClearedMatches;
import io.chokepoint.determine.ScreeningFormat;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.review.Role;
import io.chokepoint.screening.MatchPolicy;
import io.chokepoint.screening.ReviewedNonMatch;
import io.chokepoint.screening.ScreeningMatch;
import io.chokepoint.screening.ScreeningQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Screening names against the active lists: one name (as a person types it in the console) or a
 * batch (as an order system sends its new customers). The JSON is that of {@code chokepoint screen}
 * (docs/formats.md §10). Reviewed non-matches ("good guys"), as {@code chokepoint clear} records
 * them: a party found not to be a list entry, which party screening in determinations then no
 * longer counts while the entry is unchanged.
 */
final class ScreeningApi implements ApiModule {
  /** The most names in one batch request. */
  static final int MAX_BATCH = 1000;

  @Override
  public void register(Api api) {
    api.route(
        new Endpoint(
            "POST",
            "/api/screen",
            Role.VIEWER,
            "screening",
            "Screen one name: its matches on the active lists, each explained.",
            "{name, country?, address?, threshold?}"),
        call -> screen(api.services(), call.body(), "", threshold(call.body(), "")));
    api.route(
        new Endpoint(
            "POST",
            "/api/screen/batch",
            Role.VIEWER,
            "screening",
            "Screen up to 1,000 names.",
            "{names: [{id?, name, country?, address?}], threshold?}"),
        call -> {
          JsonNode names = call.body().get("names");
          if (names == null || !names.isArray()) {
            throw ApiException.invalid("names", "'names' is required and must be a list");
          }
          if (names.size() > MAX_BATCH) {
            throw ApiException.invalid(
                "names", names.size() + " names: at most " + MAX_BATCH + " per request");
          }
          double t = threshold(call.body(), "");
          List<Object> out = new ArrayList<>();
          for (int i = 0; i < names.size(); i++) {
            out.add(screen(api.services(), names.get(i), "names[" + i + "].", t));
          }
          return Map.of("lists", api.services().lists().contentHash(), "results", out);
        });
    clearing(api);
  }

  private static void clearing(Api api) {
    api.route(
        new Endpoint(
                "POST",
                "/api/screen/cleared",
                Role.OFFICER,
                "screening",
                "Record that a party is not a list entry (a reviewed non-match), with the reason;"
                    + " determinations stop counting the match until the entry changes.",
                "{name, country?, entry, reason}")
            .created(),
        call -> {
          String name = call.string("name");
          String country = call.optionalString("country");
          if (country != null && !country.matches("[A-Z]{2}")) {
            throw ApiException.invalid("country", "'country' must be an ISO alpha-2 code, e.g. CN");
          }
          String entryId = call.string("entry");
          String reason = call.string("reason");
          Services s = api.services();
          ListEntry entry =
              s.lists()
                  .entry(entryId)
                  .orElseThrow(
                      () ->
                          new ApiException(
                              404,
                              "NOT_FOUND",
                              "no entry " + entryId + " in the active lists",
                              "entry"));
          ReviewedNonMatch review =
              ReviewedNonMatch.of(
                  ClearedMatches.partyKey(name, country),
                  entry,
                  call.actor().name(),
                  reason,
                  Instant.now());
          long id = s.store().reviewedNonMatches().record(review);
          s.refreshCleared();
          Map<String, Object> m = cleared(review);
          m.put("id", id);
          m.put("entryName", entry.name());
          m.put("list", entry.list());
          return m;
        });
    api.route(
        new Endpoint(
            "GET",
            "/api/screen/cleared",
            Role.VIEWER,
            "screening",
            "Every reviewed non-match, oldest first.",
            null),
        call -> {
          List<Object> out = new ArrayList<>();
          api.services().store().reviewedNonMatches().all().forEach(r -> out.add(cleared(r)));
          return out;
        });
  }

  private static Map<String, Object> cleared(ReviewedNonMatch r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("partyKey", r.partyKey());
    m.put("entry", r.entryId());
    m.put("entryFingerprint", r.entryFingerprint());
    m.put("reviewer", r.reviewer());
    m.put("reason", r.reason());
    m.put("reviewedAt", r.reviewedAt().toString());
    return m;
  }

  private static double threshold(JsonNode body, String prefix) {
    JsonNode t = body.get("threshold");
    if (t == null || t.isNull()) {
      return MatchPolicy.DEFAULT_ALERT_THRESHOLD;
    }
    if (!t.isNumber() || t.asDouble() < 0 || t.asDouble() > 1) {
      throw ApiException.invalid(prefix + "threshold", "'threshold' must be a number in [0, 1]");
    }
    return t.asDouble();
  }

  private static Map<String, Object> screen(
      Services s, JsonNode q, String prefix, double threshold) {
    if (q == null || !q.isObject()) {
      throw ApiException.invalid(prefix.isEmpty() ? "" : prefix, "each name must be an object");
    }
    JsonNode name = q.get("name");
    if (name == null || !name.isTextual() || name.asText().isBlank()) {
      throw ApiException.invalid(prefix + "name", "'name' is required and must be a string");
    }
    String country = text(q, "country", prefix);
    String address = text(q, "address", prefix);
    List<ScreeningMatch> matches =
        s.screener().screen(new ScreeningQuery(name.asText(), country, address), threshold);
    Map<String, Object> m = new LinkedHashMap<>();
    String id = text(q, "id", prefix);
    if (id != null) {
      m.put("id", id);
    }
    m.put("query", name.asText());
    if (country != null) {
      m.put("country", country);
    }
    m.put("lists", s.lists().contentHash());
    List<Object> ms = new ArrayList<>(matches.size());
    matches.forEach(x -> ms.add(ScreeningFormat.match(x)));
    m.put("matches", ms);
    return m;
  }

  private static String text(JsonNode q, String field, String prefix) {
    JsonNode n = q.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw ApiException.invalid(prefix + field, "'" + field + "' must be a string");
    }
    return n.asText();
  }
}
