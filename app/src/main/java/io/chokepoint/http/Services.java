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

/**
 * What the endpoints share, built once when the server starts: the home (rule book, catalogue), the
 * database, the active list snapshot with its screening index, and a determiner that screens
 * parties against it. Immutable once built, so requests run in parallel without locks.
 */
public final class Services {
  private final Home home;
  private final StoreOptions storeOptions;
  private final Store store;
  private final ListSnapshot lists;
  private final ListScreener screener;
  private final Determiner determiner;

  /**
   * Builds the services: activates the rule book, loads and indexes the lists, opens the database.
   *
   * @throws io.chokepoint.source.SourceException if a list file is invalid
   */
  public Services(Home home, StoreOptions storeOptions) {
    this.home = home;
    this.storeOptions = storeOptions;
    // The lists load and index on one core while the rule book activates and the database
    // migrates on the other: start-up is the longer of the two, not their sum.
    java.util.concurrent.CompletableFuture<ListSnapshot> loading =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> home.lists(List.of()));
    java.util.concurrent.CompletableFuture<ListScreener> indexing =
        loading.thenApply(ListScreener::build);
    this.store = home.store(storeOptions);
    var engine = home.engine();
    this.lists = io.chokepoint.cli.Determining.join(loading);
    this.screener = io.chokepoint.cli.Determining.join(indexing);
    // One index serves both the screen endpoints and party screening in determinations.
    PartyScreener parties =
        new PartyScreener(
            screener,
            lists.contentHash(),
            io.chokepoint.screening.MatchPolicy.DEFAULT_ALERT_THRESHOLD,
            io.chokepoint.screening.MatchPolicy.DEFAULT_REVIEW_FLOOR,
            io.chokepoint.determine.ClearedMatches.of(store.reviewedNonMatches().memory()));
    this.determiner = engine.determiner().withScreener(parties);
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
    return lists;
  }

  /** The screening index over the active lists. */
  public ListScreener screener() {
    return screener;
  }

  /** The determiner, screening parties against the active lists. */
  public Determiner determiner() {
    return determiner;
  }

  /** A reader of transactions (FORMATS §1) against the rule book's facts and the catalogue. */
  public TransactionReader transactionReader() {
    return new TransactionReader(home.catalogue(), home.engine().ruleBook().declaredFacts());
  }
}
