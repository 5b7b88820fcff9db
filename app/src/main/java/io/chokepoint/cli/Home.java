package io.chokepoint.cli;

import io.chokepoint.classify.ChipCatalogue;
import io.chokepoint.determine.ClearedMatches;
import io.chokepoint.determine.PartyScreener;
import io.chokepoint.golden.RuleBookActivator;
import io.chokepoint.lists.ListLoader;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.screening.FalsePositiveMemory;
import io.chokepoint.source.ThisBuild;
import io.chokepoint.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the CLI finds its rule packs, chip catalogue and database: {@code --home}, else the {@code
 * chokepoint.home} property (set by {@code bin/chokepoint}), else the {@code CHOKEPOINT_HOME}
 * environment variable, else the working directory.
 */
public final class Home {
  private final Path home;
  private final Path rules;
  private final Path chips;
  private RuleBookActivator.Activated activated;
  private ChipCatalogue catalogue;
  private final java.util.Map<String, Store> stores = new java.util.HashMap<>();
  // the rule book and catalogue have their own lock: a server activates them while it opens the
  // database, on another thread
  private final Object ruleBookLock = new Object();

  /** Resolves the home from the options given ({@code null}: the defaults). */
  public Home(Path home, Path rules, Path chips) {
    this.home = home != null ? home : defaultHome();
    this.rules = rules != null ? rules : this.home.resolve("regulations");
    this.chips = chips != null ? chips : this.home.resolve("data/chips.yaml");
  }

  private static Path defaultHome() {
    String p = System.getProperty("chokepoint.home");
    if (p == null || p.isBlank()) {
      p = System.getenv("CHOKEPOINT_HOME");
    }
    return (p == null || p.isBlank()) ? Path.of("").toAbsolutePath() : Path.of(p);
  }

  /** The home folder itself, where {@code examples/} and {@code data/} are. */
  public Path root() {
    return home;
  }

  public Path rulesDir() {
    return rules;
  }

  /** The default database directory: {@code var/} under the home. */
  public Path storeDir() {
    return home.resolve("var");
  }

  /** The lists the project ships: {@code data/lists/} under the home. */
  public Path shippedLists() {
    return home.resolve("data/lists");
  }

  /**
   * The backup of an empty embedded database at this build's latest migration, which new embedded
   * databases are made from ({@code var/cache/empty-database-BUILD.zip} under the home); null when
   * this build cannot be told from another ({@link ThisBuild}).
   */
  public Path emptyDatabase() {
    String build = ThisBuild.fingerprint();
    if (build == null) {
      return null;
    }
    try {
      byte[] d =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(build.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return storeDir()
          .resolve("cache")
          .resolve("empty-database-" + java.util.HexFormat.of().formatHex(d, 0, 6) + ".zip");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The backup of a new database holding the demo records, kept under a key over everything they
   * depend on ({@code var/cache/demo-database-KEY.zip} under the home).
   */
  public Path demoDatabase(String key) {
    return storeDir().resolve("cache").resolve("demo-database-" + key.substring(0, 16) + ".zip");
  }

  /** The directory of the embedded database the options choose; null for a database server. */
  public Path embeddedDir(StoreOptions options) {
    if (options.serverUrl() != null) {
      return null;
    }
    return (options.dir != null ? options.dir : storeDir()).toAbsolutePath().normalize();
  }

  /**
   * Where the server keeps the analyses of the list names between runs ({@code
   * var/cache/name-analyses.bin} under the home), so that it starts without analysing them again.
   */
  public Path rememberedAnalyses() {
    return storeDir().resolve("cache").resolve("name-analyses.bin");
  }

  /**
   * Where the server keeps the screening index of the lists between runs ({@code
   * var/cache/name-index.bin} under the home), so that it starts without indexing them again.
   */
  public Path rememberedIndex() {
    return storeDir().resolve("cache").resolve("name-index.bin");
  }

  /** The lists imported with {@code chokepoint lists import}: {@code var/lists/} under the home. */
  public Path importedLists() {
    return storeDir().resolve("lists");
  }

  /**
   * The shipped and imported lists, plus any named, as one snapshot.
   *
   * @param extra further list files or folders
   * @throws io.chokepoint.source.SourceException if any list file is invalid
   */
  public ListSnapshot lists(List<Path> extra) {
    return ListLoader.load(listPaths(extra), LocalDate.now());
  }

  /** The shipped lists' folder, the imported lists' if there are any, and {@code extra}. */
  public List<Path> listPaths(List<Path> extra) {
    List<Path> paths = new ArrayList<>();
    paths.add(shippedLists());
    if (Files.isDirectory(importedLists())) {
      paths.add(importedLists());
    }
    paths.addAll(extra);
    return paths;
  }

  /**
   * Where the server keeps the snapshot of the shipped and imported lists between runs ({@code
   * var/cache/lists.bin} under the home), so that it starts without parsing them again.
   */
  public Path rememberedLists() {
    return storeDir().resolve("cache").resolve("lists.bin");
  }

  /**
   * The database in a directory ({@code null}: the default under the home), opened and migrated
   * once per process however many commands ask for it.
   */
  public synchronized Store store(Path dir) {
    Path d = (dir != null ? dir : storeDir()).toAbsolutePath().normalize();
    return stores.computeIfAbsent(d.toString(), k -> Store.embedded(d, emptyDatabase()));
  }

  /** The database the options choose, opened and migrated once per process. */
  public synchronized Store store(StoreOptions options) {
    String url = options.serverUrl();
    if (url == null) {
      return store(options.dir);
    }
    return stores.computeIfAbsent(
        url, k -> Store.open(url, options.serverUser(), StoreOptions.serverPassword()));
  }

  /**
   * A party screener over a snapshot, with the matcher's default thresholds and the reviewed
   * non-matches recorded in the database the options choose, if there is one.
   */
  public PartyScreener partyScreener(ListSnapshot lists, StoreOptions options) {
    FalsePositiveMemory memory = reviewedNonMatches(options);
    return PartyScreener.of(
        lists, memory.reviews().isEmpty() ? ClearedMatches.NONE : ClearedMatches.of(memory));
  }

  /**
   * The reviewed non-matches recorded in the database the options choose ({@code chokepoint
   * clear}); none when there is no database yet.
   */
  public FalsePositiveMemory reviewedNonMatches(StoreOptions options) {
    Path d = options.dir != null ? options.dir : storeDir();
    return options.serverUrl() != null || Store.embeddedExists(d)
        ? store(options).reviewedNonMatches().memory()
        : FalsePositiveMemory.empty();
  }

  /** The chip catalogue's file. */
  public Path catalogueFile() {
    return chips;
  }

  /** The chip catalogue. */
  public ChipCatalogue catalogue() {
    synchronized (ruleBookLock) {
      if (catalogue == null) {
        catalogue = Files.exists(chips) ? ChipCatalogue.load(chips) : ChipCatalogue.empty();
      }
      return catalogue;
    }
  }

  /** The rule book, loaded and activated against its golden cases on first use. */
  public RuleBookActivator.Activated engine() {
    synchronized (ruleBookLock) {
      if (activated == null) {
        String build = io.chokepoint.source.ThisBuild.fingerprint();
        Path checkedFile = storeDir().resolve("cache").resolve("checked-conditions.bin");
        io.chokepoint.rules.RememberedConditions checked =
            io.chokepoint.rules.RememberedConditions.read(checkedFile, build);
        activated =
            RuleBookActivator.activate(
                rules,
                catalogue(),
                new io.chokepoint.golden.PassedRuleBooks(
                    storeDir().resolve("cache").resolve("passed-rule-books.txt"), build),
                List.of(chips),
                checked);
        try {
          checked.write(checkedFile);
        } catch (java.io.IOException e) {
          // not kept: the next start checks the conditions again
        }
      }
      return activated;
    }
  }
}
