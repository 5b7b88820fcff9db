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
 * A slice of a delta rescreen's parties as it travels to an executor: their fields and remembered
 * states as arrays of strings, and the previous matches of the few that had any. Spark's Java
 * serialisation writes arrays of strings quickly and object graphs slowly: shipping each party as
 * its own objects, and each outcome back with its state's objects, cost more than screening them.
 *
 * @param ids the parties' ids
 * @param names their names
 * @param countries their countries ({@code null}: unknown)
 * @param kinds their kinds, by name
 * @param addresses their addresses ({@code null}: none)
 * @param states their rows of the previous state file ({@link PartyStates#line}; {@code null}: not
 *     known)
 * @param before the previous matches of the parties that had any, by place in the slice
 */
record PartyBatch(
    String[] ids,
    String[] names,
    String[] countries,
    String[] kinds,
    String[] addresses,
    String[] states,
    HashMap<Integer, ArrayList<PartyMatch>> before)
    implements Serializable {

  /** A slice of parties, their states and their previous matches. */
  static PartyBatch of(
      List<Counterparty> parties, List<String> states, Map<String, List<PartyMatch>> before) {
    int n = parties.size();
    PartyBatch b =
        new PartyBatch(
            new String[n],
            new String[n],
            new String[n],
            new String[n],
            new String[n],
            new String[n],
            new HashMap<>());
    for (int i = 0; i < n; i++) {
      Counterparty p = parties.get(i);
      b.ids[i] = p.id();
      b.names[i] = p.name();
      b.countries[i] = p.country();
      b.kinds[i] = p.kind().name();
      b.addresses[i] = p.address();
      b.states[i] = states == null ? null : states.get(i);
      List<PartyMatch> m = before.get(p.id());
      if (m != null) {
        b.before.put(i, new ArrayList<>(m));
      }
    }
    return b;
  }

  /** Screens the slice with a delta rescreen. */
  Outcomes screen(DeltaRescreen delta) {
    int n = ids.length;
    Outcomes out = new Outcomes(new byte[n], new String[n], new HashMap<>());
    for (int i = 0; i < n; i++) {
      Counterparty p =
          new Counterparty(
              ids[i], names[i], countries[i], EntryKind.valueOf(kinds[i]), addresses[i]);
      PartyOutcome o =
          delta.screen(
              p, before.getOrDefault(i, new ArrayList<>()), PartyStates.parseLine(states[i]));
      out.scopes()[i] = (byte) o.scope().ordinal();
      out.states()[i] = PartyStates.text(o.state());
      if (!o.matches().isEmpty()) {
        out.matches().put(i, new ArrayList<>(o.matches()));
      }
    }
    return out;
  }

  /**
   * A slice's outcomes as they travel back: scopes by ordinal, states as text, and the matches of
   * the parties that have any.
   */
  record Outcomes(byte[] scopes, String[] states, HashMap<Integer, ArrayList<PartyMatch>> matches)
      implements Serializable {

    /** The outcome of party {@code i} of the slice. */
    LocalRescreen.Screening.Rescreened outcome(int i) {
      return new LocalRescreen.Screening.Rescreened(
          matches.getOrDefault(i, new ArrayList<>()),
          states[i],
          ScreeningDelta.Scope.values()[scopes[i]]);
    }

    int size() {
      return scopes.length;
    }
  }
}
