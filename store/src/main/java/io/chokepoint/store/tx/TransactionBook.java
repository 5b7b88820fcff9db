package io.chokepoint.store.tx;

import io.chokepoint.determine.Determination;
import io.chokepoint.determine.ItemResult;
import io.chokepoint.determine.Outcome;
import io.chokepoint.determine.PartyHit;
import io.chokepoint.determine.PartyScreen;
import io.chokepoint.determine.RegimeDetermination;
import io.chokepoint.review.Actor;
import io.chokepoint.review.HoldStatus;
import io.chokepoint.review.Role;
import io.chokepoint.store.DeterminationLog;
import io.chokepoint.store.NotFoundException;
import io.chokepoint.store.RefusedException;
import io.chokepoint.store.audit.AuditEvent;
import io.chokepoint.store.audit.AuditTrail;
import io.chokepoint.transaction.Item;
import io.chokepoint.transaction.Party;
import io.chokepoint.transaction.Transaction;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The recorded transactions. Submitting one records it with its lines, parties, determination and
 * screening results, and puts it on hold unless every regime answered NO_LICENSE_REQUIRED; all in
 * one database transaction with its audit entries. Submitting the same input again changes nothing,
 * so an interrupted import can simply be run again; a changed input amends an open transaction and
 * determines it afresh.
 */
public final class TransactionBook {
  private final Jdbi jdbi;
  private final DeterminationLog log;
  private final AuditTrail audit;

  /** Creates the book over a database. */
  public TransactionBook(Jdbi jdbi, DeterminationLog log, AuditTrail audit) {
    this.jdbi = jdbi;
    this.log = log;
    this.audit = audit;
  }

  /**
   * Records a transaction and its determination, or amends it.
   *
   * @param actor who submits it; an officer or an admin
   * @param t the transaction
   * @param d its determination
   * @param sourceFile the file it came from, or {@code null}
   * @throws RefusedException if the actor is a viewer, or the transaction was already released or
   *     rejected (a changed shipment needs a new transaction id)
   */
  public Submission submit(Actor actor, Transaction t, Determination d, String sourceFile) {
    if (!actor.role().atLeast(Role.OFFICER)) {
      throw new RefusedException(
          "ROLE", actor.name() + " is a viewer: only an officer or an admin submits transactions");
    }
    return jdbi.inTransaction(h -> submit(h, actor, t, d, sourceFile));
  }

  private Submission submit(
      Handle h, Actor actor, Transaction t, Determination d, String sourceFile) {
    Optional<TransactionRecord> before = find(h, t.id(), true);
    if (before.isPresent() && before.get().inputHash().equals(t.inputHash())) {
      return new Submission(before.get(), Submission.Change.UNCHANGED);
    }
    if (before.isPresent() && before.get().status().closed()) {
      throw new RefusedException(
          "STATE",
          t.id()
              + " was "
              + before.get().status().name().toLowerCase()
              + " and cannot change; record the changed shipment under a new transaction id");
    }
    long determination =
        log.record(h, actor.name(), List.of(new DeterminationLog.Entry(d, sourceFile, t.input())))
            .get(0);
    HoldStatus status =
        d.overall() == Outcome.NO_LICENSE_REQUIRED ? HoldStatus.CLEARED : HoldStatus.HELD;
    int revision = before.map(r -> r.revision() + 1).orElse(1);
    OffsetDateTime now =
        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    String sql =
        before.isEmpty()
            ? "INSERT INTO trade_transaction (id, tx_date, route_from, route_to, status, outcome,"
                + " determination, revision, input_hash, input, source_file, submitted_by,"
                + " submitted_at, updated_at) VALUES (:id, :date, :from, :to, :status, :outcome,"
                + " :determination, :revision, :hash, :input, :file, :by, :now, :now)"
            : "UPDATE trade_transaction SET tx_date = :date, route_from = :from, route_to = :to,"
                + " status = :status, outcome = :outcome, determination = :determination,"
                + " revision = :revision, input_hash = :hash, input = :input, source_file = :file,"
                + " updated_at = :now WHERE id = :id";
    org.jdbi.v3.core.statement.Update write = h.createUpdate(sql);
    if (before.isEmpty()) {
      write.bind("by", actor.name());
    }
    write
        .bind("id", t.id())
        .bind("date", t.date())
        .bind("from", t.route().from())
        .bind("to", t.route().to())
        .bind("status", status.name())
        .bind("outcome", d.overall().name())
        .bind("determination", determination)
        .bind("revision", revision)
        .bind("hash", t.inputHash())
        .bind("input", t.input())
        .bind("file", sourceFile)
        .bind("now", now)
        .execute();
    if (before.isPresent()) {
      h.execute("DELETE FROM transaction_line WHERE tx_id = ?", t.id());
      h.execute("DELETE FROM transaction_party WHERE tx_id = ?", t.id());
    }
    insertLines(h, t, d);
    insertParties(h, t);
    insertScreening(h, determination, d);
    Map<String, Object> detail = new TreeMap<>();
    detail.put("revision", revision);
    detail.put("input", t.inputHash());
    detail.put("determination", determination);
    detail.put("overall", d.overall().name());
    detail.put("status", status.name());
    Map<String, String> outcomes = new TreeMap<>();
    d.regimes().forEach(r -> outcomes.put(r.regime(), r.outcome().name()));
    detail.put("regimes", outcomes);
    audit.append(
        h,
        new AuditEvent(
            actor.name(), before.isEmpty() ? "tx.submit" : "tx.amend", "tx:" + t.id(), detail));
    if (status == HoldStatus.HELD) {
      audit.append(
          h,
          new AuditEvent(
              actor.name(),
              "hold.place",
              "tx:" + t.id(),
              Map.of(
                  "overall",
                  d.overall().name(),
                  "determination",
                  determination,
                  "why",
                  "the determination is not NO_LICENSE_REQUIRED")));
    }
    TransactionRecord rec = find(h, t.id(), false).orElseThrow();
    return new Submission(
        rec, before.isEmpty() ? Submission.Change.NEW : Submission.Change.AMENDED);
  }

  private static void insertLines(Handle h, Transaction t, Determination d) {
    PreparedBatch b =
        h.prepareBatch(
            "INSERT INTO transaction_line (tx_id, line_id, description, quantity, unit_value,"
                + " currency, classification) VALUES (:tx, :line, :description, :quantity, :value,"
                + " :currency, :classification)");
    for (Item i : t.items()) {
      b.bind("tx", t.id())
          .bind("line", i.id())
          .bind("description", i.description())
          .bind("quantity", java.math.BigDecimal.valueOf(i.quantity()))
          .bind("value", i.unitValue() == null ? null : i.unitValue().amount())
          .bind("currency", i.unitValue() == null ? null : i.unitValue().currency())
          .bind("classification", classification(d, i.id()))
          .add();
    }
    b.execute();
  }

  /** The line's classification per regime, as {@code US-EAR=3A090.a; CN-ECL=…}. */
  private static String classification(Determination d, String line) {
    StringBuilder sb = new StringBuilder();
    for (RegimeDetermination r : d.regimes()) {
      for (ItemResult i : r.items()) {
        if (i.item().equals(line) && i.classification() != null) {
          if (sb.length() > 0) {
            sb.append("; ");
          }
          sb.append(r.regime()).append('=').append(i.classification());
        }
      }
    }
    return sb.toString();
  }

  private static void insertParties(Handle h, Transaction t) {
    PreparedBatch b =
        h.prepareBatch(
            "INSERT INTO transaction_party (tx_id, position, role, name, country) VALUES (:tx,"
                + " :position, :role, :name, :country)");
    int n = 0;
    for (Party p : t.parties()) {
      b.bind("tx", t.id())
          .bind("position", n++)
          .bind("role", p.role())
          .bind("name", p.name())
          .bind("country", p.country())
          .add();
    }
    if (n > 0) {
      b.execute();
    }
  }

  private static void insertScreening(Handle h, long determination, Determination d) {
    PreparedBatch b =
        h.prepareBatch(
            "INSERT INTO screening_result (determination, party_index, role, party_name, entry_id,"
                + " entry_list, entry_name, score, band) VALUES (:d, :index, :role, :party, :entry,"
                + " :list, :name, :score, :band)");
    int n = 0;
    for (PartyScreen s : d.screening()) {
      for (PartyHit hit : s.hits()) {
        b.bind("d", determination)
            .bind("index", s.index())
            .bind("role", s.role())
            .bind("party", s.name())
            .bind("entry", hit.match().entry().id())
            .bind("list", hit.match().entry().list())
            .bind("name", hit.match().entry().name())
            .bind("score", java.math.BigDecimal.valueOf(hit.match().score()))
            .bind("band", hit.band().name())
            .add();
        n++;
      }
    }
    if (n > 0) {
      b.execute();
    }
  }

  /**
   * The transaction with this id.
   *
   * @throws NotFoundException if there is none
   */
  public TransactionRecord get(String id) {
    return jdbi.withHandle(h -> find(h, id, false))
        .orElseThrow(() -> new NotFoundException("no transaction " + id));
  }

  /** The transactions in a status ({@code null}: all), newest export date first. */
  public List<TransactionRecord> list(HoldStatus status, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    SELECT
                        + (status == null ? "" : " WHERE status = :status")
                        + " ORDER BY tx_date DESC, id LIMIT :limit")
                .bind("status", status == null ? null : status.name())
                .bind("limit", limit)
                .map(TransactionBook::record)
                .list());
  }

  /** The review queue: held and awaiting-facts transactions, oldest export date first. */
  public List<TransactionRecord> queue() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    SELECT + " WHERE status IN ('HELD', 'AWAITING_FACTS') ORDER BY tx_date, id")
                .map(TransactionBook::record)
                .list());
  }

  /** The number of transactions per status. */
  public Map<HoldStatus, Long> countByStatus() {
    Map<HoldStatus, Long> out = new TreeMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery("SELECT status, COUNT(*) AS n FROM trade_transaction GROUP BY status")
                .map((rs, c) -> Map.entry(rs.getString("status"), rs.getLong("n")))
                .forEach(e -> out.put(HoldStatus.valueOf(e.getKey()), e.getValue())));
    return out;
  }

  static final String SELECT =
      "SELECT id, tx_date, route_from, route_to, status, outcome, determination, revision,"
          + " input_hash, input, source_file, submitted_by, submitted_at, updated_at FROM"
          + " trade_transaction";

  static Optional<TransactionRecord> find(Handle h, String id, boolean lock) {
    return h.createQuery(SELECT + " WHERE id = :id" + (lock ? " FOR UPDATE" : ""))
        .bind("id", id)
        .map(TransactionBook::record)
        .findOne();
  }

  private static TransactionRecord record(
      java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext c)
      throws java.sql.SQLException {
    return new TransactionRecord(
        rs.getString("id"),
        rs.getObject("tx_date", java.time.LocalDate.class),
        rs.getString("route_from"),
        rs.getString("route_to"),
        HoldStatus.valueOf(rs.getString("status")),
        Outcome.valueOf(rs.getString("outcome")),
        rs.getLong("determination"),
        rs.getInt("revision"),
        rs.getString("input_hash"),
        rs.getString("input"),
        rs.getString("source_file"),
        rs.getString("submitted_by"),
        rs.getObject("submitted_at", OffsetDateTime.class),
        rs.getObject("updated_at", OffsetDateTime.class));
  }
}
