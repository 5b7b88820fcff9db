package io.chokepoint.rescreen;

import java.util.AbstractList;
import java.util.List;

/**
 * A counterparty master's parties by their place in it, for a delta rescreen, which takes apart
 * only the rows of the parties it screens, on this machine or where it screens them: {@link
 * KnownMaster} for a master known by its digest, or a master read whole ({@link #of}).
 */
public interface PartyRows {
  /** How many parties the master has. */
  int size();

  /** The id of the party at place {@code i}. */
  String id(int i);

  /**
   * The parties at {@code places}, in the order given.
   *
   * @throws IndexOutOfBoundsException if a place is not in the master
   */
  List<Counterparty> parties(int[] places);

  /** The master's header, whose columns {@link #row} follows (docs/formats.md §22). */
  List<String> header();

  /**
   * The row of the party at place {@code i} as written, its line end included: {@link
   * CounterpartyCsv.RowReader} with {@link #header} takes it apart as {@link #parties} does.
   */
  String row(int i);

  /**
   * {@link #row} in UTF-8: what a delta ships, copied from the master's bytes where they are kept.
   */
  default byte[] rowUtf8(int i) {
    return row(i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** {@code sha256:} and the hex digest of the master's bytes. */
  String sha256();

  /** The ids of all parties, in master order. */
  default List<String> ids() {
    return new AbstractList<>() {
      @Override
      public String get(int i) {
        return id(i);
      }

      @Override
      public int size() {
        return PartyRows.this.size();
      }
    };
  }

  /** The parties of a master read whole. */
  static PartyRows of(CounterpartyMaster master) {
    List<Counterparty> all = master.parties();
    return new PartyRows() {
      @Override
      public int size() {
        return all.size();
      }

      @Override
      public String id(int i) {
        return all.get(i).id();
      }

      @Override
      public List<Counterparty> parties(int[] places) {
        Counterparty[] out = new Counterparty[places.length];
        for (int k = 0; k < places.length; k++) {
          out[k] = all.get(places[k]);
        }
        return List.of(out);
      }

      @Override
      public List<String> header() {
        return CounterpartyCsv.COLUMNS;
      }

      @Override
      public String row(int i) {
        Counterparty p = all.get(i);
        return io.chokepoint.source.Csv.row(
                java.util.Arrays.asList(
                    p.id(),
                    p.name(),
                    p.country(),
                    p.kind() == io.chokepoint.lists.EntryKind.UNKNOWN
                        ? null
                        : p.kind().name().toLowerCase(java.util.Locale.ROOT),
                    p.address()))
            + "\n";
      }

      @Override
      public String sha256() {
        return master.sha256();
      }
    };
  }
}
