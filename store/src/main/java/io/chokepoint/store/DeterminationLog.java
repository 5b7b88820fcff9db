package io.chokepoint.store;

import io.chokepoint.determine.Determination;
import io.chokepoint.determine.DeterminationJson;
import io.chokepoint.store.audit.AuditEvent;
import io.chokepoint.store.audit.AuditTrail;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The append-only log of determinations. A batch is written in one transaction: either every
 * determination of a run is recorded, with its audit entries, or none is.
 */
public final class DeterminationLog {
  private final Jdbi jdbi;
  private final AuditTrail audit;

  DeterminationLog(Jdbi jdbi, AuditTrail audit) {
    this.jdbi = jdbi;
    this.audit = audit;
  }

  /**
   * A determination, the file its transaction came from, and the transaction's canonical form.
   *
   * @param determination the answer
   * @param sourceFile the file, or {@code null}
   * @param input the transaction's canonical form ({@code Transaction.input()}), which makes the
   *     determination replayable; {@code null} if unknown
   * @param body the determination as one line of JSON (FORMATS.md §2), rendered once: a caller that
   *     also prints it passes the same text
   */
  public record Entry(Determination determination, String sourceFile, String input, String body) {
    /** An entry whose JSON is rendered when it is recorded. */
    public Entry(Determination determination, String sourceFile, String input) {
      this(determination, sourceFile, input, DeterminationJson.toLine(determination));
    }
  }

  /**
   * Records determinations in one transaction.
   *
   * @param actor who asked for them
   * @return the ids given to them, in order
   * @throws StoreException if the write fails; nothing is recorded then
   */
  public List<Long> record(String actor, List<Entry> entries) {
    try {
      return jdbi.inTransaction(h -> record(h, actor, entries));
    } catch (RuntimeException e) {
      throw new StoreException("cannot record " + entries.size() + " determinations", e);
    }
  }

  /**
   * Records determinations within the caller's transaction, each with an audit entry.
   *
   * @return the ids given to them, in order
   */
  public List<Long> record(Handle h, String actor, List<Entry> entries) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    PreparedBatch b =
        h.prepareBatch(
            "INSERT INTO determination (transaction_id, as_of, overall, rulebook_hash, lists_hash,"
                + " input_hash, engine, source_file, recorded_at, body, actor, input) VALUES (:tx,"
                + " :asOf, :overall, :rulebook, :lists, :inputHash, :engine, :file, :at, :body,"
                + " :actor, :input)");
    for (Entry e : entries) {
      Determination d = e.determination();
      b.bind("tx", d.transaction())
          .bind("asOf", d.asOf())
          .bind("overall", d.overall().name())
          .bind("rulebook", d.rulebook())
          .bind("lists", d.lists())
          .bind("inputHash", d.input())
          .bind("engine", d.engine())
          .bind("file", e.sourceFile())
          .bind("at", now)
          .bind("body", e.body())
          .bind("actor", actor)
          .bind("input", e.input())
          .add();
    }
    List<Long> ids = b.executePreparedBatch("id").mapTo(Long.class).list();
    for (int i = 0; i < ids.size(); i++) {
      Determination d = entries.get(i).determination();
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("determination", ids.get(i));
      detail.put("asOf", d.asOf());
      detail.put("overall", d.overall().name());
      detail.put("rulebook", d.rulebook());
      detail.put("lists", d.lists());
      detail.put("input", d.input());
      detail.put("engine", d.engine());
      audit.append(
          h, new AuditEvent(actor, "determination.record", "tx:" + d.transaction(), detail));
    }
    return ids;
  }

  /** The determinations recorded for a transaction id, oldest first. */
  public List<RecordedDetermination> forTransaction(String transactionId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT + " WHERE transaction_id = :tx ORDER BY id")
                .bind("tx", transactionId)
                .map(DeterminationLog::recorded)
                .list());
  }

  /**
   * The determination with this id.
   *
   * @throws NotFoundException if there is none
   */
  public RecordedDetermination get(long id) {
    return jdbi.withHandle(
            h ->
                h.createQuery(SELECT + " WHERE id = :id")
                    .bind("id", id)
                    .map(DeterminationLog::recorded)
                    .findOne())
        .orElseThrow(() -> new NotFoundException("no determination " + id));
  }

  private static final String SELECT =
      "SELECT id, transaction_id, as_of, overall, rulebook_hash, lists_hash, input_hash, engine,"
          + " source_file, recorded_at, body, actor, input FROM determination";

  private static RecordedDetermination recorded(
      java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws java.sql.SQLException {
    return new RecordedDetermination(
        rs.getLong("id"),
        rs.getString("transaction_id"),
        rs.getObject("as_of", java.time.LocalDate.class),
        rs.getString("overall"),
        rs.getString("rulebook_hash"),
        rs.getString("lists_hash"),
        rs.getString("input_hash"),
        rs.getString("engine"),
        rs.getString("source_file"),
        rs.getObject("recorded_at", OffsetDateTime.class),
        rs.getString("body"),
        rs.getString("actor"),
        rs.getString("input"));
  }

  /** The number of determinations recorded. */
  public long count() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT COUNT(*) FROM determination").mapTo(Long.class).one());
  }
}
