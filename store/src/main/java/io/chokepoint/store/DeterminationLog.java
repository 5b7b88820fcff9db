package io.chokepoint.store;

import io.chokepoint.determine.Determination;
import io.chokepoint.determine.DeterminationJson;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The append-only log of determinations. A batch is written in one transaction: either every
 * determination of a run is recorded, or none is.
 */
public final class DeterminationLog {
  private final Jdbi jdbi;

  DeterminationLog(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** A determination and the file its transaction came from. */
  public record Entry(Determination determination, String sourceFile) {}

  /**
   * Records determinations in one transaction.
   *
   * @return the ids given to them, in order
   * @throws StoreException if the write fails; nothing is recorded then
   */
  public List<Long> record(List<Entry> entries) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try {
      return jdbi.inTransaction(
          h -> {
            PreparedBatch b =
                h.prepareBatch(
                    "INSERT INTO determination (transaction_id, as_of, overall, rulebook_hash, lists_hash,"
                        + " input_hash, engine, source_file, recorded_at, body) VALUES (:tx, :asOf, :overall,"
                        + " :rulebook, :lists, :input, :engine, :file, :at, :body)");
            for (Entry e : entries) {
              Determination d = e.determination();
              b.bind("tx", d.transaction())
                  .bind("asOf", d.asOf())
                  .bind("overall", d.overall().name())
                  .bind("rulebook", d.rulebook())
                  .bind("lists", d.lists())
                  .bind("input", d.input())
                  .bind("engine", d.engine())
                  .bind("file", e.sourceFile())
                  .bind("at", now)
                  .bind("body", DeterminationJson.toLine(d))
                  .add();
            }
            return b.executePreparedBatch("id").mapTo(Long.class).list();
          });
    } catch (RuntimeException e) {
      throw new StoreException("cannot record " + entries.size() + " determinations", e);
    }
  }

  /** The determinations recorded for a transaction id, oldest first. */
  public List<RecordedDetermination> forTransaction(String transactionId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, transaction_id, as_of, overall, rulebook_hash, lists_hash, input_hash, engine,"
                        + " source_file, recorded_at, body FROM determination WHERE transaction_id = :tx ORDER BY id")
                .bind("tx", transactionId)
                .map(
                    (rs, ctx) ->
                        new RecordedDetermination(
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
                            rs.getString("body")))
                .list());
  }

  /** The number of determinations recorded. */
  public long count() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT COUNT(*) FROM determination").mapTo(Long.class).one());
  }
}
