package io.chokepoint.screening;

import java.util.Objects;

/**
 * Compares two names directly, without a list: the pairwise form of the matcher, used to evaluate
 * it on labelled name pairs and to explain a single comparison. Token weights come from the token
 * kinds alone (a legal form weighs little, a generic word less than a distinctive one); with a
 * list, {@link ListScreener} also weighs tokens by their rarity in it.
 *
 * <p>Immutable and thread-safe.
 */
public final class NameMatcher {
  private final NameAnalyzer analyzer;
  private final MatcherConfig config;

  /**
   * Creates a matcher.
   *
   * @param analyzer the name analyser
   * @param config the tunables
   * @throws NullPointerException if either is null
   */
  public NameMatcher(NameAnalyzer analyzer, MatcherConfig config) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.config = Objects.requireNonNull(config, "config");
  }

  /** A matcher with the standard lexicon and the default configuration. */
  public static NameMatcher standard() {
    return new NameMatcher(NameAnalyzer.standard(), MatcherConfig.defaults());
  }

  /**
   * Scores name {@code a} (the query) against name {@code b} (the listed name).
   *
   * @param a a name in any script
   * @param b another
   * @return the score in [0, 1] with its explanation
   * @throws NullPointerException if either is null
   */
  public NameScore score(String a, String b) {
    AnalyzedName qa = analyzer.analyze(Objects.requireNonNull(a, "a"));
    AnalyzedName ca = analyzer.analyze(Objects.requireNonNull(b, "b"));
    NameScorer.Side q = side(qa, config);
    NameScorer.Side c = side(ca, config);
    NameScorer.Result r = NameScorer.score(q, c, config, analyzer.lexicon());
    return new NameScore(r.score(), Explanations.explain(qa, q, ca, c, r));
  }

  /** A name's tokens weighted by kind only. */
  static NameScorer.Side side(AnalyzedName name, MatcherConfig config) {
    int n = name.tokens().size();
    String[] keys = new String[n];
    TokenKind[] kinds = new TokenKind[n];
    double[] weights = new double[n];
    long[] masks = new long[n];
    String[] pinyin = null; // most names have none: no arrays then
    boolean[] han = null;
    for (int i = 0; i < n; i++) {
      Token t = name.tokens().get(i);
      keys[i] = t.key();
      if (!t.pinyin().isEmpty()) {
        if (pinyin == null) {
          pinyin = new String[n];
          han = new boolean[n];
        }
        pinyin[i] = t.pinyin();
        han[i] = t.fromHan();
      }
      masks[i] = TokenSimilarity.mask(t.key());
      kinds[i] = t.kind();
      weights[i] = config.weight(t.kind());
    }
    return new NameScorer.Side(keys, kinds, weights, masks, pinyin, han);
  }
}
