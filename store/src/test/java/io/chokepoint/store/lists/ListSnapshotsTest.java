package io.chokepoint.store.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.lists.EntryKind;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.store.Store;
import io.chokepoint.store.TestDatabases;
import io.chokepoint.store.audit.AuditEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each list snapshot is recorded once, with its delta from the one recorded before it. */
class ListSnapshotsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<TestDatabases.Database> databases() {
    return TestDatabases.all();
  }

  private static ListEntry entry(String id, String name) {
    return new ListEntry(
        id,
        "US-EL",
        EntryKind.ENTITY,
        name,
        List.of(),
        List.of("CN"),
        List.of(),
        List.of(),
        null,
        null,
        null,
        Map.of(),
        null);
  }

  private static ListSnapshot snapshot(LocalDate asOf, ListEntry... entries) {
    return ListSnapshot.of(List.of(entries), asOf, List.of());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aSnapshotIsRecordedOnceWithItsDelta(TestDatabases.Database db) throws Exception {
    try (Store store = db.fresh()) {
      ListSnapshot first =
          snapshot(LocalDate.of(2024, 11, 1), entry("E1", "Alpha Tech"), entry("E2", "Beta Chips"));
      ListSnapshot second =
          snapshot(
              LocalDate.of(2024, 12, 2),
              entry("E1", "Alpha Tech"),
              entry("E2", "Beta Chips Co."),
              entry("E3", "Gamma Semi"));
      assertThat(store.listSnapshots().record("ann", first)).isTrue();
      assertThat(store.listSnapshots().record("ann", first)).as("recorded once").isFalse();
      assertThat(store.listSnapshots().record("ann", second)).isTrue();
      List<ListSnapshots.Recorded> all = store.listSnapshots().all();
      assertThat(all)
          .extracting(ListSnapshots.Recorded::hash)
          .containsExactly(first.contentHash(), second.contentHash());
      assertThat(all.get(0).delta()).isNull();
      JsonNode delta = JSON.readTree(all.get(1).delta());
      assertThat(all.get(1).previous()).isEqualTo(first.contentHash());
      assertThat(delta.path("added").asInt()).isEqualTo(1);
      assertThat(delta.path("changed").asInt()).isEqualTo(1);
      assertThat(delta.path("removed").asInt()).isZero();
      assertThat(delta.path("addedIds").get(0).asText()).isEqualTo("E3");
      assertThat(delta.path("changedIds").get(0).asText()).isEqualTo("E2");
      assertThat(store.audit().about("lists:" + second.contentHash()))
          .extracting(AuditEntry::action)
          .containsExactly("lists.snapshot");
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void theEntriesComeBackInIdOrderWithTheirFingerprints(TestDatabases.Database db) {
    try (Store store = db.fresh()) {
      List<ListEntry> many = new java.util.ArrayList<>();
      // enough, with names long enough, for the deflated block to take more than one part
      java.util.Random random = new java.util.Random(7);
      for (int i = 0; i < 4000; i++) {
        StringBuilder name = new StringBuilder("Entity " + i + " ");
        while (name.length() < 1000) {
          name.append((char) ('a' + random.nextInt(26)));
        }
        name.append("长城").append("x".repeat(i % 3 == 0 ? 1500 : 0));
        many.add(entry(String.format("E%05d", 3999 - i), name.toString()));
      }
      ListSnapshot s = ListSnapshot.of(many, LocalDate.of(2025, 1, 1), List.of());
      store.listSnapshots().record("ann", s);
      int parts =
          store
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT COUNT(*) FROM list_snapshot_part WHERE snapshot = :s")
                          .bind("s", s.contentHash())
                          .mapTo(Integer.class)
                          .one());
      assertThat(parts)
          .as("kept in parts of at most %,d bytes", SnapshotContent.PART)
          .isGreaterThan(1);

      List<ListSnapshots.Entry> back = store.listSnapshots().entries(s.contentHash());
      assertThat(back).hasSize(4000);
      assertThat(back).extracting(ListSnapshots.Entry::id).isSorted();
      ListSnapshots.Entry first = back.get(0);
      ListEntry original = many.get(3999);
      assertThat(first.id()).isEqualTo("E00000").isEqualTo(original.id());
      assertThat(first.list()).isEqualTo("US-EL");
      assertThat(first.name()).isEqualTo(original.name().substring(0, 2000)).contains("长城");
      assertThat(first.fingerprint())
          .isEqualTo(io.chokepoint.lists.EntryCanonicalForm.fingerprint(original));
      assertThat(store.listSnapshots().entries("sha256:none")).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aDeltaFromASnapshotRecordedRowByRowBeforeVersion8(TestDatabases.Database db)
      throws Exception {
    try (Store store = db.fresh()) {
      ListEntry alpha = entry("E1", "Alpha Tech");
      store
          .jdbi()
          .useHandle(
              h -> {
                h.execute(
                    "INSERT INTO list_snapshot (hash, as_of, entries, counts, sources, recorded_at)"
                        + " VALUES ('sha256:old', DATE '2024-11-01', 2, '{}', '{}',"
                        + " TIMESTAMP WITH TIME ZONE '2024-11-01 00:00:00+00')");
                h.createUpdate(
                        "INSERT INTO list_snapshot_entry (snapshot, entry_id, list, name,"
                            + " fingerprint) VALUES ('sha256:old', :id, 'US-EL', :name, :fp)")
                    .bind("id", "E1")
                    .bind("name", "Alpha Tech")
                    .bind("fp", io.chokepoint.lists.EntryCanonicalForm.fingerprint(alpha))
                    .execute();
                h.execute(
                    "INSERT INTO list_snapshot_entry (snapshot, entry_id, list, name, fingerprint)"
                        + " VALUES ('sha256:old', 'E2', 'US-EL', 'Beta Chips', 'gone')");
              });
      assertThat(store.listSnapshots().entries("sha256:old"))
          .extracting(ListSnapshots.Entry::id)
          .containsExactly("E1", "E2");

      ListSnapshot now = snapshot(LocalDate.of(2024, 12, 2), alpha, entry("E3", "Gamma Semi"));
      store.listSnapshots().record("ann", now);
      ListSnapshots.Recorded recorded = store.listSnapshots().find(now.contentHash()).orElseThrow();
      assertThat(recorded.previous()).isEqualTo("sha256:old");
      JsonNode delta = JSON.readTree(recorded.delta());
      assertThat(delta.path("added").asInt()).isEqualTo(1);
      assertThat(delta.path("removed").asInt()).isEqualTo(1);
      assertThat(delta.path("changed").asInt()).isZero();
      assertThat(delta.path("removedIds").get(0).asText()).isEqualTo("E2");
    }
  }
}
