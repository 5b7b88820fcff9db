package io.chokepoint.store;

import io.chokepoint.determine.Determination;
import io.chokepoint.determine.Determiner;
import io.chokepoint.determine.Outcome;
import io.chokepoint.review.Actor;
import io.chokepoint.review.Role;
import io.chokepoint.store.audit.AuditEntry;
import io.chokepoint.store.audit.AuditEvent;
import io.chokepoint.store.audit.AuditTrail;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Audit trails for the tests, written the way Chokepoint writes them: users bootstrapped and added,
 * determinations recorded in batches, and other events appended directly, with details that hold
 * commas, quotes and Chinese text (which the CSV and JSON of a pack must carry exactly).
 */
final class AuditTrails {
  private AuditTrails() {}

  /** The entries of {@link #realistic}, in order. */
  static final int REALISTIC_ENTRIES = 9;

  /** Writes a realistic trail of {@link #REALISTIC_ENTRIES} entries and returns them in order. */
  static List<AuditEntry> realistic(Store store) {
    Actor admin = store.users().actor("a.admin"); // 1 user.bootstrap
    store.users().add(admin, "b.officer", Role.OFFICER); // 2 user.add
    store.users().add(admin, "c.viewer", Role.VIEWER); // 3 user.add
    store
        .determinations()
        .record(
            "b.officer",
            List.of(
                entry("PO-2024-0107", "2024-03-01", Outcome.LICENSE_REQUIRED),
                entry("PO-2026-0215", "2026-02-15", Outcome.LICENSE_REQUIRED))); // 4, 5
    store
        .audit()
        .append(
            new AuditEvent(
                "b.officer",
                "hold.release",
                "tx:PO-2024-0107",
                Map.of(
                    "licence",
                    "D1234567",
                    "reason",
                    "BIS licence D1234567, rider 2 \"no re-export\"; consignee 上海云海数据中心"
                        + " checked"))); // 6
    store
        .determinations()
        .record(
            "b.officer",
            List.of(entry("PO-2025-0311", "2025-03-11", Outcome.NO_LICENSE_REQUIRED))); // 7
    store
        .audit()
        .append(
            new AuditEvent(
                "b.officer",
                "licence.draw",
                "licence:D1234567",
                Map.of("quantity", 120, "idempotencyKey", "wh-2:PO-2024-0107:L1"))); // 8
    store
        .audit()
        .append(
            new AuditEvent(
                "a.admin",
                "lists.import",
                "lists:sha256:4f1c",
                Map.of(
                    "added", List.of("US-EL-CN-0134", "CN-UEL-0266"), "removed", List.of()))); // 9
    List<AuditEntry> out = new ArrayList<>();
    store.audit().forEach(1, Long.MAX_VALUE, out::add);
    return out;
  }

  private static DeterminationLog.Entry entry(String tx, String asOf, Outcome overall) {
    Determination d =
        new Determination(
            tx,
            LocalDate.parse(asOf),
            "sha256:9a0c5e",
            "sha256:77d1b2",
            "sha256:" + Integer.toHexString(tx.hashCode()),
            Determiner.ENGINE_VERSION,
            overall,
            List.of());
    return new DeterminationLog.Entry(d, "orders/" + tx + ".yaml", "{\"id\":\"" + tx + "\"}");
  }

  /**
   * Appends entries recorded at the given instants, with hashes by the recipe, as if they had been
   * recorded then: a trail that spans several days, for range exports.
   */
  static void appendRecordedAt(Store store, List<Instant> times) {
    store
        .jdbi()
        .useTransaction(
            h -> {
              AuditTrail.ChainHead head = store.audit().head();
              long seq = head.seq();
              String prev = head.hash();
              for (Instant at : times) {
                seq++;
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("day", at.toString().substring(0, 10));
                detail.put("n", seq);
                String json = AuditTrail.canonicalJson(detail);
                String subject = "tx:PO-" + seq;
                String hash =
                    AuditEntry.hashOf(
                        seq, at.toString(), "b.officer", "hold.review", subject, json, prev);
                h.createUpdate(
                        "INSERT INTO audit_entry (seq, recorded_at, actor, action, subject,"
                            + " detail, prev_hash, hash) VALUES (:seq, :at, 'b.officer',"
                            + " 'hold.review', :subject, :detail, :prev, :hash)")
                    .bind("seq", seq)
                    .bind("at", at.toString())
                    .bind("subject", subject)
                    .bind("detail", json)
                    .bind("prev", prev)
                    .bind("hash", hash)
                    .execute();
                prev = hash;
              }
              h.createUpdate("UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = 1")
                  .bind("seq", seq)
                  .bind("hash", prev)
                  .execute();
            });
  }
}
