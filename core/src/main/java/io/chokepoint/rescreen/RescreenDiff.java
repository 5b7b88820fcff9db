package io.chokepoint.rescreen;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What changed between two rescreen results, pair by pair: new alerts, cleared alerts with why, and
 * alerts whose score changed, with the old and the new score. An alert is an open match (not
 * cleared by a review). Pure: it compares two lists of matches and reads nothing else, so that it
 * runs per party (a partition joins the previous and new matches of its parties) or over a whole
 * run.
 */
public final class RescreenDiff {
  private RescreenDiff() {}

  /** The kind of a change. */
  public enum Kind {
    /** Open now, not open before. */
    NEW,
    /** Open before, not open now. */
    CLEARED,
    /** Open before and now, with another score. */
    CHANGED
  }

  /**
   * Why a pair changed, as far as the two results and the list change tell.
   *
   * <ul>
   *   <li>new alerts: {@link #ENTRY_ADDED} (the entry is new to the lists), {@link #ENTRY_CHANGED}
   *       (the entry's listing changed), {@link #REVIEW_LAPSED} (the pair was cleared by a review
   *       that no longer holds), {@link #NEW_MATCH} (anything else: a new party, other weights)
   *   <li>cleared alerts: {@link #ENTRY_REMOVED}, {@link #PARTY_REMOVED} (not in the master any
   *       more), {@link #REVIEWED} (a reviewed non-match clears it now), {@link #BELOW_THRESHOLD}
   *       (the pair scores below the threshold now)
   *   <li>changed scores: {@link #ENTRY_CHANGED}, {@link #PARTY_CHANGED} (its name or country),
   *       {@link #WEIGHTS_CHANGED} (neither: the token weights differ)
   * </ul>
   */
  public enum Reason {
    ENTRY_ADDED,
    ENTRY_CHANGED,
    ENTRY_REMOVED,
    REVIEW_LAPSED,
    NEW_MATCH,
    PARTY_REMOVED,
    REVIEWED,
    BELOW_THRESHOLD,
    PARTY_CHANGED,
    WEIGHTS_CHANGED
  }

  /**
   * One changed pair.
   *
   * @param kind new, cleared or changed
   * @param reason why
   * @param before the pair in the previous result, or {@code null}
   * @param after the pair in the new result, or {@code null}
   */
  public record Change(Kind kind, Reason reason, PartyMatch before, PartyMatch after)
      implements Serializable {
    public Change {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(reason, "reason");
      if (before == null && after == null) {
        throw new IllegalArgumentException("a change needs a pair before or after");
      }
    }

    /** The pair as it is now, else as it was. */
    public PartyMatch pair() {
      return after != null ? after : before;
    }

    /** The previous score, or {@code null} when the pair did not match before. */
    public Double oldScore() {
      return before == null ? null : before.score();
    }

    /** The new score, or {@code null} when the pair does not match now. */
    public Double newScore() {
      return after == null ? null : after.score();
    }
  }

  /**
   * What the list change did to entries, for the reasons.
   *
   * @param added whether an entry id is new to the lists
   * @param changed whether an entry id's listing changed
   * @param removed whether an entry id left the lists
   */
  public record EntryChanges(
      Predicate<String> added, Predicate<String> changed, Predicate<String> removed) {
    /** What a list delta says: added, changed and removed entries by id. */
    public static EntryChanges of(io.chokepoint.lists.ListDelta delta) {
      Set<String> added = new java.util.HashSet<>();
      Set<String> changed = new java.util.HashSet<>();
      Set<String> removed = new java.util.HashSet<>();
      delta.added().forEach(e -> added.add(e.id()));
      delta.changed().forEach(c -> changed.add(c.after().id()));
      delta.removed().forEach(e -> removed.add(e.id()));
      return new EntryChanges(added::contains, changed::contains, removed::contains);
    }

    /** When only the new lists are known: an entry they lack was removed; nothing else is told. */
    public static EntryChanges listedIn(Set<String> entryIds) {
      return new EntryChanges(id -> false, id -> false, id -> !entryIds.contains(id));
    }
  }

  /**
   * The changes of one party.
   *
   * @param before its matches in the previous result
   * @param after its matches now (empty when it left the master)
   * @param inMaster whether the party is in the master now
   * @param entries what the list change did
   * @return its changes, by entry id
   */
  public static List<Change> party(
      List<PartyMatch> before, List<PartyMatch> after, boolean inMaster, EntryChanges entries) {
    Map<String, PartyMatch> old = new LinkedHashMap<>();
    before.forEach(m -> old.put(m.entryId(), m));
    Map<String, PartyMatch> now = new LinkedHashMap<>();
    after.forEach(m -> now.put(m.entryId(), m));
    List<Change> out = new ArrayList<>();
    for (PartyMatch b : old.values()) {
      PartyMatch a = now.get(b.entryId());
      boolean wasOpen = b.status() == PartyMatch.Status.OPEN;
      boolean isOpen = a != null && a.status() == PartyMatch.Status.OPEN;
      if (wasOpen && !isOpen) {
        out.add(new Change(Kind.CLEARED, whyCleared(b, a, inMaster, entries), b, a));
      } else if (!wasOpen && isOpen) {
        out.add(new Change(Kind.NEW, Reason.REVIEW_LAPSED, b, a));
      } else if (wasOpen && a.score() != b.score()) {
        out.add(new Change(Kind.CHANGED, whyChanged(b, a), b, a));
      }
    }
    for (PartyMatch a : now.values()) {
      if (!old.containsKey(a.entryId()) && a.status() == PartyMatch.Status.OPEN) {
        Reason why =
            entries.added().test(a.entryId())
                ? Reason.ENTRY_ADDED
                : entries.changed().test(a.entryId()) ? Reason.ENTRY_CHANGED : Reason.NEW_MATCH;
        out.add(new Change(Kind.NEW, why, null, a));
      }
    }
    out.sort((x, y) -> x.pair().entryId().compareTo(y.pair().entryId()));
    return out;
  }

  /**
   * The changes of a whole run: every party of either result, in the order of the new result, then
   * the parties that left the master.
   *
   * @param before the previous result's matches
   * @param after the new result's matches
   * @param master the ids of the parties in the master now
   * @param entries what the list change did
   * @return the changes
   */
  public static List<Change> between(
      List<PartyMatch> before, List<PartyMatch> after, Set<String> master, EntryChanges entries) {
    Map<String, List<PartyMatch>> old = byParty(before);
    Map<String, List<PartyMatch>> now = byParty(after);
    List<Change> out = new ArrayList<>();
    for (Map.Entry<String, List<PartyMatch>> e : now.entrySet()) {
      out.addAll(party(old.getOrDefault(e.getKey(), List.of()), e.getValue(), true, entries));
    }
    for (Map.Entry<String, List<PartyMatch>> e : old.entrySet()) {
      if (!now.containsKey(e.getKey())) {
        boolean inMaster = master.contains(e.getKey());
        out.addAll(party(e.getValue(), List.of(), inMaster, entries));
      }
    }
    return out;
  }

  /** Matches grouped by party id, parties in order of first appearance. */
  public static Map<String, List<PartyMatch>> byParty(List<PartyMatch> matches) {
    Map<String, List<PartyMatch>> out = new LinkedHashMap<>();
    for (PartyMatch m : matches) {
      out.computeIfAbsent(m.partyId(), k -> new ArrayList<>()).add(m);
    }
    return out;
  }

  /** How many changes of each kind and reason, for the summary; every kind is present. */
  public static Map<Kind, Map<Reason, Integer>> count(List<Change> changes) {
    Map<Kind, Map<Reason, Integer>> out = new LinkedHashMap<>();
    for (Kind k : Kind.values()) {
      out.put(k, new LinkedHashMap<>());
    }
    for (Change c : changes) {
      out.get(c.kind()).merge(c.reason(), 1, Integer::sum);
    }
    out.replaceAll((k, v) -> Collections.unmodifiableMap(v));
    return Collections.unmodifiableMap(out);
  }

  private static Reason whyCleared(
      PartyMatch b, PartyMatch a, boolean inMaster, EntryChanges entries) {
    if (!inMaster) {
      return Reason.PARTY_REMOVED;
    }
    if (entries.removed().test(b.entryId())) {
      return Reason.ENTRY_REMOVED;
    }
    return a != null ? Reason.REVIEWED : Reason.BELOW_THRESHOLD;
  }

  private static Reason whyChanged(PartyMatch b, PartyMatch a) {
    if (!b.entryFingerprint().equals(a.entryFingerprint())) {
      return Reason.ENTRY_CHANGED;
    }
    if (!b.partyName().equals(a.partyName())
        || !Objects.equals(b.partyCountry(), a.partyCountry())) {
      return Reason.PARTY_CHANGED;
    }
    return Reason.WEIGHTS_CHANGED;
  }
}
