package io.chokepoint.store.tx;

import io.chokepoint.review.Actor;
import io.chokepoint.review.HoldStatus;
import io.chokepoint.review.RegimeSummary;
import io.chokepoint.review.ReviewDecision;
import io.chokepoint.review.ReviewRules;
import io.chokepoint.store.NotFoundException;
import io.chokepoint.store.RefusedException;
import io.chokepoint.store.audit.AuditEvent;
import io.chokepoint.store.audit.AuditTrail;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The review queue: officers release, reject or ask for facts about held transactions, under {@link
 * ReviewRules}. A decision, its effect on the transaction, any licence drawdown it makes, and its
 * audit entry are written in one database transaction. A refused attempt changes nothing but is
 * itself audited, so that an auditor sees who tried what.
 */
public final class Holds {
  private final Jdbi jdbi;
  private final AuditTrail audit;

  /** Draws on the licences a release rests on, inside the release's database transaction. */
  @FunctionalInterface
  public interface ReleaseDrawdown {
    /** Draws nothing: for stores without licences to draw on. */
    ReleaseDrawdown NONE = (h, actor, tx, covers) -> {};

    /**
     * Draws the transaction's lines on the licences among the covers.
     *
     * @throws RefusedException if a licence cannot take the draw; the release is undone
     */
    void draw(Handle h, Actor actor, TransactionRecord tx, List<ReviewRules.Cover> covers);
  }

  /** Creates the queue over a database. */
  public Holds(Jdbi jdbi, AuditTrail audit) {
    this.jdbi = jdbi;
    this.audit = audit;
  }

  /**
   * Decides a held transaction without reading licences: a rejection or a request for facts (a
   * release that names a licence is refused, as no licence can be checked here).
   *
   * @throws NotFoundException if there is no such transaction
   * @throws RefusedException if the rules refuse the decision; nothing changes
   */
  public ReviewRecord decide(Actor actor, String transaction, ReviewDecision decision) {
    return decide(
        actor,
        transaction,
        decision,
        (regime, licence) -> Optional.of("no licence register is consulted for this decision"),
        ReleaseDrawdown.NONE);
  }

  /**
   * Decides a held transaction.
   *
   * @param actor who decides
   * @param transaction the transaction id
   * @param decision the decision
   * @param licences checks that a licence a release names can cover the transaction
   * @param drawdown draws on the licences a release rests on
   * @return the decision as recorded
   * @throws NotFoundException if there is no such transaction
   * @throws RefusedException if the rules refuse the decision; nothing changes
   */
  public ReviewRecord decide(
      Actor actor,
      String transaction,
      ReviewDecision decision,
      ReviewRules.LicenceCover licences,
      ReleaseDrawdown drawdown) {
    try {
      return jdbi.inTransaction(h -> decide(h, actor, transaction, decision, licences, drawdown));
    } catch (RefusedException e) {
      audit.append(
          new AuditEvent(
              actor.name(),
              "hold.refused",
              "tx:" + transaction,
              Map.of(
                  "decision", decision.name(),
                  "code", e.code(),
                  "why", e.getMessage(),
                  "reason", decision.reason() == null ? "" : decision.reason())));
      throw e;
    }
  }

  private ReviewRecord decide(
      Handle h,
      Actor actor,
      String id,
      ReviewDecision decision,
      ReviewRules.LicenceCover licences,
      ReleaseDrawdown drawdown) {
    TransactionRecord tx =
        TransactionBook.find(h, id, true)
            .orElseThrow(() -> new NotFoundException("no transaction " + id));
    List<RegimeSummary> regimes =
        RecordedRegimes.parse(
            h.createQuery("SELECT body FROM determination WHERE id = :id")
                .bind("id", tx.determination())
                .mapTo(String.class)
                .one());
    Optional<ReviewRules.Refusal> refusal =
        ReviewRules.check(actor, tx.submittedBy(), tx.status(), id, regimes, decision, licences);
    if (refusal.isPresent()) {
      throw new RefusedException(refusal.get().code(), refusal.get().message());
    }
    List<String> covers = new ArrayList<>();
    List<String> facts = List.of();
    HoldStatus next;
    if (decision instanceof ReviewDecision.Release r) {
      List<ReviewRules.Cover> cs = ReviewRules.covers(actor, regimes, r, licences);
      drawdown.draw(h, actor, tx, cs);
      cs.forEach(
          c ->
              covers.add(
                  c.regime()
                      + ": "
                      + c.basis()
                      + (c.reference() == null ? "" : " " + c.reference())));
      next = HoldStatus.RELEASED;
    } else if (decision instanceof ReviewDecision.AskForFacts a) {
      facts = a.facts();
      next = HoldStatus.AWAITING_FACTS;
    } else {
      next = HoldStatus.REJECTED;
    }
    OffsetDateTime now =
        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    long reviewId =
        h.createUpdate(
                "INSERT INTO review (tx_id, revision, decision, basis, facts, reason, reviewer,"
                    + " decided_at) VALUES (:tx, :revision, :decision, :basis, :facts, :reason,"
                    + " :reviewer, :at)")
            .bind("tx", id)
            .bind("revision", tx.revision())
            .bind("decision", decision.name())
            .bind("basis", String.join("\n", covers))
            .bind("facts", String.join("\n", facts))
            .bind("reason", decision.reason())
            .bind("reviewer", actor.name())
            .bind("at", now)
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    h.createUpdate("UPDATE trade_transaction SET status = :s, updated_at = :at WHERE id = :id")
        .bind("s", next.name())
        .bind("at", now)
        .bind("id", id)
        .execute();
    Map<String, Object> detail = new TreeMap<>();
    detail.put("review", reviewId);
    detail.put("revision", tx.revision());
    detail.put("determination", tx.determination());
    detail.put("from", tx.status().name());
    detail.put("to", next.name());
    detail.put("reason", decision.reason());
    if (!covers.isEmpty()) {
      detail.put("covers", covers);
    }
    if (!facts.isEmpty()) {
      detail.put("facts", facts);
    }
    audit.append(
        h,
        new AuditEvent(
            actor.name(),
            "hold." + decision.name().toLowerCase().replace('_', '-'),
            "tx:" + id,
            detail));
    return new ReviewRecord(
        reviewId,
        id,
        tx.revision(),
        decision.name(),
        covers,
        facts,
        decision.reason(),
        actor.name(),
        now);
  }

  /** The reviews of a transaction, oldest first. */
  public List<ReviewRecord> reviews(String transaction) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, tx_id, revision, decision, basis, facts, reason, reviewer,"
                        + " decided_at FROM review WHERE tx_id = :tx ORDER BY id")
                .bind("tx", transaction)
                .map(
                    (rs, c) ->
                        new ReviewRecord(
                            rs.getLong("id"),
                            rs.getString("tx_id"),
                            rs.getInt("revision"),
                            rs.getString("decision"),
                            lines(rs.getString("basis")),
                            lines(rs.getString("facts")),
                            rs.getString("reason"),
                            rs.getString("reviewer"),
                            rs.getObject("decided_at", OffsetDateTime.class)))
                .list());
  }

  private static List<String> lines(String s) {
    return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
  }
}
