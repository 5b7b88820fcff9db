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
    for (int i = 0; i < q.size(); i++) {
      int j = r.pairQ()[i];
      Token tq = query.tokens().get(i);
      if (j < 0) {
        continue;
      }
      if (tq.kind() == TokenKind.LEGAL_FORM) {
        legal.add(tq.key());
        continue;
      }
      String other = joinedSurface(entry, r.pairC(), i, j);
      lines.add(pairLine(tq, other, entry.tokens().get(j), r.simQ()[i], q.weights()[i]));
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

  private static String pairLine(Token tq, String other, Token tc, double sim, double weight) {
    String w = String.format(Locale.ROOT, "weight %.2f", weight);
    if (sim >= 1.0 && tq.key().equals(tc.key())) {
      if (tq.surface().equals(other)) {
        return String.format("%s = %s (%s)", tq.key(), tc.key(), w);
      }
      String why =
          tq.kind() == TokenKind.PINYIN || tc.kind() == TokenKind.PINYIN
              ? "pinyin"
              : (!tq.note().isEmpty() ? tq.note() : tc.note().isEmpty() ? "same word" : tc.note());
      if (why.contains("→")) {
        why = "from Chinese";
      }
      return String.format("%s ~ %s (%s, %s)", tq.surface(), other, why, w);
    }
    if (sim == NameScorer.INITIAL_SIMILARITY
        && (tq.kind() == TokenKind.INITIAL || tc.kind() == TokenKind.INITIAL)) {
      return String.format("%s ~ %s (initial, %s)", tq.surface(), other, w);
    }
    if (!tq.key().equals(other.replace(" ", "")) && other.contains(" ")) {
      return String.format(
          Locale.ROOT, "%s ~ %s (written apart, %.2f, %s)", tq.key(), other, sim, w);
    }
    if (other.contains(" ") || tq.key().equals(other.replace(" ", ""))) {
      return String.format("%s = %s (written apart, %s)", tq.key(), other, w);
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

  /** The entry tokens matched to query token {@code i}, joined with spaces when several. */
  private static String joinedSurface(AnalyzedName entry, int[] pairC, int i, int first) {
    StringBuilder sb = new StringBuilder();
    for (int j = first; j < pairC.length && pairC[j] == i; j++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(entry.tokens().get(j).surface());
    }
    return sb.length() == 0 ? entry.tokens().get(first).surface() : sb.toString();
  }

  private static void unmatched(
      List<String> lines, String side, AnalyzedName name, NameScorer.Side s, double[] sim) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      if (sim[i] == 0) {
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
