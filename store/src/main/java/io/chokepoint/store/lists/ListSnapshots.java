package io.chokepoint.store.lists;

import io.chokepoint.lists.EntryCanonicalForm;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.lists.ListSource;
import io.chokepoint.store.audit.AuditEvent;
import io.chokepoint.store.audit.AuditTrail;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The list snapshots that screening ran against, each recorded once by its content hash, with every
 * entry's id, list, name and fingerprint (one deflated block, {@link #entries}) and the delta from
 * the snapshot recorded before it. A determination names its snapshot's hash, so an auditor can see
 * which lists it was screened against and what changed between two runs.
 */
public final class ListSnapshots {
  private final Jdbi jdbi;
  private final AuditTrail audit;

  /** Creates the record over a database. */
  public ListSnapshots(Jdbi jdbi, AuditTrail audit) {
    this.jdbi = jdbi;
    this.audit = audit;
  }

  /**
   * A recorded snapshot.
   *
   * @param hash the content hash
   * @param asOf the date the lists are as of
   * @param entries how many entries
   * @param previous the hash of the snapshot recorded before it, or {@code null}
   * @param delta the delta from the previous one ({@code added}, {@code removed}, {@code changed}
   *     counts and the first ids of each), or empty
   * @param recordedAt when it was recorded
   */
  public record Recorded(
      String hash,
      java.time.LocalDate asOf,
      int entries,
      String previous,
      String delta,
      OffsetDateTime recordedAt) {}

  /**
   * Records a snapshot unless it is recorded already.
   *
   * @param actor who ran the screening
   * @return whether it was new
   */
  public boolean record(String actor, ListSnapshot snapshot) {
    if (find(snapshot.contentHash()).isPresent()) {
      return false;
    }
    return jdbi.inTransaction(h -> record(h, actor, snapshot));
  }

  private boolean record(Handle h, String actor, ListSnapshot s) {
    // The audit head lock orders concurrent recorders; the second finds the first's row.
    h.execute("SELECT seq FROM audit_head WHERE id = 1 FOR UPDATE");
    if (h.createQuery("SELECT COUNT(*) FROM list_snapshot WHERE hash = :h")
            .bind("h", s.contentHash())
            .mapTo(Long.class)
            .one()
        > 0) {
      return false;
    }
    Optional<String> previous =
        h.createQuery("SELECT hash FROM list_snapshot ORDER BY recorded_at DESC, hash LIMIT 1")
            .mapTo(String.class)
            .findOne();
    Map<String, String> now = new HashMap<>();
    for (ListEntry e : s.entries()) {
      now.put(e.id(), EntryCanonicalForm.fingerprint(e));
    }
    Map<String, Object> delta = previous.map(p -> delta(h, p, now)).orElse(null);
    h.createUpdate(
            "INSERT INTO list_snapshot (hash, as_of, entries, counts, sources, previous, delta,"
                + " recorded_at) VALUES (:hash, :asOf, :entries, :counts, :sources, :previous,"
                + " :delta, :at)")
        .bind("hash", s.contentHash())
        .bind("asOf", s.asOf())
        .bind("entries", s.entries().size())
        .bind("counts", AuditTrail.canonicalJson(s.counts()))
        .bind("sources", AuditTrail.canonicalJson(Map.of("files", sources(s))))
        .bind("previous", previous.orElse(null))
        .bind("delta", delta == null ? null : AuditTrail.canonicalJson(delta))
        .bind("at", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS))
        .execute();
    List<Entry> entries = new ArrayList<>(s.entries().size());
    for (ListEntry e : s.entries()) {
      String name = e.name().length() > 2000 ? e.name().substring(0, 2000) : e.name();
      entries.add(new Entry(e.id(), e.list(), name, now.get(e.id())));
    }
    List<byte[]> parts = SnapshotContent.parts(SnapshotContent.pack(entries));
    PreparedBatch b =
        h.prepareBatch(
            "INSERT INTO list_snapshot_part (snapshot, seq, content) VALUES (:s, :seq, :content)");
    for (int i = 0; i < parts.size(); i++) {
      b.bind("s", s.contentHash()).bind("seq", i).bind("content", parts.get(i)).add();
    }
    b.execute();
    Map<String, Object> detail = new TreeMap<>();
    detail.put("asOf", s.asOf());
    detail.put("entries", s.entries().size());
    detail.put("counts", s.counts());
    previous.ifPresent(p -> detail.put("previous", p));
    if (delta != null) {
      detail.put("added", delta.get("added"));
      detail.put("removed", delta.get("removed"));
      detail.put("changed", delta.get("changed"));
    }
    audit.append(h, new AuditEvent(actor, "lists.snapshot", "lists:" + s.contentHash(), detail));
    return true;
  }

  private static List<Map<String, Object>> sources(ListSnapshot s) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ListSource src : s.sources()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", src.path());
      m.put("format", src.format().name());
      m.put("sha256", src.sha256());
      m.put("entries", src.entries());
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> delta(Handle h, String previous, Map<String, String> now) {
    Map<String, String> before = new HashMap<>();
    entries(h, previous).forEach(e -> before.put(e.id(), e.fingerprint()));
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    now.forEach(
        (id, fp) -> {
          String was = before.get(id);
          if (was == null) {
            added.add(id);
          } else if (!was.equals(fp)) {
            changed.add(id);
          }
        });
    before.keySet().stream().filter(id -> !now.containsKey(id)).forEach(removed::add);
    Map<String, Object> d = new TreeMap<>();
    d.put("added", added.size());
    d.put("removed", removed.size());
    d.put("changed", changed.size());
    d.put("addedIds", first(added));
    d.put("removedIds", first(removed));
    d.put("changedIds", first(changed));
    return d;
  }

  private static List<String> first(List<String> ids) {
    return ids.stream().sorted().limit(100).toList();
  }

  /**
   * An entry of a recorded snapshot, as kept in the list history.
   *
   * @param id the entry's id on its list
   * @param list the list's code
   * @param name the entry's name (its first 2,000 characters)
   * @param fingerprint the SHA-256 of the entry's canonical form, which tells a changed entry
   */
  public record Entry(String id, String list, String name, String fingerprint) {}

  /**
   * The entries of a recorded snapshot, in id order; empty if no snapshot has this hash.
   *
   * @throws IllegalStateException if its stored content is damaged
   */
  public List<Entry> entries(String hash) {
    return jdbi.withHandle(h -> entries(h, hash));
  }

  private static List<Entry> entries(Handle h, String hash) {
    List<byte[]> parts =
        h.createQuery("SELECT content FROM list_snapshot_part WHERE snapshot = :s ORDER BY seq")
            .bind("s", hash)
            .map((rs, c) -> rs.getBytes(1))
            .list();
    if (!parts.isEmpty()) {
      return SnapshotContent.unpack(parts);
    }
    // recorded before the entries were kept in parts (schema version 8)
    return h.createQuery(
            "SELECT entry_id, list, name, fingerprint FROM list_snapshot_entry WHERE snapshot = :s"
                + " ORDER BY entry_id")
        .bind("s", hash)
        .map(
            (rs, c) ->
                new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  /** The snapshot with this hash, if recorded. */
  public Optional<Recorded> find(String hash) {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT + " WHERE hash = :h")
                .bind("h", hash)
                .map(ListSnapshots::recorded)
                .findOne());
  }

  /** Every recorded snapshot, oldest first. */
  public List<Recorded> all() {
    return jdbi.withHandle(
        h -> h.createQuery(SELECT + " ORDER BY recorded_at").map(ListSnapshots::recorded).list());
  }

  private static final String SELECT =
      "SELECT hash, as_of, entries, previous, delta, recorded_at FROM list_snapshot";

  private static Recorded recorded(
      java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext c)
      throws java.sql.SQLException {
    return new Recorded(
        rs.getString("hash"),
        rs.getObject("as_of", java.time.LocalDate.class),
        rs.getInt("entries"),
        rs.getString("previous"),
        rs.getString("delta"),
        rs.getObject("recorded_at", OffsetDateTime.class));
  }
}
