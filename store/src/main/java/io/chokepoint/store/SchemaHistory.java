package io.chokepoint.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Whether a database's schema is already at the latest migration this build ships, read from
 * Flyway's history table. Opening a store then skips Flyway, whose search of the application jar
 * for migrations and parsing of them was a third of a server's start; any doubt (no history, a
 * failed or missing version, an unknown one) leaves the decision to Flyway.
 */
final class SchemaHistory {
  /** The latest migration shipped ({@code db/migration/V8__…}); a test keeps it in step. */
  static final int LATEST = 8;

  private SchemaHistory() {}

  /**
   * True if the history records exactly the versions 1 to {@link #LATEST}, each applied
   * successfully, and no other migration (Flyway's own notes aside); false otherwise, including
   * when there is no history table.
   */
  static boolean isCurrent(DataSource db) {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT version, success, type FROM flyway_schema_history")) {
      Set<Integer> versions = new HashSet<>();
      while (r.next()) {
        String v = r.getString(1);
        String type = r.getString(3);
        if (v == null && ("TABLE".equals(type) || "SCHEMA".equals(type))) {
          continue; // Flyway's note that it made the history table or the schema
        }
        if (v == null || !r.getBoolean(2) || !v.matches("\\d{1,9}")) {
          return false;
        }
        versions.add(Integer.parseInt(v));
      }
      if (versions.size() != LATEST) {
        return false;
      }
      for (int v = 1; v <= LATEST; v++) {
        if (!versions.contains(v)) {
          return false;
        }
      }
      return true;
    } catch (SQLException e) {
      return false;
    }
  }
}
