package io.chokepoint.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.chokepoint.determine.ScreeningFormat;
import io.chokepoint.review.Role;
import io.chokepoint.screening.MatchPolicy;
import io.chokepoint.screening.ScreeningMatch;
import io.chokepoint.screening.ScreeningQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Screening names against the active lists: one name (as a person types it in the console) or a
 * batch (as an order system sends its new customers). The JSON is that of {@code chokepoint screen}
 * (docs/formats.md §10).
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
