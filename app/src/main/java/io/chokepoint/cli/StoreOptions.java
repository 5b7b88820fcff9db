package io.chokepoint.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options that choose a database: the embedded H2 database in a directory (the default, under
 * {@code HOME/var}), or a server by JDBC URL. The password is read from the environment only, so
 * that it never shows in a process list or a shell history.
 */
final class StoreOptions {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Embedded database directory (default: HOME/var).")
  Path dir;

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
  String serverUrl() {
    return url != null && !url.isBlank() ? url : blankToNull(System.getenv("CHOKEPOINT_DB"));
  }

  String serverUser() {
    return user != null ? user : blankToNull(System.getenv("CHOKEPOINT_DB_USER"));
  }

  static String serverPassword() {
    String p = System.getenv("CHOKEPOINT_DB_PASSWORD");
    return p == null ? "" : p;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
