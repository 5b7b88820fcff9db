package io.chokepoint.transaction;

import io.chokepoint.source.Position;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One export, re-export or transfer, as in FORMATS.md §1.
 *
 * @param id the id, unique within its file
 * @param date the date of the export
 * @param route where the goods go
 * @param parties the parties
 * @param endUse the end use, or {@code null} if not given
 * @param facts further facts that rules name, by name
 * @param items the items, at least one
 * @param inputHash {@code sha256:} of the transaction's canonical form, for replay
 * @param input the transaction's canonical form (JSON, keys sorted): reading it back gives the same
 *     transaction and hash, so a stored determination can be replayed
 * @param position where the transaction is written
 */
public record Transaction(
    String id,
    LocalDate date,
    Route route,
    List<Party> parties,
    EndUse endUse,
    Map<String, Object> facts,
    List<Item> items,
    String inputHash,
    String input,
    Position position) {
  public Transaction {
    parties = List.copyOf(parties);
    facts = Map.copyOf(facts);
    items = List.copyOf(items);
  }

  /** The first party with role exporter. */
  public Optional<Party> exporter() {
    return parties.stream().filter(p -> p.role().equals("exporter")).findFirst();
  }
}
