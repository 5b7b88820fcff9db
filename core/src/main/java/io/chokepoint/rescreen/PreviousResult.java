package io.chokepoint.rescreen;

import io.chokepoint.determine.Determiner;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The previous result a delta rescreen starts from, as the delta reads it: whether it fits the job
 * (its master, lists, threshold and engine), which parties the list change reaches through its
 * index of the master, and those parties' rows of its state file.
 */
final class PreviousResult {
  private PreviousResult() {}

  /**
   * The parties a delta screens: those the list change can reach, found from the previous result's
   * index of the master ({@link PartyIndex}), and those with matches there, whose reviews are
   * applied afresh; every party when the previous result has no index.
   */
  static BitSet reached(
      PartyRows parties, Map<String, List<PartyMatch>> before, PartyStates was, DeltaRescreen d) {
    BitSet out;
    if (was == null || was.index() == null) {
      out = new BitSet(parties.size());
      out.set(0, parties.size());
      return out;
    }
    out = was.index().reachedBy(d.screening());
    for (int i = 0; i < parties.size(); i++) {
      if (before.containsKey(parties.id(i))) {
        out.set(i);
      }
    }
    return out;
  }

  /**
   * The rows of the parties at {@code places} in the previous state file, each read when asked for
   * (on any thread, so that the rows are not all held at once); each must be of the party at its
   * place.
   */
  static IntFunction<byte[]> stateRows(
      PartyStates was, int[] places, PartyRows parties, RescreenJob job) {
    if (was == null) {
      return null;
    }
    return k -> {
      int i = places[k];
      try {
        return was.lineUtf8(i, parties.id(i));
      } catch (IllegalArgumentException e) {
        throw new SourceException(
            "the previous result does not fit this delta",
            List.of(
                new io.chokepoint.source.Issue(
                    Position.ofFile(job.previous().resolve(ResultFolder.STATES).toString()),
                    null,
                    null,
                    e.getMessage())));
      }
    };
  }

  /** The previous result must be of this master, these old lists and this threshold. */
  static void check(
      RescreenJob job, PartyRows master, ResultFolder.Result previous, double threshold) {
    Issues issues = new Issues();
    Position at = Position.ofFile(job.previous().resolve(ResultFolder.SUMMARY).toString());
    RescreenSummary s = previous.summary();
    if (!s.lists().equals(job.previousLists().contentHash())) {
      issues.add(
          at,
          null,
          "lists",
          "the previous result was screened against "
              + s.lists()
              + ", not against the previous lists given ("
              + job.previousLists().contentHash()
              + ")");
    }
    if (!s.partiesSha256().equals(master.sha256())) {
      issues.add(
          at,
          null,
          "parties",
          "the previous result is of another master ("
              + s.partiesSha256()
              + ", this one is "
              + master.sha256()
              + "): run a full rescreen");
    }
    if (s.threshold() != threshold) {
      issues.add(
          at,
          null,
          "threshold",
          "the previous result kept scores from " + s.threshold() + ", not " + threshold);
    }
    if (!Determiner.ENGINE_VERSION.equals(s.engineVersion())) {
      issues.add(
          at,
          null,
          "engineVersion",
          "the previous result is of engine "
              + s.engineVersion()
              + ", this is "
              + Determiner.ENGINE_VERSION
              + ": run a full rescreen");
    }
    PartyStates states = previous.states();
    if (states != null && issues.isEmpty()) {
      boolean aligned = states.size() == master.size();
      if (states.index() != null) {
        // each row read is checked against its party; the index must be of this master
        aligned &= states.index().master().equals(master.sha256());
      }
      for (int i = 0; aligned && states.index() == null && i < master.size(); i++) {
        aligned = states.id(i).equals(master.id(i));
      }
      if (!aligned) {
        issues.add(
            Position.ofFile(job.previous().resolve(ResultFolder.STATES).toString()),
            null,
            null,
            "the party states are not those of this master, party by party");
      }
    }
    if (!issues.isEmpty()) {
      throw new SourceException("the previous result does not fit this delta", issues.toList());
    }
  }
}
