package io.chokepoint.store.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.chokepoint.store.StoreException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.core.result.ResultIterator;

/**
 * The append-only, hash-chained audit trail. Writers call {@link #append} inside their own
 * transaction, so that the record and its audit entry are written together or not at all. Appending
 * locks the chain's head row, which orders concurrent writers; {@link #verify} walks the chain and
 * names the first entry that does not check out.
 */
public final class AuditTrail {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private final Jdbi jdbi;

  /** Creates the trail over a database. */
  public AuditTrail(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Appends an entry within the caller's transaction.
   *
   * @param h a handle inside a transaction that also writes the record being audited
   * @param event what happened
   * @return the entry as stored
   * @throws StoreException if the handle is not in a transaction
   */
  public AuditEntry append(Handle h, AuditEvent event) {
    if (!h.isInTransaction()) {
      throw new StoreException("an audit entry must be written in its record's transaction", null);
    }
    Map<String, Object> head =
        h.createQuery("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE").mapToMap().one();
    long seq = ((Number) head.get("seq")).longValue() + 1;
    String prev = ((String) head.get("hash")).trim();
    String at = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    String detail = canonicalJson(event.detail());
    String hash =
        AuditEntry.hashOf(seq, at, event.actor(), event.action(), event.subject(), detail, prev);
    h.createUpdate(
            "INSERT INTO audit_entry (seq, recorded_at, actor, action, subject, detail, prev_hash,"
                + " hash) VALUES (:seq, :at, :actor, :action, :subject, :detail, :prev, :hash)")
        .bind("seq", seq)
        .bind("at", at)
        .bind("actor", event.actor())
        .bind("action", event.action())
        .bind("subject", event.subject())
        .bind("detail", detail)
        .bind("prev", prev)
        .bind("hash", hash)
        .execute();
    h.createUpdate("UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = 1")
        .bind("seq", seq)
        .bind("hash", hash)
        .execute();
    return new AuditEntry(
        seq, at, event.actor(), event.action(), event.subject(), detail, prev, hash);
  }

  /** Appends one entry in a transaction of its own. */
  public AuditEntry append(AuditEvent event) {
    return jdbi.inTransaction(h -> append(h, event));
  }

  /**
   * Checks the whole chain: numbers without gaps from 1, each previous hash equal to the entry
   * before's hash, each hash equal to the recipe's, and the head equal to the last entry.
   */
  public AuditVerification verify() {
    return jdbi.inTransaction(
        h -> {
          Map<String, Object> head =
              h.createQuery("SELECT seq, hash FROM audit_head WHERE id = 1").mapToMap().one();
          long headSeq = ((Number) head.get("seq")).longValue();
          String headHash = ((String) head.get("hash")).trim();
          ChainCheck check = new ChainCheck();
          try (ResultIterator<AuditEntry> it = query(h, 1, Long.MAX_VALUE).iterator()) {
            while (it.hasNext() && check.accept(it.next())) {
              // the check stops at the first broken entry
            }
          }
          return check.finish(headSeq, headHash);
        });
  }

  /** Visits the entries numbered {@code from} to {@code to}, in order. */
  public void forEach(long from, long to, Consumer<AuditEntry> visitor) {
    jdbi.useHandle(h -> query(h, from, to).forEach(visitor));
  }

  /** The entries recorded in a time range (ISO instants, inclusive), in order. */
  public List<AuditEntry> recordedBetween(Instant from, Instant to) {
    List<AuditEntry> out = new ArrayList<>();
    forEach(
        1,
        Long.MAX_VALUE,
        e -> {
          Instant at = Instant.parse(e.recordedAt());
          if (!at.isBefore(from) && !at.isAfter(to)) {
            out.add(e);
          }
        });
    return out;
  }

  /** The entries about one subject, oldest first. */
  public List<AuditEntry> about(String subject) {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT + " WHERE subject = :s ORDER BY seq")
                .bind("s", subject)
                .map(AuditTrail::entry)
                .list());
  }

  /** The number of entries. */
  public long count() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT COUNT(*) FROM audit_entry").mapTo(Long.class).one());
  }

  private static final String SELECT =
      "SELECT seq, recorded_at, actor, action, subject, detail, prev_hash, hash FROM audit_entry";

  private static ResultIterable<AuditEntry> query(Handle h, long from, long to) {
    return h.createQuery(SELECT + " WHERE seq BETWEEN :from AND :to ORDER BY seq")
        .bind("from", from)
        .bind("to", to)
        .setFetchSize(1000)
        .map(AuditTrail::entry);
  }

  private static AuditEntry entry(
      java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext c)
      throws java.sql.SQLException {
    return new AuditEntry(
        rs.getLong("seq"),
        rs.getString("recorded_at"),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("subject"),
        rs.getString("detail"),
        rs.getString("prev_hash").trim(),
        rs.getString("hash").trim());
  }

  /**
   * The canonical JSON of a detail map: keys sorted, no whitespace; dates, instants and other
   * values as their ISO or {@code toString} text.
   */
  public static String canonicalJson(Map<String, ?> detail) {
    try {
      return JSON.writeValueAsString(plain(detail));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("audit detail cannot be written as JSON", e);
    }
  }

  private static Object plain(Object v) {
    if (v == null || v instanceof String || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Number) {
      return v;
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
      return out;
    }
    if (v instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>();
      c.forEach(x -> out.add(plain(x)));
      return out;
    }
    if (v instanceof TemporalAccessor || v instanceof Enum<?>) {
      return v.toString();
    }
    return v.toString();
  }
}
