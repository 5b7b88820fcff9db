package io.chokepoint.store;

import io.chokepoint.review.Actor;
import io.chokepoint.review.Role;
import io.chokepoint.store.audit.AuditEvent;
import io.chokepoint.store.audit.AuditTrail;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The registered users and their roles. On a new database the first user to act becomes its
 * administrator (recorded in the audit trail as {@code user.bootstrap}); after that only an
 * administrator adds users.
 */
public final class Users {
  private final Jdbi jdbi;
  private final AuditTrail audit;

  Users(Jdbi jdbi, AuditTrail audit) {
    this.jdbi = jdbi;
    this.audit = audit;
  }

  /**
   * The actor for a user name. On a database with no users yet, the user is created as an
   * administrator.
   *
   * @throws RefusedException if users exist and this one is not among them
   */
  public Actor actor(String name) {
    Optional<Actor> found = find(name);
    if (found.isPresent()) {
      return found.get();
    }
    return jdbi.inTransaction(
        h -> {
          h.execute("SELECT seq FROM audit_head WHERE id = 1 FOR UPDATE");
          Optional<Actor> again = find(h, name);
          if (again.isPresent()) {
            return again.get();
          }
          long users = h.createQuery("SELECT COUNT(*) FROM app_user").mapTo(Long.class).one();
          if (users > 0) {
            throw new RefusedException(
                "UNKNOWN_USER",
                "user '"
                    + name
                    + "' is not registered; an administrator adds users with: chokepoint users add "
                    + name
                    + " --role officer");
          }
          Actor a = new Actor(name, Role.ADMIN);
          insert(h, a, name);
          audit.append(
              h,
              new AuditEvent(
                  name,
                  "user.bootstrap",
                  "user:" + name,
                  Map.of("role", "admin", "why", "first user of a new database")));
          return a;
        });
  }

  /**
   * Adds a user.
   *
   * @param by the administrator adding them
   * @throws RefusedException if {@code by} is not an administrator or the user exists
   */
  public Actor add(Actor by, String name, Role role) {
    if (by.role() != Role.ADMIN) {
      throw new RefusedException(
          "ROLE", by.name() + " is " + by.role() + ": only an admin adds users");
    }
    Actor a = new Actor(name, role);
    return jdbi.inTransaction(
        h -> {
          if (find(h, name).isPresent()) {
            throw new RefusedException("EXISTS", "user '" + name + "' already exists");
          }
          insert(h, a, by.name());
          audit.append(
              h,
              new AuditEvent(
                  by.name(),
                  "user.add",
                  "user:" + name,
                  Map.of("role", role.name().toLowerCase())));
          return a;
        });
  }

  /** The user with this name, if registered. */
  public Optional<Actor> find(String name) {
    return jdbi.withHandle(h -> find(h, name));
  }

  /** Every user, by name. */
  public List<Actor> all() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT name, role FROM app_user ORDER BY name")
                .map((rs, c) -> new Actor(rs.getString("name"), Role.parse(rs.getString("role"))))
                .list());
  }

  private static Optional<Actor> find(Handle h, String name) {
    return h.createQuery("SELECT name, role FROM app_user WHERE name = :n")
        .bind("n", name)
        .map((rs, c) -> new Actor(rs.getString("name"), Role.parse(rs.getString("role"))))
        .findOne();
  }

  private static void insert(Handle h, Actor a, String by) {
    h.createUpdate(
            "INSERT INTO app_user (name, role, created_at, created_by) VALUES (:n, :r, :at, :by)")
        .bind("n", a.name())
        .bind("r", a.role().name().toLowerCase())
        .bind("at", OffsetDateTime.now(ZoneOffset.UTC))
        .bind("by", by)
        .execute();
  }
}
