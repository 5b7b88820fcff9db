package io.chokepoint.rescreen;

import io.chokepoint.determine.ClearedMatches;
import io.chokepoint.lists.EntryKind;
import io.chokepoint.screening.ScreeningQuery;
import java.io.Serializable;
import java.util.Objects;

/**
 * One party of a counterparty master (a customer, supplier or consignee): what a bulk rescreen
 * screens. Plain strings, immutable and serialisable, so that a partition of a master can travel.
 *
 * @param id the master's own key for the party, unique in the master
 * @param name the party's name as the master writes it, in any script
 * @param country ISO 3166 alpha-2 code of its country, or {@code null} if unknown
 * @param kind what it is ({@link EntryKind#ENTITY}, {@link EntryKind#INDIVIDUAL}, …); recorded, not
 *     used in scoring
 * @param address its address as written, or {@code null} if unknown
 */
public record Counterparty(String id, String name, String country, EntryKind kind, String address)
    implements Serializable {
  public Counterparty {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (id.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("a counterparty needs an id and a name");
    }
  }

  /** What screening is given: the name, the country and the address. */
  public ScreeningQuery query() {
    return new ScreeningQuery(name, country, address);
  }

  /**
   * The key a reviewed non-match of this party is stored under ({@link
   * ClearedMatches#partyKey(String, String)}): the normalised name and the country.
   */
  public String reviewKey() {
    return ClearedMatches.partyKey(name, country);
  }
}
