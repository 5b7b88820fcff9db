package io.chokepoint.rescreen;

import io.chokepoint.determine.Determiner;
import io.chokepoint.lists.ListDelta;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.screening.MatchPolicy;
import io.chokepoint.screening.QueryState;
import io.chokepoint.screening.ScreeningDelta;
import io.chokepoint.screening.TokenWeights;
import java.util.ArrayList;
import java.util.BitSet;
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
 * results kept in master order; then compared with the previous result and written. A delta reads
 * the master the previous result was made from ({@link KnownMaster}: its bytes and ids, the rows of
 * the parties a change reaches taken apart where they are screened). For inputs that fit one
 * machine: about a million parties in a few gigabytes of heap. A distributed engine keeps the rest
 * of the run and screens elsewhere ({@link Screening}).
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
     * A party's outcome as a delta hands it back.
     *
     * @param matches its matches, best first
     * @param state its new state as {@link PartyStates#text} ({@code null}: not known): the row a
     *     result writes, without the state's objects
     * @param scope how far the change reached it
     */
    record Rescreened(List<PartyMatch> matches, String state, ScreeningDelta.Scope scope)
        implements java.io.Serializable {
      public Rescreened {
        matches = List.copyOf(matches);
        Objects.requireNonNull(scope, "scope");
      }

      /**
       * Rescreens one party with a delta, from its row of the previous state file, and writes its
       * new state reusing the row's text of what did not change ({@link StateRow}).
       *
       * @param delta the delta rescreen
       * @param party the party
       * @param previous its matches in the previous result
       * @param stateRow its row of the previous state file ({@link PartyStates#line}), or {@code
       *     null} when the previous result kept no states
       * @return its outcome
       * @throws IllegalArgumentException if the row is malformed
       */
      public static Rescreened screen(
          DeltaRescreen delta, Counterparty party, List<PartyMatch> previous, String stateRow) {
        StateRow was = stateRow == null ? null : StateRow.parse(stateRow);
        PartyOutcome o = delta.screen(party, previous, was == null ? null : was.state());
        String state = was == null ? PartyStates.text(o.state()) : was.text(o.state());
        return new Rescreened(o.matches(), state, o.scope());
      }
    }

    /**
     * Screens parties with a delta rescreen: those the list change can reach, and those with
     * matches in the previous result (whose reviews are applied afresh).
     *
     * @param master the master's parties by place ({@link PartyRows#party} takes a row apart, and
     *     {@link PartyRows#row} gives it as written, for a screening elsewhere to take apart)
     * @param places the places of the parties to screen, ascending
     * @param before each party's matches in the previous result, by party id
     * @param states what the previous result remembered of the party at {@code places[k]}, its row
     *     of the state file in UTF-8 ({@link PartyStates#lineUtf8}, read as text by {@link
     *     StateRow#parse}), read when asked for {@code k} (on any thread); {@code null} when it
     *     kept no states
     * @param delta the delta rescreen
     * @param weights the previous result's token weights, which {@code delta} was built with
     * @param job the job (its previous and new lists and its memory)
     * @return each party's outcome, in the order given
     */
    List<Rescreened> delta(
        PartyRows master,
        int[] places,
        Map<String, List<PartyMatch>> before,
        IntFunction<byte[]> states,
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
        public List<Rescreened> delta(
            PartyRows master,
            int[] places,
            Map<String, List<PartyMatch>> before,
            IntFunction<byte[]> states,
            DeltaRescreen delta,
            TokenWeights weights,
            RescreenJob job) {
          List<Counterparty> parties = master.parties(places);
          return inChunks(
              parties,
              i -> {
                Counterparty p = parties.get(i);
                byte[] line = states == null ? null : states.apply(i);
                return Rescreened.screen(
                    delta,
                    p,
                    before.getOrDefault(p.id(), List.of()),
                    line == null
                        ? null
                        : new String(line, java.nio.charset.StandardCharsets.UTF_8));
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
    ResultFolder.Result previous =
        job.previous() == null ? null : ResultFolder.read(job.previous());
    double threshold =
        job.threshold() != null
            ? job.threshold()
            : previous != null
                ? previous.summary().threshold()
                : MatchPolicy.DEFAULT_ALERT_THRESHOLD;
    PartyRows master;
    Map<String, Integer> scopes = null;
    RescreenDiff.EntryChanges entries;
    ListDelta delta = null;
    TokenWeights weights;
    String weightsFrom;
    ResultFolder.States written;
    // the master's ids the comparison asks about: those of the parties with matches before or now
    Set<String> inMaster;
    List<PartyMatch> matches = new ArrayList<>();
    if (job.delta()) {
      // the two lists' indexes are built while the master is read: each leaves a core idle at times
      java.util.concurrent.CompletableFuture<DeltaRescreen> building =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () ->
                  DeltaRescreen.of(
                      job.previousLists(),
                      job.lists(),
                      previous.weights(),
                      job.memory(),
                      threshold));
      // a delta's master must be the previous result's, which was read with every check: only the
      // rows of the parties it screens are taken apart
      KnownMaster known = KnownMaster.read(job.parties(), previous.summary().partiesSha256());
      master = known != null ? known : PartyRows.of(CounterpartyCsv.read(job.parties()));
      PreviousResult.check(job, master, previous, threshold);
      DeltaRescreen d;
      try {
        d = building.join();
      } catch (java.util.concurrent.CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
      Map<String, List<PartyMatch>> before = RescreenDiff.byParty(previous.matches());
      PartyStates was = previous.states();
      BitSet chosen = PreviousResult.reached(master, before, was, d);
      int[] places = chosen.stream().toArray();
      // every party with a match before, or now, is among those screened
      inMaster = new HashSet<>(places.length * 2);
      for (int i : places) {
        inMaster.add(master.id(i));
      }
      List<Screening.Rescreened> screened =
          screening.delta(
              master,
              places,
              before,
              PreviousResult.stateRows(was, places, master, job),
              d,
              previous.weights(),
              job);
      Map<ScreeningDelta.Scope, Integer> count = new EnumMap<>(ScreeningDelta.Scope.class);
      count.put(ScreeningDelta.Scope.UNCHANGED, master.size() - places.length);
      screened.forEach(o -> count.merge(o.scope(), 1, Integer::sum));
      scopes = new LinkedHashMap<>();
      for (ScreeningDelta.Scope s : ScreeningDelta.Scope.values()) {
        scopes.put(RescreenSummary.label(s), count.getOrDefault(s, 0));
      }
      delta = d.listDelta();
      entries = RescreenDiff.EntryChanges.of(delta);
      weights = previous.weights();
      weightsFrom = previous.summary().weightsFrom();
      String[] fresh = new String[master.size()];
      for (int k = 0; k < places.length; k++) {
        fresh[places[k]] = screened.get(k).state();
        matches.addAll(screened.get(k).matches());
      }
      boolean copy = was != null && was.index() != null;
      List<QueryState> all = null;
      if (!copy) {
        // no index to copy: every party was screened, and the master is indexed afresh
        all = new ArrayList<>(master.size());
        for (String t : fresh) {
          all.add(PartyStates.parse(t));
        }
      }
      written =
          new ResultFolder.States(
              master.ids(),
              master.sha256(),
              i -> fresh[i],
              copy ? chosen : null,
              copy ? was : null,
              all);
    } else {
      CounterpartyMaster read = CounterpartyCsv.read(job.parties());
      master = PartyRows.of(read);
      inMaster = new HashSet<>(master.ids());
      List<Counterparty> parties = read.parties();
      Rescreen r =
          Rescreen.of(
              job.lists(), job.keepWeights() ? previous.weights() : null, job.memory(), threshold);
      List<PartyOutcome> outcomes = screening.full(parties, r, job);
      Set<String> listed = new HashSet<>();
      job.lists().entries().forEach(e -> listed.add(e.id()));
      entries = RescreenDiff.EntryChanges.listedIn(listed);
      weights = r.weights();
      weightsFrom =
          job.keepWeights() ? previous.summary().weightsFrom() : job.lists().contentHash();
      List<QueryState> states = new ArrayList<>(parties.size());
      for (PartyOutcome o : outcomes) {
        matches.addAll(o.matches());
        states.add(o.state());
      }
      written = ResultFolder.States.of(master.ids(), read.sha256(), states);
    }
    List<RescreenDiff.Change> changes =
        RescreenDiff.between(
            previous == null ? List.of() : previous.matches(), matches, inMaster, entries);
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
    ResultFolder.write(job.out(), summary, weights, job.lists(), written, matches, changes);
    return summary;
  }

  /** The weights, where they came from, and the threshold: how scores were computed and kept. */
  private record Weighing(TokenWeights weights, String from, double threshold) {}

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
      PartyRows master,
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
        master.size(),
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
