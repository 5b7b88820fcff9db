package io.chokepoint.spark.rescreen;

import io.chokepoint.lists.EntryKind;
import io.chokepoint.rescreen.Counterparty;
import io.chokepoint.rescreen.DeltaRescreen;
import io.chokepoint.rescreen.LocalRescreen;
import io.chokepoint.rescreen.PartyMatch;
import io.chokepoint.rescreen.PartyOutcome;
import io.chokepoint.rescreen.PartyStates;
import io.chokepoint.screening.ScreeningDelta;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A slice of a delta rescreen's parties as it travels to an executor: each party's id, name,
 * country, kind, address and remembered state packed as strings into one byte array ({@link
 * PackedStrings}), and the previous matches of the few that had any. Spark's Java serialisation
 * writes a byte array in one copy and object graphs slowly: shipping each party as its own objects,
 * or even as arrays of strings, cost seconds of the driver's one task serialiser at a million
 * parties.
 *
 * @param size how many parties
 * @param fields per party its id, name, country ({@code null}: unknown), kind by name, address
 *     ({@code null}: none) and row of the previous state file ({@link PartyStates#line}; {@code
 *     null}: not known)
 * @param before the previous matches of the parties that had any, by place in the slice
 */
record PartyBatch(int size, PackedStrings fields, HashMap<Integer, ArrayList<PartyMatch>> before)
    implements Serializable {

  /** A slice of parties, their states and their previous matches. */
  static PartyBatch of(
      List<Counterparty> parties, List<String> states, Map<String, List<PartyMatch>> before) {
    int n = parties.size();
    PackedStrings.Writer w = new PackedStrings.Writer(n * 512);
    HashMap<Integer, ArrayList<PartyMatch>> had = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Counterparty p = parties.get(i);
      w.add(p.id())
          .add(p.name())
          .add(p.country())
          .add(p.kind().name())
          .add(p.address())
          .add(states == null ? null : states.get(i));
      List<PartyMatch> m = before.get(p.id());
      if (m != null) {
        had.put(i, new ArrayList<>(m));
      }
    }
    return new PartyBatch(n, w.done(), had);
  }

  /** Screens the slice with a delta rescreen. */
  Outcomes screen(DeltaRescreen delta) {
    byte[] scopes = new byte[size];
    PackedStrings.Writer states = new PackedStrings.Writer(fields.bytes().length);
    HashMap<Integer, ArrayList<PartyMatch>> matches = new HashMap<>();
    PackedStrings.Reader r = fields.reader();
    for (int i = 0; i < size; i++) {
      Counterparty p =
          new Counterparty(r.next(), r.next(), r.next(), EntryKind.valueOf(r.next()), r.next());
      PartyOutcome o =
          delta.screen(
              p, before.getOrDefault(i, new ArrayList<>()), PartyStates.parseLine(r.next()));
      scopes[i] = (byte) o.scope().ordinal();
      states.add(PartyStates.text(o.state()));
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
