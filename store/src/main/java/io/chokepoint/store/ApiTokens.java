package io.chokepoint.store;

import io.chokepoint.review.Actor;
import io.chokepoint.review.Role;
import io.chokepoint.store.audit.AuditEvent;
import io.chokepoint.store.audit.AuditTrail;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * API tokens: 32 random bytes, shown once when made, stored only as their SHA-256. A token acts as
 * its user, with the user's current role.
 */
public final class ApiTokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Jdbi jdbi;
  private final AuditTrail audit;

  ApiTokens(Jdbi jdbi, AuditTrail audit) {
    this.jdbi = jdbi;
    this.audit = audit;
  }

  /**
   * Makes a token for a user.
   *
   * @param by who makes it: an admin, or the user for themselves
   * @param user the user the token acts as
   * @param label what it is for, e.g. {@code erp-prod}
   * @return the token, which is not stored and cannot be shown again
   * @throws RefusedException if {@code by} may not make it
   * @throws NotFoundException if the user is not registered
   */
  public String create(Actor by, String user, String label) {
    if (by.role() != Role.ADMIN && !by.name().equals(user)) {
      throw new RefusedException("ROLE", by.name() + " may make tokens only for themselves");
    }
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String token = "cpt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    jdbi.useTransaction(
        h -> {
          long known =
              h.createQuery("SELECT COUNT(*) FROM app_user WHERE name = :n")
                  .bind("n", user)
                  .mapTo(Long.class)
                  .one();
          if (known == 0) {
            throw new NotFoundException("no user " + user);
          }
          long id =
              h.createUpdate(
                      "INSERT INTO api_token (user_name, token_hash, label, created_at, created_by)"
                          + " VALUES (:u, :h, :l, :at, :by)")
                  .bind("u", user)
                  .bind("h", hash(token))
                  .bind("l", label)
                  .bind("at", OffsetDateTime.now(ZoneOffset.UTC))
                  .bind("by", by.name())
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          audit.append(
              h,
              new AuditEvent(
                  by.name(),
                  "token.create",
                  "user:" + user,
                  Map.of("token", id, "label", label == null ? "" : label)));
        });
    return token;
  }

  /** The user a token acts as, with their role, if the token is known and not revoked. */
  public Optional<Actor> authenticate(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT u.name, u.role FROM api_token t JOIN app_user u ON u.name = t.user_name"
                        + " WHERE t.token_hash = :h AND t.revoked_at IS NULL")
                .bind("h", hash(token))
                .map((rs, c) -> new Actor(rs.getString(1), Role.parse(rs.getString(2))))
                .findOne());
  }

  /** Whether any token exists: a first run makes one for the admin. */
  public boolean any() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT COUNT(*) FROM api_token").mapTo(Long.class).one() > 0);
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
