package io.chokepoint.screening;

import io.chokepoint.lists.ListEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reviewed non-matches ("good guy" list): suppresses a match of a party to an entry that a
 * reviewer has cleared, for as long as the entry is unchanged. A changed listing (new alias, new
 * address, anything in its canonical form) makes the match alert again. Immutable: {@link
 * #with(ReviewedNonMatch)} returns a new memory; persistence is the caller's.
 */
public final class FalsePositiveMemory {
  private static final FalsePositiveMemory EMPTY = new FalsePositiveMemory(Map.of());

  // (party key, entry id) -> the latest review
  private final Map<List<String>, ReviewedNonMatch> reviews;

  /**
   * What screening kept and what the memory suppressed.
   *
   * @param kept the matches to act on
   * @param suppressed the matches cleared by a still-valid review, with that review
   */
  public record Filtered(List<ScreeningMatch> kept, List<Suppressed> suppressed) {
    public Filtered {
      kept = List.copyOf(kept);
      suppressed = List.copyOf(suppressed);
    }
  }

  /**
   * One suppressed match.
   *
   * @param match the match
   * @param review the review that cleared it
   */
  public record Suppressed(ScreeningMatch match, ReviewedNonMatch review) {}

  private FalsePositiveMemory(Map<List<String>, ReviewedNonMatch> reviews) {
    this.reviews = Map.copyOf(reviews);
  }

  /** A memory with no reviews. */
  public static FalsePositiveMemory empty() {
    return EMPTY;
  }

  /**
   * This memory plus {@code review}, which replaces an earlier review of the same party and entry.
   *
   * @throws NullPointerException if {@code review} is null
   */
  public FalsePositiveMemory with(ReviewedNonMatch review) {
    Objects.requireNonNull(review, "review");
    Map<List<String>, ReviewedNonMatch> next = new HashMap<>(reviews);
    next.put(List.of(review.partyKey(), review.entryId()), review);
    return new FalsePositiveMemory(next);
  }

  /** All reviews held, in no particular order. */
  public List<ReviewedNonMatch> reviews() {
    return List.copyOf(reviews.values());
  }

  /**
   * The review that clears {@code partyKey} of {@code entry} as the entry is now, if any.
   *
   * @throws NullPointerException if an argument is null
   */
  public Optional<ReviewedNonMatch> clearing(String partyKey, ListEntry entry) {
    ReviewedNonMatch r =
        reviews.get(List.of(Objects.requireNonNull(partyKey, "partyKey"), entry.id()));
    return r != null && r.covers(entry) ? Optional.of(r) : Optional.empty();
  }

  /**
   * Splits screening results into the matches to act on and those a valid review clears.
   *
   * @param partyKey the screened party's key
   * @param matches the screening results
   * @return the split
   * @throws NullPointerException if an argument is null
   */
  public Filtered apply(String partyKey, List<ScreeningMatch> matches) {
    List<ScreeningMatch> kept = new ArrayList<>();
    List<Suppressed> suppressed = new ArrayList<>();
    for (ScreeningMatch m : matches) {
      Optional<ReviewedNonMatch> r = clearing(partyKey, m.entry());
      if (r.isPresent()) {
        suppressed.add(new Suppressed(m, r.get()));
      } else {
        kept.add(m);
      }
    }
    return new Filtered(kept, suppressed);
  }
}
