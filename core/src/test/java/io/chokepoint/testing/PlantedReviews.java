package io.chokepoint.testing;

import io.chokepoint.lists.ListDelta;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.rescreen.Counterparty;
import io.chokepoint.screening.FalsePositiveMemory;
import io.chokepoint.screening.ReviewedNonMatch;
import io.chokepoint.synthetic.SyntheticMaster;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Good-guy decisions on planted matches, for rescreen tests: reviews recorded as of the old lists,
 * some of entries that a list update changes (they lapse) and some of entries it leaves or removes
 * (they hold), and, for a later run, some recorded since.
 */
public final class PlantedReviews {
  private PlantedReviews() {}

  /**
   * The reviews.
   *
   * @param before the old lists
   * @param after the updated lists
   * @param planted the planted matches, in master order
   * @param parties the planted parties by id
   * @param each how many lapsing, how many holding and (when {@code later}) how many recent ones
   * @param when when the first reviews were recorded; the recent ones a day later
   * @param later whether to add the reviews recorded since the first run
   */
  public static FalsePositiveMemory of(
      ListSnapshot before,
      ListSnapshot after,
      List<SyntheticMaster.Planted> planted,
      Map<String, Counterparty> parties,
      int each,
      Instant when,
      boolean later) {
    Set<String> changed = new HashSet<>();
    ListDelta.between(before, after).changed().forEach(c -> changed.add(c.before().id()));
    Map<String, ListEntry> old = new HashMap<>();
    before.entries().forEach(e -> old.put(e.id(), e));
    FalsePositiveMemory m = FalsePositiveMemory.empty();
    int lapsing = 0;
    int holding = 0;
    int recent = 0;
    for (SyntheticMaster.Planted p : planted) {
      String key = parties.get(p.partyId()).reviewKey();
      ListEntry e = old.get(p.entryId());
      if (changed.contains(e.id()) && lapsing < each) {
        m = m.with(ReviewedNonMatch.of(key, e, "a.officer", "reviewed, not the entry", when));
        lapsing++;
      } else if (!changed.contains(e.id()) && holding < each) {
        m = m.with(ReviewedNonMatch.of(key, e, "a.officer", "reviewed, not the entry", when));
        holding++;
      } else if (later && !changed.contains(e.id()) && recent < each) {
        m =
            m.with(
                ReviewedNonMatch.of(
                    key, e, "b.officer", "a later review", when.plusSeconds(86_400)));
        recent++;
      }
    }
    return m;
  }
}
