package io.chokepoint.http;

import io.chokepoint.cli.Home;
import io.chokepoint.determine.Determination;
import io.chokepoint.licence.LicenceReader;
import io.chokepoint.review.Actor;
import io.chokepoint.review.Role;
import io.chokepoint.source.FilesKey;
import io.chokepoint.source.ThisBuild;
import io.chokepoint.store.Store;
import io.chokepoint.transaction.Transaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The demo records a first {@code chokepoint serve} loads into an empty database, so that the
 * console has holds to review, licences to draw on and a dashboard to read at once. They are the
 * shipped example files, recorded as {@code tx add} and {@code licence add} would record them.
 *
 * <p>The transactions are submitted by a separate officer, {@value #USER}, because nobody may
 * review what they submitted themselves: the admin who signs in to the console can then release
 * them.
 */
public final class DemoData {
  /** The user who submits the demo transactions. */
  public static final String USER = "demo";

  /** The licence files, relative to the home. */
  static final List<String> LICENCES = List.of("examples/licences/h100-yunhai.yaml");

  /**
   * The transaction files, relative to the home. The US reference shipments come first: the BIS
   * licence's share cap allows China shipments only against them.
   */
  static final List<String> TRANSACTIONS =
      List.of(
          "examples/us-customer-shipments.yaml",
          "examples/h100-to-shanghai.yaml",
          "examples/more-shipments.yaml",
          "examples/screened-parties.yaml",
          "examples/korean-target-to-3nm-fab.yaml");

  /** What was loaded. */
  public record Loaded(int transactions, int held, int licences) {
    /** What a database holds: its transactions, those on hold, and its licences. */
    public static Loaded in(Store db) {
      java.util.Map<io.chokepoint.review.HoldStatus, Long> byStatus =
          db.transactions().countByStatus();
      long all = byStatus.values().stream().mapToLong(Long::longValue).sum();
      long held = byStatus.getOrDefault(io.chokepoint.review.HoldStatus.HELD, 0L);
      return new Loaded((int) all, (int) held, db.licences().all().size());
    }
  }

  private DemoData() {}

  /**
   * The key under which a new database holding the demo records is kept for the next start ({@link
   * Home#demoDatabase}): over the build, the day, the administrator who loads them, and every file
   * they are made from (the lists, the rule book, the chip catalogue and the example files). Null
   * when this build cannot be told from another ({@link ThisBuild}): nothing is kept then.
   *
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public static String key(Home home, String admin) {
    List<Path> files = new java.util.ArrayList<>(home.listPaths(List.of()));
    files.add(home.rulesDir());
    files.add(home.catalogueFile());
    for (String f : LICENCES) {
      files.add(home.root().resolve(f));
    }
    for (String f : TRANSACTIONS) {
      files.add(home.root().resolve(f));
    }
    return FilesKey.of(
        files, ThisBuild.fingerprint(), "day " + java.time.LocalDate.now(), "admin " + admin);
  }

  /** Whether the database has no records yet: no determination and no licence. */
  public static boolean empty(Store db) {
    return db.determinations().count() == 0 && db.licences().all().isEmpty();
  }

  /**
   * The demo user and licences added and the lists recorded, ready for the transactions.
   *
   * @param demo the user who submits them
   * @param licences how many licences were added
   */
  public record Prepared(Actor demo, int licences) {}

  /**
   * Loads the demo records.
   *
   * @param s the services, whose home holds the example files
   * @param admin an administrator, who adds the demo user if it is missing and the licences
   * @return what was loaded, or empty when the example files are not in the home
   */
  public static Optional<Loaded> load(Services s, Actor admin) throws java.io.IOException {
    Optional<Prepared> p = prepare(s.store(), s.home().root(), s.lists(), admin);
    return p.isEmpty() ? Optional.empty() : Optional.of(submit(s, p.get()));
  }

  /**
   * The first half of {@link #load}, which needs only the database and the lists (a server does it
   * while its index is built): adds the demo user and the licences and records the list snapshot in
   * the list history, where every recorded determination's lists must be.
   *
   * @param home the home, which holds the example files
   * @return the demo user and the licences added, or empty when the example files are not there
   */
  public static Optional<Prepared> prepare(
      Store db, Path home, io.chokepoint.lists.ListSnapshot lists, Actor admin)
      throws java.io.IOException {
    for (String f : TRANSACTIONS) {
      if (!Files.isRegularFile(home.resolve(f))) {
        return Optional.empty(); // a home without the examples, e.g. a bare jar elsewhere
      }
    }
    Actor demo = db.users().find(USER).orElseGet(() -> db.users().add(admin, USER, Role.OFFICER));
    int licences = 0;
    for (String f : LICENCES) {
      licences += db.licences().addAll(admin, LicenceReader.read(home.resolve(f), f)).size();
    }
    db.listSnapshots().record(demo.name(), lists);
    return Optional.of(new Prepared(demo, licences));
  }

  /**
   * The second half of {@link #load}: checks the example transactions and submits them as the demo
   * user.
   *
   * @param s the services, over the lists {@link #prepare} recorded
   */
  public static Loaded submit(Services s, Prepared p) throws java.io.IOException {
    Path home = s.home().root();
    Store db = s.store();
    int count = 0;
    int held = 0;
    for (String f : TRANSACTIONS) {
      for (Transaction t : s.transactionReader().read(home.resolve(f), f)) {
        Determination d = s.determiner().determine(t, null);
        var sub = db.transactions().submit(p.demo(), t, d, f);
        count++;
        held += sub.record().status() == io.chokepoint.review.HoldStatus.HELD ? 1 : 0;
      }
    }
    return new Loaded(count, held, p.licences());
  }
}
