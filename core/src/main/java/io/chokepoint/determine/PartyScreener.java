package io.chokepoint.determine;

import io.chokepoint.lists.EntryKind;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.screening.ListScreener;
import io.chokepoint.screening.MatchPolicy;
import io.chokepoint.screening.Screener;
import io.chokepoint.screening.ScreeningMatch;
import io.chokepoint.screening.ScreeningQuery;
import io.chokepoint.transaction.Owner;
import io.chokepoint.transaction.Party;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Screens the parties of a transaction against a list snapshot for a determination: each party's
 * name and other names, with its country, sorted into hits (at or above the alert threshold) and
 * possible matches (in the review band below it). Entries that name a vessel or an aircraft are not
 * parties and are left out. Immutable and thread-safe.
 */
public final class PartyScreener {
  /** Screens nothing: parties carry only the lists the transaction states. */
  public static final PartyScreener NONE =
      new PartyScreener((q, t) -> List.of(), Determiner.EMPTY_LISTS, 1.0, 1.0, ClearedMatches.NONE);

  private final Screener screener;
  private final String listsHash;
  private final double alert;
  private final double review;
  private final ClearedMatches cleared;

  /**
   * Creates a party screener.
   *
   * @param screener the screener over the loaded lists
   * @param listsHash the content hash of the list snapshot it screens against
   * @param alert the score at or above which a match is a hit
   * @param review the score at or above which a lower match is a possible match
   * @param cleared the pairs people reviewed and cleared
   * @throws IllegalArgumentException unless {@code 0 <= review <= alert <= 1}
   */
  public PartyScreener(
      Screener screener, String listsHash, double alert, double review, ClearedMatches cleared) {
    if (!(review >= 0 && review <= alert && alert <= 1)) {
      throw new IllegalArgumentException(
          String.format("need 0 <= review (%s) <= alert (%s) <= 1", review, alert));
    }
    this.screener = Objects.requireNonNull(screener, "screener");
    this.listsHash = Objects.requireNonNull(listsHash, "listsHash");
    this.alert = alert;
    this.review = review;
    this.cleared = Objects.requireNonNull(cleared, "cleared");
  }

  /**
   * A party screener over a list snapshot with the default alert threshold and review band.
   *
   * @param lists the lists
   * @param cleared the pairs people reviewed and cleared
   * @return the screener, its index built
   */
  public static PartyScreener of(ListSnapshot lists, ClearedMatches cleared) {
    return of(ListScreener.build(lists), lists, cleared);
  }

  /**
   * A party screener over an index already built for a snapshot, with the default alert threshold
   * and review band: a server that also screens names shares one index.
   *
   * @param index the index of {@code lists}
   * @param lists the lists it indexes
   * @param cleared the pairs people reviewed and cleared
   */
  public static PartyScreener of(ListScreener index, ListSnapshot lists, ClearedMatches cleared) {
    return new PartyScreener(
        index,
        lists.contentHash(),
        MatchPolicy.DEFAULT_ALERT_THRESHOLD,
        MatchPolicy.DEFAULT_REVIEW_FLOOR,
        cleared);
  }

  /** The content hash of the list snapshot. */
  public String listsHash() {
    return listsHash;
  }

  /** The alert threshold. */
  public double alert() {
    return alert;
  }

  /** The lower end of the review band. */
  public double review() {
    return review;
  }

  /**
   * Screens one party, and each of its owners.
   *
   * @param index the party's index in the transaction
   * @param party the party
   * @return its matches, best first
   */
  public PartyScreen screen(int index, Party party) {
    List<String> names = new ArrayList<>(1 + party.otherNames().size());
    names.add(party.name());
    names.addAll(party.otherNames());
    List<OwnerScreen> owners = new ArrayList<>();
    if (party.owners() != null) {
      for (Owner o : party.owners()) {
        Party asParty =
            new Party(
                "owner", o.name(), null, null, null, List.of(), o.lists(), null, party.position());
        owners.add(new OwnerScreen(o.name(), o.share(), matches(asParty, List.of(o.name()))));
      }
    }
    return new PartyScreen(index, party.role(), party.name(), matches(party, names), owners);
  }

  private List<PartyHit> matches(Party party, List<String> names) {
    Map<String, PartyHit> best = new LinkedHashMap<>();
    for (String name : names) {
      for (ScreeningMatch m :
          screener.screen(new ScreeningQuery(name, party.country(), null), review)) {
        if (!isParty(m.entry().kind())) {
          continue;
        }
        PartyHit known = best.get(m.entry().id());
        if (known == null || known.match().score() < m.score()) {
          best.put(m.entry().id(), hit(party, name, m));
        }
      }
    }
    List<PartyHit> hits = new ArrayList<>(best.values());
    hits.sort(
        Comparator.comparingDouble((PartyHit h) -> -h.match().score())
            .thenComparing(h -> h.match().entry().id()));
    return hits;
  }

  /**
   * Whether entries of this kind can be a transaction party: persons and organisations can, while a
   * sanctioned vessel or aircraft is property, screened with {@code chokepoint screen} when a
   * shipment names it, and would otherwise raise alerts on every company that shares its name.
   */
  private static boolean isParty(EntryKind kind) {
    return kind != EntryKind.VESSEL && kind != EntryKind.AIRCRAFT;
  }

  private PartyHit hit(Party party, String name, ScreeningMatch m) {
    String why = cleared.why(party, m.entry());
    if (why != null) {
      return new PartyHit(name, m, ScreeningBand.CLEARED, why);
    }
    return new PartyHit(
        name, m, m.score() >= alert ? ScreeningBand.HIT : ScreeningBand.POSSIBLE, null);
  }
}
