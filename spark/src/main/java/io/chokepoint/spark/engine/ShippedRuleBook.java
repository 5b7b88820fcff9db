package io.chokepoint.spark.engine;

import io.chokepoint.classify.ChipCatalogue;
import io.chokepoint.determine.ClearedMatches;
import io.chokepoint.determine.Determiner;
import io.chokepoint.determine.PartyScreener;
import io.chokepoint.golden.RuleBookActivator;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.transaction.TransactionReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A rule book and chip catalogue packed on the driver to be broadcast, and the engine built on them
 * on the executors.
 *
 * <p>A {@link RuleBook} holds compiled CEL programs, which no serializer carries, so the rule-pack
 * files and the catalogue travel instead ({@link FileTree}: a few hundred kilobytes) and each
 * executor JVM loads and compiles them once, in a temporary folder it then deletes. The driver
 * activates the rule book first, as the command line does: a rule book whose golden cases fail is
 * refused before any task starts. An executor checks that the rule book it compiled has the
 * driver's content hash.
 */
public final class ShippedRuleBook implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final PerJvm<Engine> ENGINES = new PerJvm<>(2);
  private static final PerJvm<Determiner> SCREENING = new PerJvm<>(2);
  private static final PerJvm<String> ACTIVATED = new PerJvm<>(4);

  private final FileTree rules;
  private final byte[] chips;
  private final String ruleBookHash;
  private final String key;

  private ShippedRuleBook(FileTree rules, byte[] chips, String ruleBookHash) {
    this.rules = rules;
    this.chips = chips;
    this.ruleBookHash = ruleBookHash;
    this.key = ruleBookHash + "|" + rules.sha256() + "|" + FileTree.sha256(chips);
  }

  /**
   * The engine a task uses: the rule book, the chip catalogue, a reader of transactions against
   * them, and a determiner that screens no party.
   *
   * @param ruleBook the compiled rule book
   * @param catalogue the chip catalogue
   * @param reader reads transaction files against the rule book's facts and the catalogue
   * @param determiner determines without screening parties
   */
  public record Engine(
      RuleBook ruleBook,
      ChipCatalogue catalogue,
      TransactionReader reader,
      Determiner determiner) {}

  /**
   * Activates a rule book on the driver and packs it with the chip catalogue.
   *
   * @param rules the rule-book folder ({@code regulations/})
   * @param chips the chip catalogue ({@code data/chips.yaml}), or {@code null} or a missing file
   *     for an empty one, as the command line does
   * @return the packed rule book
   * @throws io.chokepoint.rules.RuleBookException if a pack is invalid or a golden case fails
   * @throws io.chokepoint.source.SourceException if the catalogue is invalid
   */
  public static ShippedRuleBook activate(Path rules, Path chips) {
    boolean hasChips = chips != null && Files.isRegularFile(chips);
    byte[] catalogueBytes;
    try {
      catalogueBytes = hasChips ? Files.readAllBytes(chips) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + chips, e);
    }
    FileTree tree = FileTree.of(rules);
    // The golden cases run once per driver JVM per rule book and catalogue, as the files are.
    String hash =
        ACTIVATED.get(
            tree.sha256() + "|" + FileTree.sha256(catalogueBytes),
            () -> {
              ChipCatalogue catalogue =
                  hasChips ? ChipCatalogue.load(chips) : ChipCatalogue.empty();
              return RuleBookActivator.activate(rules, catalogue).ruleBook().contentHash();
            });
    return new ShippedRuleBook(tree, catalogueBytes, hash);
  }

  /** The content hash of the rule book, as every determination records it. */
  public String ruleBookHash() {
    return ruleBookHash;
  }

  /**
   * The engine, loaded once per JVM per rule book: call it in a task.
   *
   * @throws IllegalStateException if the rule book compiled here has another hash than the driver's
   */
  public Engine engine() {
    return ENGINES.get(key, this::load);
  }

  /**
   * A determiner that screens every party against a snapshot, as {@code chokepoint check} does (no
   * reviewed non-matches: those live in the store), built once per JVM per rule book and snapshot.
   *
   * @param lists the snapshot, or {@code null} to screen no party
   * @return the determiner
   */
  public Determiner determiner(ShippedLists lists) {
    Engine engine = engine();
    if (lists == null) {
      return engine.determiner();
    }
    return SCREENING.get(
        key + "|" + lists.contentHash(),
        () -> {
          ShippedLists.Indexed indexed = lists.indexed();
          return engine
              .determiner()
              .withScreener(
                  PartyScreener.of(indexed.screener(), indexed.snapshot(), ClearedMatches.NONE));
        });
  }

  /**
   * Writes the rule-pack files into a folder, as they were on the driver: for a task that loads a
   * variant of the rule book (a what-if scenario's law changes) over the same files.
   *
   * @param dir the folder, created if need be
   */
  public void writeRules(Path dir) {
    rules.writeTo(dir);
  }

  /** How many rule books this JVM has compiled: for tests that check it is one per rule book. */
  public static int engineBuilds() {
    return ENGINES.builds();
  }

  private Engine load() {
    Path dir;
    try {
      dir = Files.createTempDirectory("chokepoint-rules-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a temporary folder for the rule book", e);
    }
    try {
      Path root = dir.resolve("regulations");
      rules.writeTo(root);
      ChipCatalogue catalogue = ChipCatalogue.empty();
      if (chips != null) {
        Path file = dir.resolve("chips.yaml");
        Files.write(file, chips);
        catalogue = ChipCatalogue.load(file);
      }
      RuleBook book = RuleBookLoader.load(root);
      if (!Objects.equals(book.contentHash(), ruleBookHash)) {
        throw new IllegalStateException(
            "the rule book compiled on this executor has the hash "
                + book.contentHash()
                + ", not the driver's "
                + ruleBookHash);
      }
      return new Engine(
          book,
          catalogue,
          new TransactionReader(catalogue, book.declaredFacts()),
          new Determiner(book));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the chip catalogue under " + dir, e);
    } finally {
      FileTree.deleteQuietly(dir);
    }
  }
}
