package io.chokepoint.rescreen;

import com.fasterxml.jackson.databind.JsonNode;
import io.chokepoint.screening.ScreeningDelta;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a rescreen run was and found: {@code summary.json} of a result folder (docs/formats.md §23).
 * The identity fields (the master's hash, the lists' hash, the weights' hash and the threshold) are
 * what a later delta run checks before it carries anything over.
 *
 * @param mode {@code full} or {@code delta}
 * @param engine the engine that ran it ({@code local})
 * @param engineVersion the Chokepoint engine version
 * @param partiesSha256 the hash of the master file
 * @param parties how many parties it holds
 * @param lists the list snapshot's content hash
 * @param listsAsOf the date the lists are as of, or {@code null}
 * @param entries how many entries the lists hold
 * @param previousLists the hash of the lists of the result compared with, or {@code null}
 * @param listDelta entries {@code added}, {@code removed}, {@code changed} since those, or {@code
 *     null} when they are not known
 * @param weights the token weights' hash
 * @param weightedKeys how many keys weigh less than 1
 * @param weightsFrom the hash of the lists the weights were computed from
 * @param threshold the lowest score kept
 * @param matches how many matches, open and cleared
 * @param open how many open matches (alerts)
 * @param cleared how many matches reviewed non-matches clear
 * @param partiesMatched how many parties have a match
 * @param changes per kind ({@code new}, {@code cleared}, {@code changed}) the count per reason,
 *     against the previous result or, without one, against nothing
 * @param scopes for a delta run, how many parties each {@link ScreeningDelta.Scope} had, else
 *     {@code null}
 * @param seconds how long the run took
 */
public record RescreenSummary(
    String mode,
    String engine,
    String engineVersion,
    String partiesSha256,
    int parties,
    String lists,
    LocalDate listsAsOf,
    int entries,
    String previousLists,
    Map<String, Integer> listDelta,
    String weights,
    int weightedKeys,
    String weightsFrom,
    double threshold,
    int matches,
    int open,
    int cleared,
    int partiesMatched,
    Map<String, Map<String, Integer>> changes,
    Map<String, Integer> scopes,
    double seconds) {
  public RescreenSummary {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(partiesSha256, "partiesSha256");
    Objects.requireNonNull(lists, "lists");
    Objects.requireNonNull(weights, "weights");
    listDelta = listDelta == null ? null : Map.copyOf(listDelta);
    changes = changes == null ? Map.of() : copy(changes);
    scopes = scopes == null ? null : Map.copyOf(scopes);
  }

  private static Map<String, Map<String, Integer>> copy(Map<String, Map<String, Integer>> m) {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** A kind or reason as written in files: lower case, words joined by hyphens. */
  static String label(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** How many changes of a kind, all reasons together. */
  public int total(RescreenDiff.Kind kind) {
    return changes.getOrDefault(label(kind), Map.of()).values().stream().mapToInt(i -> i).sum();
  }

  /** The summary as an ordered map, for JSON. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mode", mode);
    m.put("engine", engine);
    m.put("engineVersion", engineVersion);
    Map<String, Object> p = new LinkedHashMap<>(); // not Map.of: its order changes between JVMs
    p.put("sha256", partiesSha256);
    p.put("count", parties);
    m.put("parties", p);
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("hash", lists);
    l.put("asOf", listsAsOf == null ? null : listsAsOf.toString());
    l.put("entries", entries);
    m.put("lists", l);
    m.put("previousLists", previousLists);
    m.put(
        "listDelta", listDelta == null ? null : ordered(listDelta, "added", "removed", "changed"));
    Map<String, Object> w = new LinkedHashMap<>();
    w.put("hash", weights);
    w.put("keysBelow1", weightedKeys);
    w.put("from", weightsFrom);
    m.put("weights", w);
    m.put("threshold", threshold);
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("total", matches);
    x.put("open", open);
    x.put("cleared", cleared);
    x.put("parties", partiesMatched);
    m.put("matches", x);
    Map<String, Object> c = new LinkedHashMap<>();
    for (RescreenDiff.Kind k : RescreenDiff.Kind.values()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("total", total(k));
      one.put("byReason", changes.getOrDefault(label(k), Map.of()));
      c.put(label(k), one);
    }
    m.put("changes", c);
    m.put(
        "scopes",
        scopes == null
            ? null
            : ordered(scopes, "unchanged", "scored", "new-candidates", "old-and-new-candidates"));
    m.put("seconds", Math.round(seconds * 1000) / 1000.0);
    return m;
  }

  private static Map<String, Integer> ordered(Map<String, Integer> m, String... keys) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String k : keys) {
      out.put(k, m.getOrDefault(k, 0));
    }
    return out;
  }

  /**
   * Reads a summary written by {@link #toJson()}.
   *
   * @throws IllegalArgumentException naming the field, if one is missing or of the wrong type
   */
  static RescreenSummary fromJson(JsonNode n) {
    Map<String, Map<String, Integer>> changes = new LinkedHashMap<>();
    n.path("changes")
        .fields()
        .forEachRemaining(
            e -> {
              Map<String, Integer> by = new LinkedHashMap<>();
              e.getValue()
                  .path("byReason")
                  .fields()
                  .forEachRemaining(r -> by.put(r.getKey(), r.getValue().asInt()));
              changes.put(e.getKey(), by);
            });
    return new RescreenSummary(
        text(n, "mode"),
        n.path("engine").asText(null),
        n.path("engineVersion").asText(null),
        text(n.path("parties"), "sha256"),
        n.path("parties").path("count").asInt(),
        text(n.path("lists"), "hash"),
        n.path("lists").path("asOf").isTextual()
            ? LocalDate.parse(n.path("lists").path("asOf").asText())
            : null,
        n.path("lists").path("entries").asInt(),
        n.path("previousLists").isTextual() ? n.path("previousLists").asText() : null,
        counts(n.path("listDelta")),
        text(n.path("weights"), "hash"),
        n.path("weights").path("keysBelow1").asInt(),
        n.path("weights").path("from").asText(null),
        number(n, "threshold"),
        n.path("matches").path("total").asInt(),
        n.path("matches").path("open").asInt(),
        n.path("matches").path("cleared").asInt(),
        n.path("matches").path("parties").asInt(),
        changes,
        counts(n.path("scopes")),
        n.path("seconds").asDouble());
  }

  private static Map<String, Integer> counts(JsonNode n) {
    if (!n.isObject()) {
      return null;
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asInt()));
    return out;
  }

  private static String text(JsonNode n, String field) {
    if (!n.path(field).isTextual()) {
      throw new IllegalArgumentException("no text field '" + field + "'");
    }
    return n.path(field).asText();
  }

  private static double number(JsonNode n, String field) {
    if (!n.path(field).isNumber()) {
      throw new IllegalArgumentException("no number field '" + field + "'");
    }
    return n.path(field).asDouble();
  }
}
