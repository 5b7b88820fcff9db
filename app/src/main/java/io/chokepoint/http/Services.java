package io.chokepoint.http;

import io.chokepoint.cli.Determining;
import io.chokepoint.cli.Home;
import io.chokepoint.cli.StoreOptions;
import io.chokepoint.determine.Determiner;
import io.chokepoint.determine.PartyScreener;
import io.chokepoint.golden.RuleBookActivator;
import io.chokepoint.lists.ListLoader;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.lists.RememberedSnapshot;
import io.chokepoint.screening.ListScreener;
import io.chokepoint.screening.NameAnalyzer;
import io.chokepoint.screening.RememberedAnalyses;
import io.chokepoint.source.ThisBuild;
import io.chokepoint.store.Store;
import io.chokepoint.transaction.TransactionReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
  // the name analyses read at start, until they are kept for the next (rememberForNextStart)
  private volatile RememberedAnalyses remembered;
  // the lists loaded at start when they were not remembered, with their key (rememberForNextStart)
  private volatile ListsToKeep listsToKeep;

  private record ListsToKeep(String key, ListLoader.Dated lists) {}

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
    this(home, storeOptions, (db, lists) -> {});
  }

  /**
   * Builds the services, running {@code whileIndexing} on this thread as soon as the database is
   * open and the lists are loaded, while the index is built and the rule book activated: work that
   * needs only those two (a first run's demo licences and list history) overlaps the rest.
   *
   * @throws io.chokepoint.source.SourceException if a list file is invalid
   */
  public Services(
      Home home,
      StoreOptions storeOptions,
      java.util.function.BiConsumer<Store, ListSnapshot> whileIndexing) {
    this.home = home;
    this.storeOptions = storeOptions;
    // What depends on nothing else is made at once: the lists and their index (from what the last
    // start remembered, else loaded and analysed), the name analyser's tables, the rule book
    // (activated against its golden cases) and, on this thread, the opened and migrated database.
    ExecutorService starting = Executors.newFixedThreadPool(3);
    try {
      CompletableFuture.runAsync(NameAnalyzer::standard, starting);
      CompletableFuture<ListSnapshot> loading =
          CompletableFuture.supplyAsync(this::loadLists, starting);
      CompletableFuture<ListScreener> indexing =
          loading.thenApplyAsync(
              lists ->
                  rememberedIndex != null
                      ? ListScreener.build(lists, rememberedIndex)
                      : ListScreener.build(lists, remembered),
              starting);
      CompletableFuture<RuleBookActivator.Activated> activating =
          CompletableFuture.supplyAsync(home::engine, starting);
      this.store = home.store(storeOptions);
      ListSnapshot lists = Determining.join(loading);
      whileIndexing.accept(store, lists);
      this.screening = screening(lists, Determining.join(indexing), Determining.join(activating));
    } finally {
      starting.shutdown();
    }
  }

  /** The shipped and imported lists: as the last start remembered them, else loaded. */
  private ListSnapshot loadLists() {
    String build = ThisBuild.fingerprint();
    List<Path> paths = home.listPaths(List.of());
    LocalDate today = LocalDate.now();
    String key = RememberedSnapshot.key(paths, build);
    ListSnapshot lists =
        RememberedSnapshot.read(home.rememberedLists(), key, today)
            .orElseGet(
                () -> {
                  ListLoader.Dated loaded = ListLoader.loadDated(paths, today);
                  listsToKeep = new ListsToKeep(key, loaded);
                  return loaded.snapshot();
                });
    indexKey = io.chokepoint.screening.RememberedIndex.key(lists, build);
    rememberedIndex =
        io.chokepoint.screening.RememberedIndex.read(home.rememberedIndex(), indexKey).orElse(null);
    if (rememberedIndex == null) {
      // the names are taken apart only when the index is built afresh
      remembered = RememberedAnalyses.read(home.rememberedAnalyses(), build);
    }
    return lists;
  }

  // the index the last start kept for these lists, or null; and the key this start's is kept under
  private volatile io.chokepoint.screening.RememberedIndex rememberedIndex;
  private volatile String indexKey;

  /**
   * Keeps for the next start what this one had to make: the lists' snapshot, if it was not
   * remembered ({@link RememberedSnapshot}), and the analyses of the lists' names, if any were made
   * or the kept file holds others ({@link RememberedAnalyses}); then lets go of them.
   *
   * @return what was written, one line per file; empty when both files were up to date
   * @throws java.io.IOException if a file cannot be written
   */
  public synchronized List<String> rememberForNextStart() throws java.io.IOException {
    List<String> done = new java.util.ArrayList<>();
    ListsToKeep lists = listsToKeep;
    listsToKeep = null;
    if (lists != null) {
      RememberedSnapshot.write(home.rememberedLists(), lists.key(), lists.lists());
      done.add(
          String.format(
              "Kept the lists' snapshot (%,d entries) for the next start in %s",
              lists.lists().snapshot().entries().size(), home.rememberedLists()));
    }
    String key = indexKey;
    indexKey = null;
    if (rememberedIndex == null && key != null) {
      io.chokepoint.screening.RememberedIndex.write(
          home.rememberedIndex(), key, screening.screener());
      done.add("Kept the lists' screening index for the next start in " + home.rememberedIndex());
    }
    rememberedIndex = null;
    RememberedAnalyses r = remembered;
    remembered = null;
    if (r == null) {
      return done;
    }
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    screening.lists().entries().forEach(e -> names.addAll(e.names()));
    if (r.made() == 0 && r.read() == names.size()) {
      return done;
    }
    r.write(home.rememberedAnalyses(), names);
    done.add(
        String.format(
            "Kept the analyses of %,d list names for the next start in %s (%,d were remembered: %s)",
            names.size(), home.rememberedAnalyses(), r.read(), r.status()));
    return done;
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
      ListSnapshot lists, ListScreener index, RuleBookActivator.Activated engine) {
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
    TransactionReader r = transactionReader;
    if (r == null) {
      // made once: the rule book and catalogue are fixed for the server's life
      r = new TransactionReader(home.catalogue(), home.engine().ruleBook().declaredFacts());
      transactionReader = r;
    }
    return r;
  }

  private volatile TransactionReader transactionReader;
}
