package io.chokepoint.screening;

import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The matcher's tunables, with defaults chosen on the nomenklatura cases. Built from a map of
 * settings by {@link #fromMap(Map)}, which rejects unknown keys and out-of-range values, so that a
 * misspelt setting fails loudly instead of being ignored.
 *
 * @param kindWeights the weight factor of each token kind by {@link TokenKind#ordinal()}, each in
 *     (0, 1]
 * @param maxCoverageShare how much the better-covered side counts in the score, in [0.5, 1]: 0.5
 *     averages the two coverages; more forgives extra words on one side
 * @param substitutionPenalty the factor applied when both names keep an unmatched substantive token
 *     (a word swapped for another), in (0, 1]
 * @param twoEditsFrom the shortest word length at which two typos are tolerated, in [4, 12]
 * @param rarityWeighting whether {@link ListScreener} weighs tokens by their rarity in the list
 * @param maxCandidates how many candidate names at most are scored per query, in [1, 100000]
 * @param postingsCap a token in more names than this does not select candidates on its own, in [10,
 *     10000000]
 */
public record MatcherConfig(
    java.util.List<Double> kindWeights,
    double maxCoverageShare,
    double substitutionPenalty,
    int twoEditsFrom,
    boolean rarityWeighting,
    int maxCandidates,
    int postingsCap) {

  /** The setting names {@link #fromMap(Map)} accepts. */
  public static final java.util.List<String> KEYS =
      java.util.List.of(
          "weight.word",
          "weight.number",
          "weight.pinyin",
          "weight.initial",
          "weight.place",
          "weight.generic",
          "weight.legal_form",
          "weight.stopword",
          "score.max_coverage_share",
          "score.substitution_penalty",
          "fuzzy.two_edits_from",
          "rarity.enabled",
          "candidates.max",
          "candidates.postings_cap");

  public MatcherConfig {
    kindWeights = java.util.List.copyOf(kindWeights);
    if (kindWeights.size() != TokenKind.values().length) {
      throw new IllegalArgumentException(
          String.format(
              "expected %d kind weights, got %d", TokenKind.values().length, kindWeights.size()));
    }
    for (TokenKind k : TokenKind.values()) {
      Double w = kindWeights.get(k.ordinal());
      if (w == null || !(w > 0 && w <= 1)) {
        throw new IllegalArgumentException(
            String.format("the weight of %s must lie in (0, 1], was %s", k, w));
      }
    }
    check("score.max_coverage_share", maxCoverageShare, 0.5, 1);
    check("score.substitution_penalty", substitutionPenalty, 1e-9, 1);
    check("fuzzy.two_edits_from", twoEditsFrom, 4, 12);
    check("candidates.max", maxCandidates, 1, 100_000);
    check("candidates.postings_cap", postingsCap, 10, 10_000_000);
  }

  /** The defaults. */
  public static MatcherConfig defaults() {
    return fromMap(Map.of());
  }

  /**
   * Builds a configuration from settings over the defaults.
   *
   * @param settings setting name to value, names from {@link #KEYS}
   * @return the configuration
   * @throws IllegalArgumentException naming the setting, if a name is unknown or a value is not a
   *     number (or boolean) in its range
   */
  public static MatcherConfig fromMap(Map<String, String> settings) {
    for (String key : settings.keySet()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException(
            String.format("unknown matcher setting '%s' (known: %s)", key, KEYS));
      }
    }
    BiFunction<String, Double, Double> num =
        (key, dflt) -> {
          String v = settings.get(key);
          if (v == null) {
            return dflt;
          }
          try {
            return Double.parseDouble(v.strip());
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                String.format("matcher setting '%s' must be a number, was '%s'", key, v), e);
          }
        };
    java.util.List<Double> weights = new java.util.ArrayList<>();
    for (TokenKind k : TokenKind.values()) {
      String key = "weight." + k.name().toLowerCase(Locale.ROOT);
      weights.add(num.apply(key, k.factor()));
    }
    String rarity = settings.getOrDefault("rarity.enabled", "true").strip();
    if (!rarity.equals("true") && !rarity.equals("false")) {
      throw new IllegalArgumentException(
          String.format(
              "matcher setting 'rarity.enabled' must be true or false, was '%s'", rarity));
    }
    return new MatcherConfig(
        weights,
        num.apply("score.max_coverage_share", 0.6),
        num.apply("score.substitution_penalty", 0.92),
        integer("fuzzy.two_edits_from", num.apply("fuzzy.two_edits_from", 5.0)),
        rarity.equals("true"),
        integer("candidates.max", num.apply("candidates.max", 100.0)),
        integer("candidates.postings_cap", num.apply("candidates.postings_cap", 5000.0)));
  }

  /** The weight factor of {@code kind}. */
  public double weight(TokenKind kind) {
    return kindWeights.get(kind.ordinal());
  }

  private static int integer(String key, double v) {
    if (v != Math.rint(v)) {
      throw new IllegalArgumentException(
          String.format("matcher setting '%s' must be a whole number, was %s", key, v));
    }
    return (int) v;
  }

  private static void check(String key, double v, double min, double max) {
    if (!(v >= min && v <= max)) {
      throw new IllegalArgumentException(
          String.format("matcher setting '%s' must lie in [%s, %s], was %s", key, min, max, v));
    }
  }
}
