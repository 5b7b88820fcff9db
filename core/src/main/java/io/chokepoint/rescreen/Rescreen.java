package io.chokepoint.rescreen;

import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.screening.FalsePositiveMemory;
import io.chokepoint.screening.ListScreener;
import io.chokepoint.screening.MatchPolicy;
import io.chokepoint.screening.MatcherConfig;
import io.chokepoint.screening.NameAnalyzer;
import io.chokepoint.screening.ScreeningMatch;
import io.chokepoint.screening.TokenWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A full rescreen: every party of a master against one list snapshot, with the reviewed non-matches
 * applied. Built once (the lists are indexed then), it screens any party, chunk or partition of a
 * master on any thread: it is immutable, holds no global state, and a party's result depends only
 * on the party, the lists, the token weights, the memory and the threshold.
 *
 * <p>The token weights are the lists' own unless given: a rescreen whose weights are pinned to an
 * earlier result's is what a delta rescreen from that result reproduces exactly ({@link
 * DeltaRescreen}).
 */
public final class Rescreen {
  private final ListSnapshot lists;
  private final ListScreener screener;
  private final FalsePositiveMemory memory;
  private final double threshold;

  private Rescreen(
      ListSnapshot lists, ListScreener screener, FalsePositiveMemory memory, double threshold) {
    this.lists = lists;
    this.screener = screener;
    this.memory = memory;
    this.threshold = threshold;
  }

  /**
   * A rescreen against {@code lists}.
   *
   * @param lists the list snapshot
   * @param weights the token weights to pin, or {@code null} for the lists' own
   * @param memory the reviewed non-matches
   * @param threshold the lowest score kept, in [0, 1] ({@link MatchPolicy#DEFAULT_ALERT_THRESHOLD}
   *     by default)
   * @return the rescreen
   * @throws IllegalArgumentException if the threshold is outside [0, 1]
   * @throws NullPointerException if {@code lists} or {@code memory} is null
   */
  public static Rescreen of(
      ListSnapshot lists, TokenWeights weights, FalsePositiveMemory memory, double threshold) {
    Objects.requireNonNull(lists, "lists");
    checkThreshold(threshold);
    ListScreener s =
        weights == null
            ? ListScreener.build(lists)
            : ListScreener.build(
                lists.entries(), NameAnalyzer.standard(), MatcherConfig.defaults(), weights);
    return new Rescreen(lists, s, Objects.requireNonNull(memory, "memory"), threshold);
  }

  /** A rescreen over a screener already built for {@code lists}. */
  static Rescreen over(
      ListSnapshot lists, ListScreener screener, FalsePositiveMemory memory, double threshold) {
    return new Rescreen(lists, screener, memory, threshold);
  }

  static void checkThreshold(double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException(
          String.format("threshold must lie in [0, 1], was %s", threshold));
    }
  }

  /**
   * Screens one party.
   *
   * @return its matches at or above the threshold, best first, each open or cleared
   * @throws NullPointerException if {@code party} is null
   */
  public List<PartyMatch> screen(Counterparty party) {
    return outcome(party).matches();
  }

  /**
   * Screens one party and says what a later delta needs to remember of it.
   *
   * @throws NullPointerException if {@code party} is null
   */
  public PartyOutcome outcome(Counterparty party) {
    ListScreener.Screened found = screener.screenWithState(party.query(), threshold);
    List<PartyMatch> out = new ArrayList<>(found.matches().size());
    for (ScreeningMatch m : found.matches()) {
      out.add(PartyMatch.of(party, m, memory));
    }
    return new PartyOutcome(out, found.state(), null);
  }

  /**
   * Screens a chunk of parties on the calling thread.
   *
   * @return their matches, party by party in the order given
   * @throws NullPointerException if {@code parties} or a party is null
   */
  public List<PartyMatch> screen(Iterable<Counterparty> parties) {
    List<PartyMatch> out = new ArrayList<>();
    for (Counterparty p : parties) {
      out.addAll(screen(p));
    }
    return out;
  }

  /** The lists screened against. */
  public ListSnapshot lists() {
    return lists;
  }

  /** The token weights scores are computed with. */
  public TokenWeights weights() {
    return screener.weights();
  }

  /** The reviewed non-matches applied. */
  public FalsePositiveMemory memory() {
    return memory;
  }

  /** The lowest score kept. */
  public double threshold() {
    return threshold;
  }
}
