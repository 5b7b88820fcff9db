package io.chokepoint.store;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The database behind Chokepoint: an embedded H2 file database by default, migrated by Flyway on
 * open. One instance per process; it is thread-safe.
 */
public final class Store {
  private final Jdbi jdbi;
  private final String url;

  private Store(Jdbi jdbi, String url) {
    this.jdbi = jdbi;
    this.url = url;
  }

  /**
   * Opens (creating and migrating if needed) the embedded database in a directory.
   *
   * @param directory where the database files live
   * @throws StoreException if the database cannot be opened or migrated
   */
  public static Store embedded(Path directory) {
    String url =
        "jdbc:h2:file:"
            + directory.toAbsolutePath().resolve("chokepoint")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    return open(url, "sa", "");
  }

  /**
   * Opens a database by JDBC URL and migrates it.
   *
   * @throws StoreException if the database cannot be opened or migrated
   */
  public static Store open(String url, String user, String password) {
    try {
      Flyway.configure()
          .dataSource(url, user, password)
          .locations("classpath:db/migration")
          .load()
          .migrate();
      return new Store(Jdbi.create(url, user, password), url);
    } catch (RuntimeException e) {
      throw new StoreException("cannot open the store at " + url, e);
    }
  }

  /** The JDBC URL. */
  public String url() {
    return url;
  }

  /** The reviewed non-matches of screening. */
  public ReviewedNonMatches reviewedNonMatches() {
    return new ReviewedNonMatches(jdbi);
  }

  /** The determination log. */
  public DeterminationLog determinations() {
    return new DeterminationLog(jdbi);
  }
}
