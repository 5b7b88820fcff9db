package io.chokepoint.determine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The difference between a recorded determination and the same transaction determined again, both
 * as FORMATS.md §2 JSON: whether they are identical byte for byte, which identities changed (rule
 * book, lists, engine), what changed in the answer (overall and per regime outcome, review policy,
 * rules that fired), and every other changed field by its JSON path.
 *
 * @param identical whether the two are the same, byte for byte
 * @param identities the identities that differ, e.g. {@code rulebook: sha256:… → sha256:…}
 * @param answer the changes in the answer a person acts on
 * @param fields every changed JSON path, with both values (at most {@link #MAX_FIELDS})
 * @param moreFields how many changed paths were left out
 */
public record DeterminationDiff(
    boolean identical,
    List<String> identities,
    List<String> answer,
    List<String> fields,
    int moreFields) {
  /** The most changed paths listed. */
  public static final int MAX_FIELDS = 50;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Creates a diff. */
  public DeterminationDiff {
    identities = List.copyOf(identities);
    answer = List.copyOf(answer);
    fields = List.copyOf(fields);
  }

  /**
   * Compares two determinations.
   *
   * @param recorded the recorded one, as one line of JSON
   * @param replayed the new one, as one line of JSON
   * @throws IllegalArgumentException if either is not JSON
   */
  public static DeterminationDiff between(String recorded, String replayed) {
    if (recorded.equals(replayed)) {
      return new DeterminationDiff(true, List.of(), List.of(), List.of(), 0);
    }
    JsonNode a = read(recorded);
    JsonNode b = read(replayed);
    List<String> identities = new ArrayList<>();
    for (String id : List.of("rulebook", "lists", "input", "engine")) {
      if (!a.path(id).equals(b.path(id))) {
        identities.add(id + ": " + a.path(id).asText() + " → " + b.path(id).asText());
      }
    }
    List<String> answer = new ArrayList<>();
    if (!a.path("overall").equals(b.path("overall"))) {
      answer.add("overall: " + a.path("overall").asText() + " → " + b.path("overall").asText());
    }
    for (JsonNode ra : a.path("regimes")) {
      JsonNode rb = regime(b, ra.path("regime").asText());
      String name = ra.path("regime").asText();
      if (rb == null) {
        answer.add(name + ": no longer determined");
        continue;
      }
      if (!ra.path("outcome").equals(rb.path("outcome"))) {
        answer.add(name + ": " + ra.path("outcome").asText() + " → " + rb.path("outcome").asText());
      }
      if (!ra.path("review").equals(rb.path("review"))) {
        answer.add(name + ": review " + review(ra) + " → " + review(rb));
      }
      Set<String> firedA = fired(ra);
      Set<String> firedB = fired(rb);
      for (String r : firedA) {
        if (!firedB.contains(r)) {
          answer.add(name + ": rule " + r + " no longer fires");
        }
      }
      for (String r : firedB) {
        if (!firedA.contains(r)) {
          answer.add(name + ": rule " + r + " now fires");
        }
      }
    }
    List<String> fields = new ArrayList<>();
    int[] more = {0};
    walk("", a, b, fields, more);
    return new DeterminationDiff(false, identities, answer, fields, more[0]);
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a determination: " + e.getMessage(), e);
    }
  }

  private static String review(JsonNode regime) {
    JsonNode r = regime.path("review");
    return r.isTextual() ? r.asText() : "none";
  }

  private static JsonNode regime(JsonNode d, String code) {
    for (JsonNode r : d.path("regimes")) {
      if (r.path("regime").asText().equals(code)) {
        return r;
      }
    }
    return null;
  }

  private static Set<String> fired(JsonNode regime) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode r : regime.path("rules")) {
      if (r.path("fired").asBoolean(false)) {
        out.add(r.path("id").asText());
      }
    }
    return out;
  }

  private static void walk(String path, JsonNode a, JsonNode b, List<String> out, int[] more) {
    if (a.equals(b)) {
      return;
    }
    if (a.isObject() && b.isObject()) {
      Set<String> keys = new LinkedHashSet<>();
      a.fieldNames().forEachRemaining(keys::add);
      b.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        walk(path + "." + k, a.path(k), b.path(k), out, more);
      }
      return;
    }
    if (a.isArray() && b.isArray() && a.size() == b.size()) {
      Iterator<JsonNode> ia = a.elements();
      Iterator<JsonNode> ib = b.elements();
      for (int i = 0; ia.hasNext(); i++) {
        walk(path + "[" + i + "]", ia.next(), ib.next(), out, more);
      }
      return;
    }
    if (out.size() >= MAX_FIELDS) {
      more[0]++;
      return;
    }
    out.add(path.substring(1) + ": " + brief(a) + " → " + brief(b));
  }

  private static String brief(JsonNode n) {
    if (n.isMissingNode()) {
      return "(absent)";
    }
    String s = n.toString();
    return s.length() > 160 ? s.substring(0, 157) + "..." : s;
  }
}
