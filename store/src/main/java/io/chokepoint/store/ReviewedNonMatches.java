package io.chokepoint.store;

import io.chokepoint.screening.FalsePositiveMemory;
import io.chokepoint.screening.ReviewedNonMatch;
import io.chokepoint.store.audit.AuditEvent;
import io.chokepoint.store.audit.AuditTrail;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * The recorded "good guy" decisions: reviewed non-matches of a party and a list entry, each with
 * who decided, why, when, and the entry's fingerprint then. Append-only; the latest review of a
 * pair wins.
 */
public final class ReviewedNonMatches {
  private final Jdbi jdbi;
  private final AuditTrail audit;

  ReviewedNonMatches(Jdbi jdbi, AuditTrail audit) {
    this.jdbi = jdbi;
    this.audit = audit;
  }

  /**
   * Records a review, with its audit entry.
   *
   * @return the id given to it
   * @throws StoreException if the write fails
   */
  public long record(ReviewedNonMatch review) {
    try {
      return jdbi.inTransaction(
          h -> {
            long id =
                h.createUpdate(
                        "INSERT INTO reviewed_non_match (party_key, entry_id, entry_fingerprint,"
                            + " reviewer, reason, reviewed_at) VALUES (:party, :entry, :fingerprint,"
                            + " :reviewer, :reason, :at)")
                    .bind("party", review.partyKey())
                    .bind("entry", review.entryId())
                    .bind("fingerprint", review.entryFingerprint())
                    .bind("reviewer", review.reviewer())
                    .bind("reason", review.reason())
                    .bind("at", review.reviewedAt().atOffset(ZoneOffset.UTC))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            audit.append(
                h,
                new AuditEvent(
                    review.reviewer(),
                    "screening.clear",
                    "party:" + review.partyKey(),
                    Map.of(
                        "entry", review.entryId(),
                        "entryFingerprint", review.entryFingerprint(),
                        "reason", review.reason(),
                        "reviewedNonMatch", id)));
            return id;
          });
    } catch (RuntimeException e) {
      throw new StoreException(
          "cannot record the review of " + review.partyKey() + " and " + review.entryId(), e);
    }
  }

  /** Every review recorded, oldest first. */
  public List<ReviewedNonMatch> all() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT party_key, entry_id, entry_fingerprint, reviewer, reason, reviewed_at"
                        + " FROM reviewed_non_match ORDER BY id")
                .map(
                    (rs, ctx) ->
                        new ReviewedNonMatch(
                            rs.getString("party_key"),
                            rs.getString("entry_id"),
                            rs.getString("entry_fingerprint"),
                            rs.getString("reviewer"),
                            rs.getString("reason"),
                            rs.getObject("reviewed_at", OffsetDateTime.class).toInstant()))
                .list());
  }

  /**
   * The id of the latest review, 0 when there is none: a cheap way for a long-running process to
   * tell whether someone has recorded a review since it read the memory.
   */
  public long latestId() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COALESCE(MAX(id), 0) FROM reviewed_non_match")
                .mapTo(Long.class)
                .one());
  }

  /** The reviews as a memory, later reviews of a pair replacing earlier ones. */
  public FalsePositiveMemory memory() {
    FalsePositiveMemory m = FalsePositiveMemory.empty();
    for (ReviewedNonMatch r : all()) {
      m = m.with(r);
    }
    return m;
  }
}
