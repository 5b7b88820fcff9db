package io.chokepoint.rescreen;

import io.chokepoint.lists.EntryCanonicalForm;
import io.chokepoint.lists.ListDelta;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.screening.FalsePositiveMemory;
import io.chokepoint.screening.QueryState;
import io.chokepoint.screening.ScreeningDelta;
import io.chokepoint.screening.ScreeningMatch;
import io.chokepoint.screening.TokenWeights;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A delta rescreen: from a previous result against one list snapshot to the result against the
 * next, screening only what the list change can affect ({@link ScreeningDelta}). Its result is the
 * full rescreen's ({@link #full()}): the same pairs with the same scores, explanations and
 * clearances, for the same master, threshold and token weights. Reviewed non-matches are applied
 * afresh to every pair, carried or not, so a review recorded since the previous run clears its pair
 * and a review of an entry that changed lapses.
 *
 * <p>Built once; immutable and safe for concurrent use, party by party or partition by partition.
 */
public final class DeltaRescreen {
  private final ScreeningDelta delta;
  private final ListSnapshot after;
  private final Map<String, ListEntry> afterById;
  private final Map<String, String> fingerprints = new java.util.concurrent.ConcurrentHashMap<>();
  private final FalsePositiveMemory memory;
  private final double threshold;

  private DeltaRescreen(
      ScreeningDelta delta, ListSnapshot after, FalsePositiveMemory memory, double threshold) {
    this.delta = delta;
    this.after = after;
    this.memory = memory;
    this.threshold = threshold;
    this.afterById = new HashMap<>();
    for (ListEntry e : after.entries()) {
      afterById.put(e.id(), e);
    }
  }

  /**
   * A delta rescreen between two snapshots.
   *
   * @param before the lists the previous result was screened against
   * @param after the lists to screen against now
   * @param weights the token weights the previous result was screened with
   * @param memory the reviewed non-matches as they are now
   * @param threshold the threshold the previous result was screened at
   * @return the delta rescreen
   * @throws IllegalArgumentException if the threshold is outside [0, 1]
   * @throws NullPointerException if an argument is null
   */
  public static DeltaRescreen of(
      ListSnapshot before,
      ListSnapshot after,
      TokenWeights weights,
      FalsePositiveMemory memory,
      double threshold) {
    Rescreen.checkThreshold(threshold);
    return new DeltaRescreen(
        ScreeningDelta.between(before, after, Objects.requireNonNull(weights, "weights")),
        after,
        Objects.requireNonNull(memory, "memory"),
        threshold);
  }

  /**
   * Rescreens one party.
   *
   * @param party the party, as it was in the previous run's master
   * @param previous its matches in the previous result (open and cleared), any order
   * @param state what the previous run remembered of the party, or {@code null}
   * @return its matches against the new lists, best first, and its new state
   * @throws IllegalStateException if {@code previous} cannot be the previous result of this party
   *     against the old lists (a match to an entry the change left alone that the new lists lack or
   *     hold in another version)
   * @throws NullPointerException if an argument is null
   */
  public PartyOutcome screen(Counterparty party, List<PartyMatch> previous, QueryState state) {
    Set<String> matchedBefore = new HashSet<>();
    previous.forEach(p -> matchedBefore.add(p.entryId()));
    ScreeningDelta.Result r = delta.screen(party.query(), threshold, matchedBefore, state);
    List<PartyMatch> out = new ArrayList<>();
    for (PartyMatch p : previous) {
      boolean affected = delta.affectedEntryIds().contains(p.entryId());
      if (affected && r.scope() == ScreeningDelta.Scope.UNCHANGED) {
        throw new IllegalStateException(
            String.format(
                "party %s matched %s, which the list change affects, but screening does not"
                    + " reach it: the previous result is not from these lists",
                party.id(), p.entryId()));
      }
      if (!affected && !r.rescored().contains(p.entryId())) {
        out.add(carry(party, p));
      }
    }
    for (ScreeningMatch m : r.matches()) {
      out.add(
          PartyMatch.of(
              party,
              m.entry(),
              fingerprintOf(m.entry()),
              m.matchedName(),
              m.score(),
              m.explanation(),
              memory));
    }
    out.sort(
        Comparator.comparingDouble(PartyMatch::score)
            .reversed()
            .thenComparing(PartyMatch::entryId));
    return new PartyOutcome(out, r.state(), r.scope());
  }

  private PartyMatch carry(Counterparty party, PartyMatch p) {
    ListEntry e = afterById.get(p.entryId());
    String fingerprint = e == null ? null : fingerprintOf(e);
    if (e == null || !fingerprint.equals(p.entryFingerprint())) {
      throw new IllegalStateException(
          String.format(
              "party %s matched %s as it was (fingerprint %s), which the new lists %s: the"
                  + " previous result is not from these lists",
              party.id(),
              p.entryId(),
              p.entryFingerprint(),
              e == null ? "lack" : "hold in another version"));
    }
    return PartyMatch.of(
        party, e, fingerprint, p.matchedName(), p.score(), p.explanation(), memory);
  }

  /** An entry's fingerprint, worked out once per entry (a SHA-256 of its canonical form). */
  private String fingerprintOf(ListEntry e) {
    return fingerprints.computeIfAbsent(e.id(), id -> EntryCanonicalForm.fingerprint(e));
  }

  /** The full rescreen whose result this delta gives: the new lists with the same weights. */
  public Rescreen full() {
    return Rescreen.over(after, delta.after(), memory, threshold);
  }

  /** The screening delta, which says what parties the change can reach. */
  ScreeningDelta screening() {
    return delta;
  }

  /** The entries added, removed and changed between the two snapshots. */
  public ListDelta listDelta() {
    return delta.delta();
  }

  /** The lists screened against now. */
  public ListSnapshot lists() {
    return after;
  }

  /** The threshold. */
  public double threshold() {
    return threshold;
  }
}
