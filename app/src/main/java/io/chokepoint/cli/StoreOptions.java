package io.chokepoint.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options that choose a database: the embedded H2 database in a directory (the default, under
 * {@code HOME/var}), or a server by JDBC URL. The password is read from the environment only, so
 * that it never shows in a process list or a shell history.
 */
public final class StoreOptions {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Embedded database directory (default: HOME/var).")
  Path dir;

  /** Options for the embedded database in a directory ({@code null}: the default). */
  public static StoreOptions embedded(Path dir) {
    StoreOptions o = new StoreOptions();
    o.dir = dir;
    return o;
  }

  /** Options for a server. */
  public static StoreOptions server(String url, String user) {
    StoreOptions o = new StoreOptions();
    o.url = url;
    o.user = user;
    return o;
  }

  @Option(
      names = "--db",
      paramLabel = "URL",
      description =
          "A database server instead, e.g. jdbc:postgresql://host:5432/chokepoint"
              + " (default: $CHOKEPOINT_DB); password from $CHOKEPOINT_DB_PASSWORD.")
  String url;

  @Option(
      names = "--db-user",
      paramLabel = "USER",
      description = "The database user (default: $CHOKEPOINT_DB_USER).")
  String user;

  /** The JDBC URL of a server, or {@code null} for the embedded database. */
  public String serverUrl() {
    return url != null && !url.isBlank() ? url : blankToNull(System.getenv("CHOKEPOINT_DB"));
  }

  /** The database user. */
  public String serverUser() {
    return user != null ? user : blankToNull(System.getenv("CHOKEPOINT_DB_USER"));
  }

  /** The database password, from the environment. */
  public static String serverPassword() {
    String p = System.getenv("CHOKEPOINT_DB_PASSWORD");
    return p == null ? "" : p;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
