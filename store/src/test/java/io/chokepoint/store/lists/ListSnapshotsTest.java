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
}
