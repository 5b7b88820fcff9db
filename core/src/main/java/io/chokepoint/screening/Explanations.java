package io.chokepoint.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Puts a {@link NameScorer.Result} in words, one line per step: how Chinese was read ({@code 华为 →
 * hua wei → huawei}), each token pair with its weight ({@code huawei = huawei (weight 0.41)},
 * {@code technologies ~ technology (abbreviation)}), legal forms ({@code co ltd: legal form, low
 * weight}), what was left unmatched, and how the score was made.
 */
final class Explanations {
  private Explanations() {}

  static List<String> explain(
      AnalyzedName query,
      NameScorer.Side q,
      AnalyzedName entry,
      NameScorer.Side c,
      NameScorer.Result r) {
    List<String> lines = new ArrayList<>();
    Set<String> notes = new LinkedHashSet<>();
    for (Token t : query.tokens()) {
      if (t.note().contains("→")) {
        notes.add(t.note() + (t.kind() == TokenKind.LEGAL_FORM ? ", low weight" : ""));
      }
    }
    lines.addAll(notes);
    if (r.how().equals("initials")) {
      lines.add(
          String.format(
              Locale.ROOT,
              "%s = initials of %s (acronym, reduced confidence %.2f)",
              query.normalized(),
              entry.normalized(),
              r.score()));
      return lines;
    }
    if (r.how().equals("literal")) {
      lines.add(String.format(Locale.ROOT, "%s: same name once normalised", entry.normalized()));
    }
    List<String> legal = new ArrayList<>();
    boolean[] done = new boolean[q.size()];
    for (int i = 0; i < q.size(); i++) {
      int j = r.pairQ()[i];
      Token tq = query.tokens().get(i);
      if (j < 0 || done[i]) {
        continue;
      }
      if (tq.kind() == TokenKind.LEGAL_FORM) {
        if (!legal.contains(tq.surface())) {
          legal.add(tq.surface());
        }
        continue;
      }
      // a join: several query tokens on one entry token, or one query token on several
      List<Integer> qs = new ArrayList<>();
      for (int k = i; k < q.size(); k++) {
        if (r.pairQ()[k] == j && (k == i || r.pairC()[j] == i)) {
          qs.add(k);
          done[k] = true;
        }
      }
      List<Integer> cs = new ArrayList<>();
      for (int k = 0; k < c.size(); k++) {
        if (r.pairC()[k] == i) {
          cs.add(k);
        }
      }
      if (cs.isEmpty()) {
        cs.add(j);
      }
      String line = pairLine(query, qs, entry, cs, r.simQ()[i], weight(q, qs));
      if (!lines.contains(line)) { // two tokens of one rendering (集成电路: integrated circuit)
        lines.add(line);
      }
    }
    if (!legal.isEmpty()) {
      lines.add(String.join(" ", legal) + ": legal form, low weight");
    }
    unmatched(lines, "query", query, q, r.simQ());
    unmatched(lines, "entry", entry, c, r.simC());
    if (r.how().equals("tokens")) {
      lines.add(
          String.format(
              Locale.ROOT,
              "score %.2f: query covered %.2f, entry covered %.2f",
              r.score(),
              r.coverageQ(),
              r.coverageC()));
    }
    return lines;
  }

  private static double weight(NameScorer.Side q, List<Integer> qs) {
    double w = 0;
    for (int i : qs) {
      w += q.weights()[i];
    }
    return w;
  }

  private static String surfaces(AnalyzedName name, List<Integer> idx) {
    List<String> out = new ArrayList<>();
    for (int i : idx) {
      String s = name.tokens().get(i).surface();
      if (out.isEmpty() || !out.get(out.size() - 1).equals(s)) {
        out.add(s);
      }
    }
    return String.join(" ", out);
  }

  private static String pairLine(
      AnalyzedName query,
      List<Integer> qs,
      AnalyzedName entry,
      List<Integer> cs,
      double sim,
      double weight) {
    String w = String.format(Locale.ROOT, "weight %.2f", weight);
    Token tq = query.tokens().get(qs.get(0));
    Token tc = entry.tokens().get(cs.get(0));
    String qText = surfaces(query, qs);
    String cText = surfaces(entry, cs);
    if (qs.size() > 1 || cs.size() > 1) {
      if (sim == NameScorer.INITIAL_SIMILARITY) {
        return String.format("%s ~ %s (initials, %s)", qText, cText, w);
      }
      String how = sim >= 1.0 ? "=" : "~";
      return String.format(
          Locale.ROOT, "%s %s %s (written apart, %.2f, %s)", qText, how, cText, sim, w);
    }
    if (sim >= 1.0 && tq.key().equals(tc.key())) {
      if (tq.surface().equals(tc.surface()) && tq.note().isEmpty()) {
        return String.format("%s = %s (%s)", tq.key(), tc.key(), w);
      }
      String why =
          tq.kind() == TokenKind.PINYIN || tc.kind() == TokenKind.PINYIN
              ? "pinyin"
              : (!tq.note().isEmpty() ? tq.note() : tc.note().isEmpty() ? "same word" : tc.note());
      if (why.contains("(pinyin")) {
        why = "from pinyin";
      } else if (why.contains("→")) {
        why = "from Chinese";
      }
      return String.format("%s ~ %s (%s, %s)", tq.surface(), tc.surface(), why, w);
    }
    if (sim >= 1.0 && !tq.pinyin().isEmpty() && tq.pinyin().equals(tc.pinyin())) {
      return String.format(
          "%s ~ %s (same pinyin %s, %s)", tq.surface(), tc.surface(), tq.pinyin(), w);
    }
    if (sim == NameScorer.INITIAL_SIMILARITY
        && (tq.kind() == TokenKind.INITIAL || tc.kind() == TokenKind.INITIAL)) {
      return String.format("%s ~ %s (initial, %s)", tq.surface(), tc.surface(), w);
    }
    if (tq.kind() == TokenKind.LEGAL_FORM || tq.kind() == TokenKind.NUMBER) {
      return String.format(
          Locale.ROOT,
          "%s ~ %s (%s, %.2f)",
          tq.key(),
          tc.key(),
          tq.kind() == TokenKind.NUMBER ? "another number" : "same family",
          sim);
    }
    int edits = TokenSimilarity.distance(tq.key(), tc.key(), 3);
    return String.format(
        Locale.ROOT,
        "%s ~ %s (%d edit%s, %.2f, %s)",
        tq.key(),
        tc.key(),
        edits,
        edits == 1 ? "" : "s",
        sim,
        w);
  }

  private static void unmatched(
      List<String> lines, String side, AnalyzedName name, NameScorer.Side s, double[] sim) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      boolean repeat =
          i > 0
              && sim[i - 1] == 0
              && name.tokens().get(i - 1).surface().equals(name.tokens().get(i).surface());
      if (sim[i] == 0 && !repeat) {
        Token t = name.tokens().get(i);
        words.add(
            String.format(
                Locale.ROOT,
                "%s (%s, weight %.2f)",
                t.surface(),
                kindWord(t.kind()),
                s.weights()[i]));
      }
    }
    if (!words.isEmpty()) {
      lines.add("unmatched in " + side + ": " + String.join(", ", words));
    }
  }

  private static String kindWord(TokenKind k) {
    return k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
