package io.chokepoint.rescreen;

import io.chokepoint.determine.Determiner;
import io.chokepoint.lists.ListDelta;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.screening.MatchPolicy;
import io.chokepoint.screening.QueryState;
import io.chokepoint.screening.ScreeningDelta;
import io.chokepoint.screening.TokenWeights;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The in-process rescreen engine ({@code local}): the master is read whole and all or nothing, then
 * screened in chunks on every core (a parallel stream over the common fork-join pool), the chunks'
 * results kept in master order; then compared with the previous result and written. For inputs that
 * fit one machine: about a million parties in a few gigabytes of heap. A distributed engine keeps
 * the rest of the run and screens elsewhere ({@link Screening}).
 */
public final class LocalRescreen implements RescreenEngine {
  /** Parties per chunk: big enough to keep the cores busy, small enough for even progress. */
  static final int CHUNK = 1024;

  /**
   * Screens a run's parties, results in master order: on this machine's cores (the default), or
   * spread over a cluster by a distributed engine that keeps the rest of the run (reading the
   * master and the previous result, comparing, writing) as it is here, so that both give the same
   * result.
   */
  public interface Screening {
    /**
     * Screens every party with a full rescreen.
     *
     * @param parties the master's parties
     * @param rescreen the rescreen (its lists, weights, memory and threshold)
     * @param job the job ({@link RescreenJob#keepWeights()}: whether the weights are pinned)
     * @return each party's outcome, in master order
     */
    List<PartyOutcome> full(List<Counterparty> parties, Rescreen rescreen, RescreenJob job);

    /**
     * Screens every party with a delta rescreen.
     *
     * @param parties the master's parties
     * @param before each party's matches in the previous result, by party id
     * @param states what the previous result remembered of each party, in master order, or {@code
     *     null} when it kept no states
     * @param delta the delta rescreen
     * @param weights the previous result's token weights, which {@code delta} was built with
     * @param job the job (its previous and new lists and its memory)
     * @return each party's outcome, in master order
     */
    List<PartyOutcome> delta(
        List<Counterparty> parties,
        Map<String, List<PartyMatch>> before,
        PartyStates states,
        DeltaRescreen delta,
        TokenWeights weights,
        RescreenJob job);
  }

  /** On this machine's cores. */
  private static final Screening ON_CORES =
      new Screening() {
        @Override
        public List<PartyOutcome> full(
            List<Counterparty> parties, Rescreen rescreen, RescreenJob job) {
          return inChunks(parties, i -> rescreen.outcome(parties.get(i)), job);
        }

        @Override
        public List<PartyOutcome> delta(
            List<Counterparty> parties,
            Map<String, List<PartyMatch>> before,
            PartyStates states,
            DeltaRescreen delta,
            TokenWeights weights,
            RescreenJob job) {
          return inChunks(
              parties,
              i -> {
                Counterparty p = parties.get(i);
                return delta.screen(
                    p,
                    before.getOrDefault(p.id(), List.of()),
                    states == null ? null : states.state(i));
              },
              job);
        }
      };

  private final String name;
  private final Screening screening;

  /** The in-process engine. */
  public LocalRescreen() {
    this("local", ON_CORES);
  }

  /**
   * An engine that screens elsewhere and does the rest of the run here.
   *
   * @param name the engine's name, recorded in the summary
   * @param screening how the parties are screened
   */
  public LocalRescreen(String name, Screening screening) {
    this.name = Objects.requireNonNull(name, "name");
    this.screening = Objects.requireNonNull(screening, "screening");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public RescreenSummary run(RescreenJob job) {
    long start = System.nanoTime();
    CounterpartyMaster master = CounterpartyCsv.read(job.parties());
    ResultFolder.Result previous =
        job.previous() == null ? null : ResultFolder.read(job.previous());
    double threshold =
        job.threshold() != null
            ? job.threshold()
            : previous != null
                ? previous.summary().threshold()
                : MatchPolicy.DEFAULT_ALERT_THRESHOLD;
    List<Counterparty> parties = master.parties();
    List<PartyOutcome> outcomes;
    Map<String, Integer> scopes = null;
    RescreenDiff.EntryChanges entries;
    ListDelta delta = null;
    TokenWeights weights;
    String weightsFrom;
    if (job.delta()) {
      check(job, master, previous, threshold);
      DeltaRescreen d =
          DeltaRescreen.of(
              job.previousLists(), job.lists(), previous.weights(), job.memory(), threshold);
      Map<String, List<PartyMatch>> before = RescreenDiff.byParty(previous.matches());
      outcomes = screening.delta(parties, before, previous.states(), d, previous.weights(), job);
      Map<ScreeningDelta.Scope, Integer> count = new EnumMap<>(ScreeningDelta.Scope.class);
      outcomes.forEach(o -> count.merge(o.scope(), 1, Integer::sum));
      scopes = new LinkedHashMap<>();
      for (ScreeningDelta.Scope s : ScreeningDelta.Scope.values()) {
        scopes.put(RescreenSummary.label(s), count.getOrDefault(s, 0));
      }
      delta = d.listDelta();
      entries = RescreenDiff.EntryChanges.of(delta);
      weights = previous.weights();
      weightsFrom = previous.summary().weightsFrom();
    } else {
      Rescreen r =
          Rescreen.of(
              job.lists(), job.keepWeights() ? previous.weights() : null, job.memory(), threshold);
      outcomes = screening.full(parties, r, job);
      Set<String> listed = new HashSet<>();
      job.lists().entries().forEach(e -> listed.add(e.id()));
      entries = RescreenDiff.EntryChanges.listedIn(listed);
      weights = r.weights();
      weightsFrom =
          job.keepWeights() ? previous.summary().weightsFrom() : job.lists().contentHash();
    }
    List<PartyMatch> matches = new ArrayList<>();
    List<QueryState> states = new ArrayList<>(parties.size());
    for (PartyOutcome o : outcomes) {
      matches.addAll(o.matches());
      states.add(o.state());
    }
    Set<String> ids = new HashSet<>();
    parties.forEach(p -> ids.add(p.id()));
    List<RescreenDiff.Change> changes =
        RescreenDiff.between(
            previous == null ? List.of() : previous.matches(), matches, ids, entries);
    RescreenSummary summary =
        summary(
            job,
            master,
            previous,
            delta,
            new Weighing(weights, weightsFrom, threshold),
            matches,
            changes,
            scopes,
            (System.nanoTime() - start) / 1e9);
    ResultFolder.write(job.out(), summary, weights, job.lists(), parties, states, matches, changes);
    return summary;
  }

  /** The weights, where they came from, and the threshold: how scores were computed and kept. */
  private record Weighing(TokenWeights weights, String from, double threshold) {}

  /** The previous result must be of this master, these old lists and this threshold. */
  private static void check(
      RescreenJob job, CounterpartyMaster master, ResultFolder.Result previous, double threshold) {
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
      List<Counterparty> parties = master.parties();
      boolean aligned = states.size() == parties.size();
      for (int i = 0; aligned && i < parties.size(); i++) {
        aligned = states.id(i).equals(parties.get(i).id());
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

  /** Applies {@code screen} to every party by its place in the master, results in master order. */
  private static <T> List<T> inChunks(
      List<Counterparty> parties, IntFunction<T> screen, RescreenJob job) {
    int chunks = (parties.size() + CHUNK - 1) / CHUNK;
    AtomicLong done = new AtomicLong();
    List<List<T>> out =
        IntStream.range(0, chunks)
            .parallel()
            .mapToObj(
                c -> {
                  int from = c * CHUNK;
                  int to = Math.min(parties.size(), from + CHUNK);
                  List<T> results = new ArrayList<>(to - from);
                  for (int i = from; i < to; i++) {
                    results.add(screen.apply(i));
                  }
                  job.progress().advance(done.addAndGet(to - from), parties.size());
                  return results;
                })
            .toList();
    List<T> all = new ArrayList<>(parties.size());
    out.forEach(all::addAll);
    return all;
  }

  private RescreenSummary summary(
      RescreenJob job,
      CounterpartyMaster master,
      ResultFolder.Result previous,
      ListDelta delta,
      Weighing w,
      List<PartyMatch> matches,
      List<RescreenDiff.Change> changes,
      Map<String, Integer> scopes,
      double seconds) {
    int open = 0;
    Set<String> matched = new HashSet<>();
    for (PartyMatch m : matches) {
      if (m.status() == PartyMatch.Status.OPEN) {
        open++;
      }
      matched.add(m.partyId());
    }
    Map<String, Integer> listDelta = null;
    if (delta != null) {
      listDelta =
          Map.of(
              "added", delta.added().size(),
              "removed", delta.removed().size(),
              "changed", delta.changed().size());
    }
    Map<String, Map<String, Integer>> counted = new LinkedHashMap<>();
    RescreenDiff.count(changes)
        .forEach(
            (k, v) -> {
              Map<String, Integer> byReason = new LinkedHashMap<>();
              v.forEach((r, n) -> byReason.put(RescreenSummary.label(r), n));
              counted.put(RescreenSummary.label(k), byReason);
            });
    List<ListEntry> entries = job.lists().entries();
    return new RescreenSummary(
        job.delta() ? "delta" : "full",
        name,
        Determiner.ENGINE_VERSION,
        master.sha256(),
        master.parties().size(),
        job.lists().contentHash(),
        job.lists().asOf(),
        entries.size(),
        previous == null ? null : previous.summary().lists(),
        listDelta,
        w.weights().hash(),
        w.weights().size(),
        w.from(),
        w.threshold(),
        matches.size(),
        open,
        matches.size() - open,
        matched.size(),
        counted,
        scopes,
        seconds);
  }
}
