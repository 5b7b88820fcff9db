package io.chokepoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.determine.Determination;
import io.chokepoint.determine.DeterminationJson;
import io.chokepoint.determine.Determiner;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.testing.ProjectFiles;
import io.chokepoint.transaction.Transaction;
import io.chokepoint.transaction.TransactionReader;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The determination log on a real embedded H2 file database: batches are recorded whole or not at
 * all, read back byte for byte, and survive reopening.
 */
class DeterminationLogTest {
  private static final String EXAMPLE = "examples/h100-to-shanghai.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The two determinations of the shipped example, one per transaction. */
  private static List<DeterminationLog.Entry> entries;

  @TempDir Path dir;

  @BeforeAll
  static void determineTheExample() {
    RuleBook book = RuleBookLoader.load(ProjectFiles.regulations());
    Determiner determiner = new Determiner(book);
    List<Transaction> txs =
        new TransactionReader(ProjectFiles.catalogue(), book.declaredFacts())
            .read(ProjectFiles.root().resolve(EXAMPLE), EXAMPLE);
    entries =
        txs.stream()
            .map(t -> new DeterminationLog.Entry(determiner.determine(t, null), EXAMPLE, t.input()))
            .toList();
    assertThat(entries).hasSize(2);
  }

  @Test
  void aRecordedBatchReadsBackWithTheSameBodyAndHashes() throws Exception {
    DeterminationLog log = Store.embedded(dir).determinations();

    List<Long> ids = log.record("tester", entries);

    assertThat(ids).hasSize(2).doesNotHaveDuplicates().isSorted();
    assertThat(log.count()).isEqualTo(2);
    for (int i = 0; i < entries.size(); i++) {
      Determination d = entries.get(i).determination();
      RecordedDetermination r = log.forTransaction(d.transaction()).get(0);
      assertThat(log.forTransaction(d.transaction())).hasSize(1);
      assertThat(r.id()).isEqualTo(ids.get(i));
      assertThat(r.transactionId()).isEqualTo(d.transaction());
      assertThat(r.asOf()).isEqualTo(d.asOf());
      assertThat(r.overall()).isEqualTo(d.overall().name());
      assertThat(r.rulebookHash()).isEqualTo(d.rulebook()).startsWith("sha256:");
      assertThat(r.listsHash()).isEqualTo(d.lists());
      assertThat(r.inputHash()).isEqualTo(d.input());
      assertThat(r.engine()).isEqualTo(Determiner.ENGINE_VERSION);
      assertThat(r.sourceFile()).isEqualTo(EXAMPLE);
      assertThat(r.recordedAt()).isNotNull();
      assertThat(r.body()).isEqualTo(DeterminationJson.toLine(d));
      JsonNode body = JSON.readTree(r.body());
      assertThat(body.get("transaction").asText()).isEqualTo(d.transaction());
      assertThat(body.get("regimes")).hasSize(2);
    }
    assertThat(log.forTransaction("PO-2024-0107").get(0).asOf()).hasToString("2024-03-01");
    assertThat(log.forTransaction("no such transaction")).isEmpty();
  }

  @Test
  void aBatchThatFailsPartWayRecordsNothing() {
    DeterminationLog log = Store.embedded(dir).determinations();
    Determination d = entries.get(0).determination();
    Determination tooLong =
        new Determination(
            "X".repeat(201),
            d.asOf(),
            d.rulebook(),
            d.lists(),
            d.input(),
            d.engine(),
            d.overall(),
            d.regimes());
    List<DeterminationLog.Entry> batch =
        List.of(entries.get(0), entries.get(1), new DeterminationLog.Entry(tooLong, EXAMPLE, null));

    Throwable t = catchThrowable(() -> log.record("tester", batch));

    assertThat(t)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot record 3 determinations");
    assertThat(log.count()).isZero();
    assertThat(log.forTransaction(d.transaction())).isEmpty();
    assertThat(log.record("tester", entries)).as("the store still works").hasSize(2);
    assertThat(log.count()).isEqualTo(2);
  }

  @Test
  void aTransactionIdOfTheColumnLengthFits() {
    Determination d = entries.get(0).determination();
    String id = "Y".repeat(200);
    Determination longest =
        new Determination(
            id, d.asOf(), d.rulebook(), d.lists(), d.input(), d.engine(), d.overall(), d.regimes());

    Store.embedded(dir)
        .determinations()
        .record("tester", List.of(new DeterminationLog.Entry(longest, null, null)));

    assertThat(Store.embedded(dir).determinations().forTransaction(id))
        .singleElement()
        .satisfies(r -> assertThat(r.sourceFile()).isNull());
  }

  @Test
  void reopeningTheDirectoryKeepsTheRowsAndMigratesOnce() {
    List<Long> first = Store.embedded(dir).determinations().record("tester", entries);

    Store reopened = Store.embedded(dir);
    List<Long> second = reopened.determinations().record("tester", entries.subList(0, 1));

    assertThat(reopened.determinations().count()).isEqualTo(3);
    assertThat(second.get(0)).isGreaterThan(first.get(1));
    String tx = entries.get(0).determination().transaction();
    assertThat(reopened.determinations().forTransaction(tx))
        .extracting(RecordedDetermination::id)
        .containsExactly(first.get(0), second.get(0));
    List<String> migrations =
        Jdbi.create(reopened.url(), "sa", "")
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT version FROM flyway_schema_history"
                                + " WHERE version IS NOT NULL AND success ORDER BY installed_rank")
                        .mapTo(String.class)
                        .list());
    assertThat(migrations)
        .as("each migration applied once, not again on reopening")
        .containsExactlyElementsOf(MigrationFiles.versions());
  }
}
