package io.chokepoint.http;

import io.chokepoint.cli.Home;
import io.chokepoint.cli.StoreOptions;
import io.chokepoint.determine.Determiner;
import io.chokepoint.determine.PartyScreener;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.screening.ListScreener;
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
    // The lists load (and the name analyser reads its tables) on a pool thread while the database
    // migrates and the rule book activates on this one; then the index is built here, where its
    // parallel analysis has this thread and the pool's, rather than the pool's one alone.
    java.util.concurrent.CompletableFuture<ListSnapshot> loading =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              ListSnapshot l = home.lists(List.of());
              io.chokepoint.screening.NameAnalyzer.standard();
              return l;
            });
    this.store = home.store(storeOptions);
    var engine = home.engine();
    ListSnapshot lists = io.chokepoint.cli.Determining.join(loading);
    this.screening = screening(lists, ListScreener.build(lists), engine);
  }

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
