package io.chokepoint.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.chokepoint.store.audit.AuditTrail;
import io.chokepoint.store.lists.ListSnapshots;
import io.chokepoint.store.tx.Holds;
import io.chokepoint.store.tx.TransactionBook;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The database behind Chokepoint: an embedded H2 file database by default, PostgreSQL for a team.
 * It is migrated by Flyway on open, from the same migrations on both. One instance per process and
 * database; it is thread-safe and holds a small connection pool, so close it when done.
 */
public final class Store implements AutoCloseable {
  private final Jdbi jdbi;
  private final String url;
  private final HikariDataSource pool;

  private Store(HikariDataSource pool, String url) {
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
    this.url = url;
  }

  /**
   * Opens (creating and migrating if needed) the embedded database in a directory.
   *
   * @param directory where the database files live
   * @throws StoreException if the database cannot be opened or migrated
   */
  public static Store embedded(Path directory) {
    // LOCK_TIMEOUT: writers queue for the audit head and licence rows; H2's 1 s default is too
    // short under the 64-thread drawdown load. WRITE_DELAY=0: a commit reaches the file before it
    // returns; with H2's default delay a killed process lost commits it had acknowledged (the
    // crash test saw 13 of 30 vanish).
    String url =
        "jdbc:h2:file:"
            + directory.toAbsolutePath().resolve("chokepoint")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;LOCK_TIMEOUT=30000;WRITE_DELAY=0";
    return open(url, "sa", "");
  }

  /**
   * Opens the embedded database in a directory, made from {@code emptyDatabase} when it is new and
   * that backup exists (an empty database at the latest migration, from an earlier start of the
   * same build), else migrated; a new database migrated here is backed up there for the next. A
   * damaged backup is passed over. Either way the schema history is checked as by {@link
   * #embedded(Path)}, and Flyway applies whatever is missing.
   *
   * @param emptyDatabase the backup, or null to migrate every new database
   * @throws StoreException if the database cannot be opened or migrated
   */
  public static Store embedded(Path directory, Path emptyDatabase) {
    boolean isNew = !embeddedExists(directory);
    boolean restored =
        isNew
            && emptyDatabase != null
            && Files.isRegularFile(emptyDatabase)
            && EmbeddedBackup.restore(emptyDatabase, directory);
    Store store = embedded(directory);
    if (isNew && !restored && emptyDatabase != null) {
      EmbeddedBackup.keep(store, emptyDatabase);
    }
    return store;
  }

  /** Whether there is an embedded database in a directory already. */
  public static boolean embeddedExists(Path directory) {
    return Files.exists(directory.resolve(EmbeddedBackup.FILE));
  }

  /**
   * Makes a new embedded database in a directory from a backup that {@link #keepBackup} wrote, when
   * there is no database there yet. A damaged backup is passed over, leaving nothing behind.
   *
   * @return whether the database was made from the backup
   */
  public static boolean restoreNew(Path directory, Path backup) {
    return !embeddedExists(directory)
        && Files.isRegularFile(backup)
        && EmbeddedBackup.restore(backup, directory);
  }

  /**
   * Backs up this embedded database to {@code backup} ({@code STEM-KEY.zip}), for {@link
   * #restoreNew}: written beside the old file and moved over it, and the backups beside it under
   * other keys (the same stem) removed. Does nothing on a database server, or if the backup cannot
   * be written.
   */
  public void keepBackup(Path backup) {
    if (url.startsWith("jdbc:h2:file:")) {
      EmbeddedBackup.keep(this, backup);
    }
  }

  /**
   * Opens a database by JDBC URL ({@code jdbc:h2:…} or {@code jdbc:postgresql://…}) and migrates
   * it.
   *
   * @throws StoreException if the database cannot be opened or migrated
   */
  public static Store open(String url, String user, String password) {
    return open(url, user, password, 16);
  }

  /**
   * Opens a database with a connection pool of a given size.
   *
   * @throws StoreException if the database cannot be opened or migrated
   */
  public static Store open(String url, String user, String password, int poolSize) {
    HikariDataSource pool = null;
    try {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(url);
      config.setUsername(user);
      config.setPassword(password);
      config.setMaximumPoolSize(poolSize);
      config.setMinimumIdle(1);
      config.setPoolName("chokepoint");
      pool = new HikariDataSource(config);
      if (!SchemaHistory.isCurrent(pool)) {
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
      }
      return new Store(pool, url);
    } catch (RuntimeException e) {
      if (pool != null) {
        pool.close();
      }
      throw new StoreException("cannot open the store at " + url, e);
    }
  }

  /** The JDBC URL. */
  public String url() {
    return url;
  }

  /** The database access that the store's feature classes share. */
  public Jdbi jdbi() {
    return jdbi;
  }

  /** The reviewed non-matches of screening. */
  public ReviewedNonMatches reviewedNonMatches() {
    return new ReviewedNonMatches(jdbi, audit());
  }

  /** The determination log. */
  public DeterminationLog determinations() {
    return new DeterminationLog(jdbi, audit());
  }

  /** The recorded transactions. */
  public TransactionBook transactions() {
    return new TransactionBook(jdbi, determinations(), audit());
  }

  /** The review queue of held transactions. */
  public Holds holds() {
    return new Holds(jdbi, audit());
  }

  /** The list snapshots screening ran against, and their deltas. */
  public ListSnapshots listSnapshots() {
    return new ListSnapshots(jdbi, audit());
  }

  /** The tamper-evident audit trail. */
  public AuditTrail audit() {
    return new AuditTrail(jdbi);
  }

  /** The licences, their drawdowns, returns, adjustments and expiry. */
  public io.chokepoint.store.licence.Licences licences() {
    return new io.chokepoint.store.licence.Licences(jdbi, audit());
  }

  /** The recorded transaction inputs, by transaction id. */
  public io.chokepoint.store.licence.RecordedInputs recordedInputs() {
    return new io.chokepoint.store.licence.RecordedInputs(jdbi);
  }

  /** The licence applications. */
  public io.chokepoint.store.licence.Applications applications() {
    return new io.chokepoint.store.licence.Applications(jdbi, audit(), licences());
  }

  /** The API tokens of the HTTP API. */
  public ApiTokens apiTokens() {
    return new ApiTokens(jdbi, audit());
  }

  /** The registered users and their roles. */
  public Users users() {
    return new Users(jdbi, audit());
  }

  @Override
  public void close() {
    pool.close();
  }
}
