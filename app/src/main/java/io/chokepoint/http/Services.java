package io.chokepoint.http;

import io.chokepoint.cli.Home;
import io.chokepoint.cli.StoreOptions;
import io.chokepoint.determine.Determiner;
import io.chokepoint.determine.PartyScreener;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.screening.ListScreener;
import io.chokepoint.screening.RememberedAnalyses;
import io.chokepoint.store.Store;
import io.chokepoint.transaction.TransactionReader;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the endpoints share, built once when the server starts: the home (rule book, catalogue), the
 * database, the active list snapshot with its screening index, and a determiner that screens
 * parties against it. The lists, index and determiner are swapped together, as one immutable value,
 * when an import succeeds, so requests run in parallel without locks and never see a half-swapped
 * set. The reviewed non-matches ("good guys") that party screening applies are re-read when someone
 * records one, here or with {@code chokepoint clear} against the same database (looked for at most
 * every {@value #CLEARED_CHECK_SECONDS} seconds).
 */
public final class Services {
  private final Home home;
  private final StoreOptions storeOptions;
  private final Store store;
  private volatile Screening screening;
  // the name analyses read at start, until they are kept for the next (rememberAnalyses)
  private volatile RememberedAnalyses remembered;
  private final java.util.concurrent.atomic.AtomicLong clearedCheckedAt =
      new java.util.concurrent.atomic.AtomicLong(System.nanoTime());

  /** How often, at most, requests look for reviewed non-matches recorded elsewhere. */
  static final int CLEARED_CHECK_SECONDS = 2;

  /**
   * The lists and what is built on them, swapped as one; {@code clearedThrough} is the latest
   * reviewed non-match the determiner applies.
   */
  private record Screening(
      ListSnapshot lists,
      ListScreener screener,
      Determiner determiner,
      AtomicBoolean recorded,
      long clearedThrough) {}

  /**
   * Builds the services: activates the rule book, loads and indexes the lists, opens the database.
   *
   * @throws io.chokepoint.source.SourceException if a list file is invalid
   */
  public Services(Home home, StoreOptions storeOptions) {
    this.home = home;
    this.storeOptions = storeOptions;
    // The lists load (with the name analyses remembered from the last start, and the name
    // analyser's tables) on one thread and the rule book activates on another while the database
    // migrates on this one; then the index is built here.
    java.util.concurrent.ExecutorService starting =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    java.util.concurrent.CompletableFuture<ListSnapshot> loading =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              ListSnapshot l = home.lists(List.of());
              remembered =
                  RememberedAnalyses.read(
                      home.rememberedAnalyses(), io.chokepoint.source.ThisBuild.fingerprint());
              io.chokepoint.screening.NameAnalyzer.standard();
              return l;
            },
            starting);
    var activating =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              var e = home.engine();
              return e;
            },
            starting);
    this.store = home.store(storeOptions);
    io.chokepoint.golden.RuleBookActivator.Activated engine;
    ListSnapshot lists;
    try {
      engine = io.chokepoint.cli.Determining.join(activating);
      lists = io.chokepoint.cli.Determining.join(loading);
    } finally {
      starting.shutdown();
    }
    this.screening = screening(lists, ListScreener.build(lists, remembered), engine);
  }

  /**
   * Keeps the analyses of the active lists' names for the next start (see {@link
   * RememberedAnalyses}), if this start had to make any or the kept file holds others; then lets go
   * of them.
   *
   * @return what was written, or empty when the file was up to date
   * @throws java.io.IOException if the file cannot be written
   */
  public synchronized java.util.Optional<String> rememberAnalyses() throws java.io.IOException {
    RememberedAnalyses r = remembered;
    remembered = null;
    if (r == null) {
      return java.util.Optional.empty();
    }
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    screening.lists().entries().forEach(e -> names.addAll(e.names()));
    if (r.made() == 0 && r.read() == names.size()) {
      return java.util.Optional.empty();
    }
    r.write(home.rememberedAnalyses(), names);
    return java.util.Optional.of(
        String.format(
            "Kept the analyses of %,d list names for the next start in %s (%,d were remembered: %s)",
            names.size(), home.rememberedAnalyses(), r.read(), r.status()));
  }

  /**
   * Readies, on a background thread, what the first screening of a name in another script would
   * otherwise wait for: the name analyser's transliterators, which an index built from remembered
   * analyses has not needed yet.
   */
  public void warmUpInBackground() {
    Thread t =
        new Thread(
            () -> screener().screen(io.chokepoint.screening.ScreeningQuery.of(WARM_UP)),
            "chokepoint-warm-up");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  // one name in each script the shipped lists write names in
  private static final String WARM_UP = "Иван Петров محمد علي Γιώργος 김정은 华为技术有限公司 עברית";

  private Screening screening(ListSnapshot lists) {
    return screening(lists, ListScreener.build(lists), home.engine());
  }

  /**
   * Applies the reviewed non-matches recorded since the determiner was built, if any: the lists and
   * index stay, the party screener is rebuilt over the new memory.
   */
  public synchronized void refreshCleared() {
    Screening s = screening;
    if (store.reviewedNonMatches().latestId() != s.clearedThrough()) {
      Screening n = screening(s.lists(), s.screener(), home.engine());
      screening =
          new Screening(n.lists(), n.screener(), n.determiner(), s.recorded(), n.clearedThrough());
    }
  }

  private void refreshClearedNowAndThen() {
    long last = clearedCheckedAt.get();
    long now = System.nanoTime();
    if (now - last > CLEARED_CHECK_SECONDS * 1_000_000_000L
        && clearedCheckedAt.compareAndSet(last, now)) {
      refreshCleared();
    }
  }

  /** One index serves both the screen endpoints and party screening in determinations. */
  private Screening screening(
      ListSnapshot lists,
      ListScreener index,
      io.chokepoint.golden.RuleBookActivator.Activated engine) {
    // The id is read before the memory: a review recorded in between is applied, and looked for
    // again at the next check, rather than missed.
    long through = store.reviewedNonMatches().latestId();
    PartyScreener parties =
        PartyScreener.of(
            index,
            lists,
            io.chokepoint.determine.ClearedMatches.of(store.reviewedNonMatches().memory()));
    return new Screening(
        lists, index, engine.determiner().withScreener(parties), new AtomicBoolean(), through);
  }

  /**
   * Records the active snapshot in the database (once per snapshot), as {@code tx add} does before
   * it records determinations screened against it, so that every recorded determination's list hash
   * is in the list history.
   */
  public void recordLists(String actor) {
    Screening s = screening;
    if (s.recorded().compareAndSet(false, true)) {
      try {
        store.listSnapshots().record(actor, s.lists());
      } catch (RuntimeException e) {
        s.recorded().set(false);
        throw e;
      }
    }
  }

  /**
   * Makes a snapshot the active lists: indexes it, then swaps it in with its determiner. Until the
   * swap, requests keep using the old lists.
   */
  public synchronized void useLists(ListSnapshot lists) {
    Screening next = screening(lists);
    this.screening = next;
  }

  /** The home: rule book, catalogue, shipped lists. */
  public Home home() {
    return home;
  }

  /** How the database was chosen. */
  public StoreOptions storeOptions() {
    return storeOptions;
  }

  /** The database. */
  public Store store() {
    return store;
  }

  /** The active list snapshot. */
  public ListSnapshot lists() {
    return screening.lists();
  }

  /** The screening index over the active lists. */
  public ListScreener screener() {
    return screening.screener();
  }

  /** The determiner, screening parties against the active lists. */
  public Determiner determiner() {
    refreshClearedNowAndThen();
    return screening.determiner();
  }

  /** A reader of transactions (FORMATS §1) against the rule book's facts and the catalogue. */
  public TransactionReader transactionReader() {
    return new TransactionReader(home.catalogue(), home.engine().ruleBook().declaredFacts());
  }
}
