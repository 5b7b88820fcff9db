package io.chokepoint.determine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    Map<String, String> idsA = new LinkedHashMap<>();
    Map<String, String> idsB = new LinkedHashMap<>();
    for (String id : IDENTITIES) {
      idsA.put(id, a.path(id).isMissingNode() ? null : a.path(id).asText());
      idsB.put(id, b.path(id).isMissingNode() ? null : b.path(id).asText());
    }
    List<String> identities = identities(idsA, idsB);
    List<String> answer =
        answer(a.path("overall").asText(), b.path("overall").asText(), answers(a), answers(b));
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

  /**
   * The changes in the answer between two determinations in memory, worded as {@link #between}
   * words them: for comparing many determinations without writing each as JSON.
   *
   * @param before the earlier or baseline determination
   * @param after the later or changed one
   * @return the changes a person acts on (overall, outcome, review, rules that fire); empty when
   *     the answers agree
   */
  public static List<String> answerChanges(Determination before, Determination after) {
    return answer(before.overall().name(), after.overall().name(), answers(before), answers(after));
  }

  /**
   * The identities (rule book, lists, input, engine) that differ between two determinations in
   * memory, worded as {@link #between} words them.
   */
  public static List<String> identityChanges(Determination before, Determination after) {
    return identities(identities(before), identities(after));
  }

  /** The identity names, in the order they are compared. */
  private static final List<String> IDENTITIES = List.of("rulebook", "lists", "input", "engine");

  /** What one regime answered, as far as the diff compares it. */
  private record Answer(String regime, String outcome, String review, Set<String> fired) {}

  private static Map<String, String> identities(Determination d) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("rulebook", d.rulebook());
    m.put("lists", d.lists());
    m.put("input", d.input());
    m.put("engine", d.engine());
    return m;
  }

  private static List<String> identities(Map<String, String> a, Map<String, String> b) {
    List<String> out = new ArrayList<>();
    for (String id : IDENTITIES) {
      if (!Objects.equals(a.get(id), b.get(id))) {
        out.add(id + ": " + a.get(id) + " → " + b.get(id));
      }
    }
    return out;
  }

  private static Map<String, Answer> answers(JsonNode d) {
    Map<String, Answer> out = new LinkedHashMap<>();
    for (JsonNode r : d.path("regimes")) {
      JsonNode review = r.path("review");
      String name = r.path("regime").asText();
      out.put(
          name,
          new Answer(
              name,
              r.path("outcome").asText(),
              review.isTextual() ? review.asText() : null,
              fired(r)));
    }
    return out;
  }

  private static Map<String, Answer> answers(Determination d) {
    Map<String, Answer> out = new LinkedHashMap<>();
    for (RegimeDetermination r : d.regimes()) {
      Set<String> fired = new LinkedHashSet<>();
      for (RuleResult rr : r.rules()) {
        if (rr.fired()) {
          fired.add(rr.rule().id());
        }
      }
      String review = r.review() == null ? null : r.review().name();
      out.put(r.regime(), new Answer(r.regime(), r.outcome().name(), review, fired));
    }
    return out;
  }

  private static List<String> answer(
      String overallA, String overallB, Map<String, Answer> a, Map<String, Answer> b) {
    List<String> answer = new ArrayList<>();
    if (!overallA.equals(overallB)) {
      answer.add("overall: " + overallA + " → " + overallB);
    }
    for (Answer ra : a.values()) {
      Answer rb = b.get(ra.regime());
      String name = ra.regime();
      if (rb == null) {
        answer.add(name + ": no longer determined");
        continue;
      }
      if (!ra.outcome().equals(rb.outcome())) {
        answer.add(name + ": " + ra.outcome() + " → " + rb.outcome());
      }
      if (!Objects.equals(ra.review(), rb.review())) {
        answer.add(name + ": review " + none(ra.review()) + " → " + none(rb.review()));
      }
      for (String r : ra.fired()) {
        if (!rb.fired().contains(r)) {
          answer.add(name + ": rule " + r + " no longer fires");
        }
      }
      for (String r : rb.fired()) {
        if (!ra.fired().contains(r)) {
          answer.add(name + ": rule " + r + " now fires");
        }
      }
    }
    return answer;
  }

  private static String none(String review) {
    return review == null ? "none" : review;
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
