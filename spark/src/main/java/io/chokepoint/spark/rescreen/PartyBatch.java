package io.chokepoint.spark.rescreen;

import io.chokepoint.rescreen.Counterparty;
import io.chokepoint.rescreen.CounterpartyCsv;
import io.chokepoint.rescreen.DeltaRescreen;
import io.chokepoint.rescreen.LocalRescreen;
import io.chokepoint.rescreen.PartyMatch;
import io.chokepoint.rescreen.PartyRows;
import io.chokepoint.rescreen.PartyStates;
import io.chokepoint.screening.ScreeningDelta;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A slice of a delta rescreen's parties as it travels to an executor: each party's row of the
 * master as written and its row of the previous state file, packed as strings into one byte array
 * ({@link PackedStrings}), the master's header to take the rows apart by, and the previous matches
 * of the few parties that had any. The executor takes the rows apart ({@link
 * CounterpartyCsv.RowReader}), so that the driver only copies them. Spark's Java serialisation
 * writes a byte array in one copy and object graphs slowly: shipping each party as its own objects,
 * or even as arrays of strings, cost seconds of the driver's one task serialiser at a million
 * parties.
 *
 * @param size how many parties
 * @param header the master's header
 * @param rows per party its master row ({@link PartyRows#row}) and its row of the previous state
 *     file ({@link PartyStates#line}; {@code null}: not known)
 * @param before the previous matches of the parties that had any, by place in the slice
 */
record PartyBatch(
    int size, String[] header, PackedStrings rows, HashMap<Integer, ArrayList<PartyMatch>> before)
    implements Serializable {

  /**
   * A slice of parties, their states and their previous matches.
   *
   * @param master the master
   * @param places the places of the slice's parties in the master
   * @param states the row of the previous state file of the party at {@code places[i]}, in UTF-8,
   *     or {@code null}
   * @param before the previous matches, by party id
   */
  static PartyBatch of(
      PartyRows master,
      int[] places,
      java.util.function.IntFunction<byte[]> states,
      Map<String, List<PartyMatch>> before) {
    int n = places.length;
    PackedStrings.Writer w = new PackedStrings.Writer(n * 512);
    HashMap<Integer, ArrayList<PartyMatch>> had = new HashMap<>();
    for (int i = 0; i < n; i++) {
      w.add(master.rowUtf8(places[i])).add(states == null ? null : states.apply(i));
      List<PartyMatch> m = before.get(master.id(places[i]));
      if (m != null) {
        had.put(i, new ArrayList<>(m));
      }
    }
    return new PartyBatch(n, master.header().toArray(String[]::new), w.done(), had);
  }

  /** Screens the slice with a delta rescreen. */
  Outcomes screen(DeltaRescreen delta) {
    byte[] scopes = new byte[size];
    PackedStrings.Writer states = new PackedStrings.Writer(rows.bytes().length);
    HashMap<Integer, ArrayList<PartyMatch>> matches = new HashMap<>();
    PackedStrings.Reader r = rows.reader();
    CounterpartyCsv.RowReader reader = new CounterpartyCsv.RowReader(List.of(header));
    for (int i = 0; i < size; i++) {
      Counterparty p = reader.read(r.next());
      LocalRescreen.Screening.Rescreened o =
          LocalRescreen.Screening.Rescreened.screen(
              delta, p, before.getOrDefault(i, new ArrayList<>()), r.next());
      scopes[i] = (byte) o.scope().ordinal();
      states.add(o.state());
      if (!o.matches().isEmpty()) {
        matches.put(i, new ArrayList<>(o.matches()));
      }
    }
    return new Outcomes(scopes, states.done(), matches);
  }

  /**
   * A slice's outcomes as they travel back: scopes by ordinal, states as packed text, and the
   * matches of the parties that have any.
   */
  record Outcomes(
      byte[] scopes, PackedStrings states, HashMap<Integer, ArrayList<PartyMatch>> matches)
      implements Serializable {

    /** The outcomes of the slice's parties, in order. */
    List<LocalRescreen.Screening.Rescreened> outcomes() {
      List<LocalRescreen.Screening.Rescreened> out = new ArrayList<>(scopes.length);
      PackedStrings.Reader r = states.reader();
      for (int i = 0; i < scopes.length; i++) {
        out.add(
            new LocalRescreen.Screening.Rescreened(
                matches.getOrDefault(i, new ArrayList<>()),
                r.next(),
                ScreeningDelta.Scope.values()[scopes[i]]));
      }
      return out;
    }
  }
}
