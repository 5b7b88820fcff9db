package io.chokepoint.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * The databases the store's integration tests run against: a fresh embedded H2 database always, and
 * a fresh schema on PostgreSQL when {@code PG_URL} (with {@code PG_USER}, {@code PG_PASSWORD})
 * names a server, as {@code bin/test} arranges. With {@code PG_REQUIRED=1} a missing server is an
 * error, so that CI cannot pass by skipping PostgreSQL.
 */
public final class TestDatabases {
  private TestDatabases() {}

  /** A kind of database that opens fresh, empty, migrated stores. */
  public record Database(String name, Function<String, Store> opener) {
    /** Opens a new, empty store. */
    public Store fresh() {
      return opener.apply(null);
    }

    /** A JDBC URL (with user and password) for a new, empty, unmigrated database. */
    public Connect freshUnmigrated() {
      return name.equals("h2") ? h2Url() : pgUrl();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A URL and its credentials. */
  public record Connect(String url, String user, String password) {
    /** Opens and migrates the store there. */
    public Store open() {
      return Store.open(url, user, password);
    }
  }

  /** Every database available, H2 first. */
  public static List<Database> all() {
    List<Database> out = new ArrayList<>();
    out.add(new Database("h2", x -> h2Url().open()));
    if (postgresAvailable()) {
      out.add(new Database("postgresql", x -> pgUrl().open()));
    } else if ("1".equals(System.getenv("PG_REQUIRED"))) {
      throw new IllegalStateException("PG_REQUIRED=1 but PG_URL is not set");
    }
    return out;
  }

  /** Whether a PostgreSQL server is configured. */
  public static boolean postgresAvailable() {
    String url = System.getenv("PG_URL");
    return url != null && !url.isBlank();
  }

  private static Connect h2Url() {
    try {
      Path dir = Files.createTempDirectory("chokepoint-store-");
      return new Connect(
          "jdbc:h2:file:"
              + dir.resolve("chokepoint")
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;LOCK_TIMEOUT=30000;WRITE_DELAY=0",
          "sa",
          "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Connect pgUrl() {
    String url = System.getenv("PG_URL");
    String user = System.getenv("PG_USER");
    String password = System.getenv("PG_PASSWORD");
    String schema = "t" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a schema on " + url, e);
    }
    String sep = url.contains("?") ? "&" : "?";
    return new Connect(url + sep + "currentSchema=" + schema, user, password);
  }
}
