package io.chokepoint.screening;

import io.chokepoint.lists.ListEntry;
import io.chokepoint.lists.ListSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Screens names against the entries of a list snapshot: the {@link Screener} the engine uses.
 *
 * <p>Built once: every name and alias of every entry is analysed ({@link NameAnalyzer}) into a
 * compact {@link NameIndex}; token weights are their kind's factor times their rarity in the list,
 * so that {@code Technology}, {@code Group}, {@code China} or a city cannot carry a match. A query
 * is analysed the same way; {@link CandidateFinder} picks a bounded set of candidate names through
 * the index (never a scan of the list); each is scored ({@link NameScorer}); each entry keeps its
 * best name; country, address and party kind adjust the score ({@link ContextScorer}); and the
 * matches at or above the threshold come back best first, with explanations.
 *
 * <p>Immutable and safe for concurrent use.
 */
public final class ListScreener implements Screener {
  private final List<ListEntry> entries;
  private final NameAnalyzer analyzer;
  private final MatcherConfig config;
  private final NameIndex index;
  private final CandidateFinder finder;
  private final TokenWeights pinned;

  private static final int CHUNK = 4096;

  private static AnalyzedName[] analyzeAll(
      ListEntry entry, NameAnalyzer analyzer, RememberedAnalyses remembered) {
    List<String> names = entry.names();
    AnalyzedName[] out = new AnalyzedName[names.size()];
    for (int a = 0; a < out.length; a++) {
      out[a] =
          remembered == null
              ? analyzer.analyze(names.get(a))
              : remembered.analyze(names.get(a), analyzer);
    }
    return out;
  }

  private ListScreener(
      List<ListEntry> entries,
      NameAnalyzer analyzer,
      MatcherConfig config,
      TokenWeights pinned,
      RememberedAnalyses remembered) {
    this.entries = List.copyOf(entries);
    this.analyzer = analyzer;
    this.config = config;
    NameIndex.Builder b = new NameIndex.Builder();
    // Names are analysed in parallel a chunk at a time (analysis is most of the build, and the
    // analyser is thread-safe), then added in entry order so that the index is the same.
    for (int from = 0; from < this.entries.size(); from += CHUNK) {
      int start = from;
      List<AnalyzedName[]> chunk =
          IntStream.range(start, Math.min(this.entries.size(), start + CHUNK))
              .parallel()
              .mapToObj(e -> analyzeAll(this.entries.get(e), analyzer, remembered))
              .toList();
      for (int k = 0; k < chunk.size(); k++) {
        AnalyzedName[] names = chunk.get(k);
        Set<String> seen = new HashSet<>();
        for (int a = 0; a < names.length; a++) {
          AnalyzedName name = names[a];
          // an alias that reads like another name of the entry in the same script adds nothing
          String reading = Han.containsHan(name.normalized()) + name.keyString();
          if (!name.tokens().isEmpty() && seen.add(reading)) {
            b.add(start + k, a, name);
          }
        }
      }
    }
    this.index = b.build(pinned);
    this.pinned = pinned;
    this.finder = new CandidateFinder(index, config);
  }

  private ListScreener(
      List<ListEntry> entries, NameAnalyzer analyzer, MatcherConfig config, NameIndex index) {
    this.entries = List.copyOf(entries);
    this.analyzer = analyzer;
    this.config = config;
    this.index = index;
    this.pinned = null;
    this.finder = new CandidateFinder(index, config);
  }

  /**
   * A screener over a snapshot with the standard lexicon and default configuration, from the index
   * an earlier run kept for this very snapshot and build ({@link RememberedIndex}): the same
   * screener as {@link #build(ListSnapshot)}, built without taking the names apart or indexing
   * them.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ListScreener build(ListSnapshot snapshot, RememberedIndex remembered) {
    return new ListScreener(
        Objects.requireNonNull(snapshot, "snapshot").entries(),
        NameAnalyzer.standard(),
        MatcherConfig.defaults(),
        new NameIndex(Objects.requireNonNull(remembered, "remembered").parts(), null));
  }

  /** The parts of its index, for {@link RememberedIndex#write}. */
  NameIndex.Parts indexParts() {
    return index.parts();
  }

  /**
   * A screener over a snapshot with the standard lexicon and default configuration.
   *
   * @throws NullPointerException if {@code snapshot} is null
   */
  public static ListScreener build(ListSnapshot snapshot) {
    return build(Objects.requireNonNull(snapshot, "snapshot").entries());
  }

  /**
   * A screener over entries with the standard lexicon and default configuration.
   *
   * @throws NullPointerException if {@code entries} or an entry is null
   */
  public static ListScreener build(List<ListEntry> entries) {
    return build(entries, NameAnalyzer.standard(), MatcherConfig.defaults());
  }

  /**
   * A screener with an analyser and configuration of one's choosing.
   *
   * @throws NullPointerException if an argument or an entry is null
   */
  public static ListScreener build(
      List<ListEntry> entries, NameAnalyzer analyzer, MatcherConfig config) {
    return new ListScreener(
        Objects.requireNonNull(entries, "entries"),
        Objects.requireNonNull(analyzer, "analyzer"),
        Objects.requireNonNull(config, "config"),
        null,
        null);
  }

  /**
   * A screener over a snapshot with the standard lexicon and default configuration, taking the
   * analyses of names from {@code remembered} where it has them (and leaving there those it makes):
   * the same screener as {@link #build(ListSnapshot)}, built without analysing the names again.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ListScreener build(ListSnapshot snapshot, RememberedAnalyses remembered) {
    return new ListScreener(
        Objects.requireNonNull(snapshot, "snapshot").entries(),
        NameAnalyzer.standard(),
        MatcherConfig.defaults(),
        null,
        Objects.requireNonNull(remembered, "remembered"));
  }

  /**
   * A screener whose token rarities are pinned to {@code weights} instead of computed from {@code
   * entries}: a match's score then depends on the query, the entry and the weights alone, not on
   * which other entries the list holds. Built over the list the weights came from ({@link
   * #weights()}), it screens exactly as {@link #build(List, NameAnalyzer, MatcherConfig)} does.
   *
   * @throws NullPointerException if an argument or an entry is null
   */
  public static ListScreener build(
      List<ListEntry> entries, NameAnalyzer analyzer, MatcherConfig config, TokenWeights weights) {
    return new ListScreener(
        Objects.requireNonNull(entries, "entries"),
        Objects.requireNonNull(analyzer, "analyzer"),
        Objects.requireNonNull(config, "config"),
        Objects.requireNonNull(weights, "weights"),
        null);
  }

  /**
   * A screener with pinned weights ({@link #build(List, NameAnalyzer, MatcherConfig,
   * TokenWeights)}) that takes the analyses of names from {@code remembered} where it has them and
   * leaves there those it makes: the same screener, built without analysing a name twice.
   */
  static ListScreener build(
      List<ListEntry> entries,
      NameAnalyzer analyzer,
      MatcherConfig config,
      TokenWeights weights,
      RememberedAnalyses remembered) {
    return new ListScreener(
        Objects.requireNonNull(entries, "entries"),
        Objects.requireNonNull(analyzer, "analyzer"),
        Objects.requireNonNull(config, "config"),
        Objects.requireNonNull(weights, "weights"),
        Objects.requireNonNull(remembered, "remembered"));
  }

  /** The rarity factor of every key this screener weighs below 1: pinned, or from its list. */
  public TokenWeights weights() {
    return pinned != null ? pinned : index.weights();
  }

  List<ListEntry> entries() {
    return entries;
  }

  NameAnalyzer analyzer() {
    return analyzer;
  }

  MatcherConfig config() {
    return config;
  }

  NameIndex index() {
    return index;
  }

  CandidateFinder finder() {
    return finder;
  }

  /** How many names and aliases are indexed (after dropping aliases that read the same). */
  public int indexedNames() {
    return index.names();
  }

  /**
   * Screens one party down to the review band of the default policy: every match returned is either
   * an alert or a "review the party" (see {@link MatchPolicy#band(double)}).
   *
   * @throws NullPointerException if {@code query} is null
   */
  public List<ScreeningMatch> screen(ScreeningQuery query) {
    return screen(query, MatchPolicy.DEFAULT_REVIEW_FLOOR);
  }

  @Override
  public List<ScreeningMatch> screen(ScreeningQuery query, double threshold) {
    Objects.requireNonNull(query, "query");
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException(
          String.format("threshold must lie in [0, 1], was %s", threshold));
    }
    AnalyzedName q = analyzer.analyze(query.name());
    if (q.tokens().isEmpty()) {
      return List.of();
    }
    return screen(query, q, finder.candidates(q), threshold, e -> true);
  }

  /**
   * One name's matches and what a later delta rescreen needs to remember of it.
   *
   * @param matches as {@link #screen(ScreeningQuery, double)} gives them
   * @param state the name's tokens and where its candidate cut fell
   */
  public record Screened(List<ScreeningMatch> matches, QueryState state) {}

  /**
   * Screens one name as {@link #screen(ScreeningQuery, double)} does, and says how its candidates
   * were found ({@link QueryState}).
   *
   * @throws IllegalArgumentException if {@code threshold} is outside [0, 1]
   * @throws NullPointerException if {@code query} is null
   */
  public Screened screenWithState(ScreeningQuery query, double threshold) {
    Objects.requireNonNull(query, "query");
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException(
          String.format("threshold must lie in [0, 1], was %s", threshold));
    }
    AnalyzedName q = analyzer.analyze(query.name());
    CandidateFinder.Found found =
        q.tokens().isEmpty() ? CandidateFinder.Found.none() : finder.find(q);
    List<ScreeningMatch> matches =
        q.tokens().isEmpty() ? List.of() : screen(query, q, found.names(), threshold, e -> true);
    return new Screened(matches, QueryState.of(q, found, this));
  }

  /**
   * Scores the candidate names of the entries {@code entryFilter} accepts (by entry number) and
   * returns their matches at or above the threshold, best first. With every entry accepted this is
   * {@link #screen(ScreeningQuery, double)}. An entry's match depends only on its own names among
   * the candidates and their order (the first of two names that tie is shown), never on other
   * entries.
   */
  List<ScreeningMatch> screen(
      ScreeningQuery query,
      AnalyzedName q,
      int[] candidates,
      double threshold,
      IntPredicate entryFilter) {
    NameScorer.Side qs = querySide(q);
    boolean qHan = Han.containsHan(q.normalized());
    Map<Integer, double[]> bestByEntry = new HashMap<>(); // entry -> {score, name}
    for (int name : candidates) {
      if (!entryFilter.test(index.nameEntry[name])) {
        continue;
      }
      NameScorer.Result r =
          NameScorer.score(qs, index.side(name, config), config, analyzer.lexicon());
      // the context may add a little, so keep what could still reach the threshold
      if (r.score() + ContextScorer.COUNTRY_AGREES + ContextScorer.ADDRESS_AGREES < threshold) {
        continue;
      }
      double[] best = bestByEntry.get(index.nameEntry[name]);
      // on a tie, show the name written in the query's script (华为… for a Chinese query)
      if (best == null
          || r.score() > best[0]
          || (r.score() == best[0] && sameScript(qHan, name) && !sameScript(qHan, (int) best[1]))) {
        bestByEntry.put(index.nameEntry[name], new double[] {r.score(), name});
      }
    }
    List<ScreeningMatch> matches = new ArrayList<>();
    for (Map.Entry<Integer, double[]> e : bestByEntry.entrySet()) {
      ScreeningMatch m = explain(query, q, qs, e.getKey(), (int) e.getValue()[1]);
      if (m.score() >= threshold) {
        matches.add(m);
      }
    }
    matches.sort(
        Comparator.comparingDouble(ScreeningMatch::score)
            .reversed()
            .thenComparing(m -> m.entry().id()));
    return List.copyOf(matches);
  }

  private boolean sameScript(boolean queryHan, int name) {
    String written = entries.get(index.nameEntry[name]).names().get(index.nameAlias[name]);
    return Han.containsHan(written) == queryHan;
  }

  /** The query's tokens weighted by kind and by rarity in this list. */
  private NameScorer.Side querySide(AnalyzedName q) {
    NameScorer.Side s = NameMatcher.side(q, config);
    if (config.rarityWeighting()) {
      for (int i = 0; i < s.size(); i++) {
        s.weights()[i] *= index.rarityOf(s.keys()[i]);
      }
    }
    return s;
  }

  private ScreeningMatch explain(
      ScreeningQuery query, AnalyzedName q, NameScorer.Side qs, int entryNo, int name) {
    ListEntry entry = entries.get(entryNo);
    String matchedName = entry.names().get(index.nameAlias[name]);
    NameScorer.Side cs = index.side(name, config);
    NameScorer.Result r = NameScorer.score(qs, cs, config, analyzer.lexicon());
    List<String> lines = new ArrayList<>();
    lines.add("matched " + (index.nameAlias[name] == 0 ? "name" : "alias") + " " + matchedName);
    lines.addAll(Explanations.explain(q, qs, analyzer.analyze(matchedName), cs, r));
    double score = ContextScorer.adjust(r.score(), query, q, entry, lines);
    return new ScreeningMatch(entry, matchedName, score, lines);
  }
}
