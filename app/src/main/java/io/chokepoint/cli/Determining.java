package io.chokepoint.cli;

import io.chokepoint.determine.Determiner;
import io.chokepoint.determine.PartyScreener;
import io.chokepoint.golden.RuleBookActivator;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.source.Issue;
import io.chokepoint.source.SourceException;
import io.chokepoint.transaction.Transaction;
import io.chokepoint.transaction.TransactionReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What {@code check} and {@code tx add} share: reading transaction files all or nothing, and a
 * determiner that screens parties against the active lists. The lists load and index on the other
 * core while the rule book activates.
 */
public final class Determining {
  private final Home home;
  private final CompletableFuture<ListSnapshot> lists;
  private final CompletableFuture<PartyScreener> screener;
  private final RuleBookActivator.Activated engine;

  Determining(Home home, List<Path> extraLists, boolean screening, StoreOptions store) {
    this.home = home;
    this.lists =
        screening
            ? CompletableFuture.supplyAsync(() -> home.lists(extraLists))
            : CompletableFuture.completedFuture(null);
    this.screener =
        lists.thenApply(s -> s == null ? PartyScreener.NONE : home.partyScreener(s, store));
    this.engine = home.engine();
  }

  /**
   * Reads every file; if any is invalid, nothing is returned and every issue is reported.
   *
   * @return the transactions by file name, in order
   * @throws SourceException naming every invalid file, line and field
   */
  Map<String, List<Transaction>> read(List<Path> files) {
    TransactionReader reader =
        new TransactionReader(home.catalogue(), engine.ruleBook().declaredFacts());
    Map<String, List<Transaction>> byFile = new LinkedHashMap<>();
    List<Issue> issues = new ArrayList<>();
    for (Path f : files) {
      try {
        byFile.put(f.toString(), reader.read(f, f.toString()));
      } catch (SourceException e) {
        issues.addAll(e.issues());
      }
    }
    if (!issues.isEmpty()) {
      throw new SourceException(
          "invalid transaction input: nothing was determined or recorded", issues);
    }
    return byFile;
  }

  /** The determiner, with the party screener once the lists are indexed. */
  Determiner determiner() {
    return engine.determiner().withScreener(join(screener));
  }

  /** The list snapshot screened against, or {@code null} without screening. */
  ListSnapshot snapshot() {
    return join(lists);
  }

  /** The result of a background task, with its own exception (a SourceException stays one). */
  public static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
