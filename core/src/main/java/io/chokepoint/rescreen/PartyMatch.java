package io.chokepoint.rescreen;

import io.chokepoint.lists.EntryCanonicalForm;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.screening.FalsePositiveMemory;
import io.chokepoint.screening.MatchPolicy;
import io.chokepoint.screening.ReviewedNonMatch;
import io.chokepoint.screening.ScreeningMatch;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One party matched to one list entry by a rescreen: a row of {@code matches.csv} (docs/formats.md
 * §23). Plain values only, immutable and serialisable, so that a partition's results can travel and
 * a previous result can be read back and carried over unchanged.
 *
 * @param partyId the party's id in the master
 * @param partyName the party's name
 * @param partyCountry the party's country, or {@code null}
 * @param entryId the list entry's id
 * @param list the entry's list code
 * @param entryName the entry's primary name
 * @param entryFingerprint the entry's {@link EntryCanonicalForm#fingerprint(ListEntry)}: which
 *     version of the listing matched
 * @param matchedName the entry's name or alias that matched best
 * @param score the score, in [0, 1]
 * @param explanation the reasons for the score, one line per step
 * @param clearance the reviewed non-match that clears the pair, or {@code null} when it is open
 */
public record PartyMatch(
    String partyId,
    String partyName,
    String partyCountry,
    String entryId,
    String list,
    String entryName,
    String entryFingerprint,
    String matchedName,
    double score,
    List<String> explanation,
    Clearance clearance)
    implements Serializable {

  /**
   * The "good guy" decision that clears a match: who, when and why.
   *
   * @param reviewer who reviewed the pair
   * @param reviewedAt when
   * @param reason why the party is not the entry
   */
  public record Clearance(String reviewer, Instant reviewedAt, String reason)
      implements Serializable {
    public Clearance {
      Objects.requireNonNull(reviewer, "reviewer");
      Objects.requireNonNull(reviewedAt, "reviewedAt");
      Objects.requireNonNull(reason, "reason");
    }

    static Clearance of(ReviewedNonMatch r) {
      return new Clearance(r.reviewer(), r.reviewedAt(), r.reason());
    }
  }

  /** Whether a match is to act on or cleared by a review. */
  public enum Status {
    /** An alert: to resolve. */
    OPEN,
    /** A reviewed non-match that still holds: the entry is unchanged since the review. */
    CLEARED
  }

  public PartyMatch {
    Objects.requireNonNull(partyId, "partyId");
    Objects.requireNonNull(partyName, "partyName");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(entryName, "entryName");
    Objects.requireNonNull(entryFingerprint, "entryFingerprint");
    Objects.requireNonNull(matchedName, "matchedName");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must lie in [0, 1], was " + score);
    }
    explanation = List.copyOf(explanation);
  }

  /**
   * The match of a party to an entry as screening found it, cleared if {@code memory} holds a
   * review of the pair that still covers the entry.
   */
  static PartyMatch of(Counterparty party, ScreeningMatch m, FalsePositiveMemory memory) {
    return of(party, m.entry(), m.matchedName(), m.score(), m.explanation(), memory);
  }

  /** A match from its parts, cleared if {@code memory} clears the pair. */
  static PartyMatch of(
      Counterparty party,
      ListEntry entry,
      String matchedName,
      double score,
      List<String> explanation,
      FalsePositiveMemory memory) {
    return of(
        party,
        entry,
        EntryCanonicalForm.fingerprint(entry),
        matchedName,
        score,
        explanation,
        memory);
  }

  /** A match from its parts and the entry's fingerprint, known already. */
  static PartyMatch of(
      Counterparty party,
      ListEntry entry,
      String fingerprint,
      String matchedName,
      double score,
      List<String> explanation,
      FalsePositiveMemory memory) {
    Clearance c = memory.clearing(party.reviewKey(), entry).map(Clearance::of).orElse(null);
    return new PartyMatch(
        party.id(),
        party.name(),
        party.country(),
        entry.id(),
        entry.list(),
        entry.name(),
        fingerprint,
        matchedName,
        score,
        explanation,
        c);
  }

  /** {@link Status#CLEARED} when a review clears the pair, else {@link Status#OPEN}. */
  public Status status() {
    return clearance == null ? Status.OPEN : Status.CLEARED;
  }

  /** The band of the score under the default policy: an alert, or "review the party". */
  public MatchPolicy.Band band() {
    return MatchPolicy.band(score);
  }
}
