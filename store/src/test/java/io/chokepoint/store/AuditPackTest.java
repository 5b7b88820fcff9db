package io.chokepoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.determine.Determiner;
import io.chokepoint.store.audit.AuditEntry;
import io.chokepoint.store.audit.AuditPack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Audit packs, checked the way an auditor checks them: by the pack's own {@code verify.py} under
 * Python 3, without Chokepoint. An intact pack passes; a byte changed in either file fails and the
 * entry is named.
 */
class AuditPackTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant EVER_FROM = Instant.parse("2000-01-01T00:00:00Z");
  private static final Instant EVER_TO = Instant.parse("2999-12-31T23:59:59Z");

  @TempDir Path tmp;

  static List<TestDatabases.Database> databases() {
    return TestDatabases.all();
  }

  /** What {@code python3 verify.py ARGS} printed and its exit code. */
  record Python(int code, String out) {}

  static Python verifyPy(Path pack, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("python3", "verify.py"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(pack.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Python(p.waitFor(), out);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aWholeTrailExportsToAPackThatVerifiesWithoutChokepoint(TestDatabases.Database db)
      throws Exception {
    try (Store store = db.fresh()) {
      List<AuditEntry> written = AuditTrails.realistic(store);
      Path dir = tmp.resolve("pack");

      AuditPack pack =
          AuditPack.export(store.audit(), EVER_FROM, EVER_TO, dir, Determiner.ENGINE_VERSION);

      assertThat(pack.entries()).isEqualTo(written.size());
      assertThat(pack.startsAtGenesis()).isTrue();
      assertThat(pack.anchor()).isEqualTo(AuditEntry.GENESIS);
      assertThat(pack.lastHash()).isEqualTo(written.get(written.size() - 1).hash());
      assertThat(pack.headHash()).isEqualTo(pack.lastHash());
      assertThat(pack.chainIntact()).isTrue();
      assertThat(AuditPack.read(dir)).isEqualTo(pack);
      JsonNode entries = JSON.readTree(dir.resolve("entries.json").toFile());
      assertThat(entries).hasSize(written.size());
      for (int i = 0; i < written.size(); i++) {
        assertThat(entries.get(i))
            .isEqualTo(JSON.readTree(JSON.writeValueAsString(written.get(i).fields())));
      }
      List<String> csv = Files.readAllLines(dir.resolve("entries.csv"));
      assertThat(csv.get(0)).isEqualTo("seq,recordedAt,actor,action,subject,detail,prevHash,hash");
      assertThat(csv.get(6))
          .as("a detail with quotes, commas and Chinese text, quoted by RFC 4180")
          .contains("hold.release", "\\\"\"no re-export\\\"\"", "上海云海数据中心");

      Python ok = verifyPy(dir);
      assertThat(ok.code()).as(ok.out()).isZero();
      assertThat(ok.out()).startsWith("OK: entries 1 to 9 (9) check out");
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aRangeExportStartsMidChainAndIsAnchoredToTheEntryBefore(TestDatabases.Database db)
      throws Exception {
    try (Store store = db.fresh()) {
      AuditTrails.appendRecordedAt(
          store,
          List.of(
              Instant.parse("2026-03-01T09:00:00Z"),
              Instant.parse("2026-03-01T17:30:00.250Z"),
              Instant.parse("2026-03-02T08:00:00Z"),
              Instant.parse("2026-03-02T23:59:59.999Z"),
              Instant.parse("2026-03-03T00:00:00Z")));
      String secondHash = store.audit().about("tx:PO-2").get(0).hash();
      Path dir = tmp.resolve("march-2");

      AuditPack pack =
          AuditPack.export(
              store.audit(),
              Instant.parse("2026-03-02T00:00:00Z"),
              Instant.parse("2026-03-02T23:59:59.999Z"),
              dir,
              Determiner.ENGINE_VERSION);

      assertThat(pack.firstSeq()).isEqualTo(3);
      assertThat(pack.lastSeq()).isEqualTo(4);
      assertThat(pack.startsAtGenesis()).isFalse();
      assertThat(pack.anchor()).isEqualTo(secondHash);
      assertThat(pack.headSeq()).isEqualTo(5);
      JsonNode manifest = JSON.readTree(dir.resolve("manifest.json").toFile());
      assertThat(manifest.get("anchorNote").asText()).contains("starts mid-chain at entry 3");
      assertThat(verifyPy(dir).code()).isZero();
      assertThat(verifyPy(dir, "--anchor", secondHash).code()).isZero();
      Python wrongAnchor = verifyPy(dir, "--anchor", AuditEntry.GENESIS);
      assertThat(wrongAnchor.code()).isEqualTo(1);
      assertThat(wrongAnchor.out()).contains("the pack's anchor is " + secondHash);
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aByteChangedInThePackIsFoundAndTheEntryNamed(TestDatabases.Database db) throws Exception {
    try (Store store = db.fresh()) {
      AuditTrails.realistic(store);
      Path json = tmp.resolve("json");
      Path csv = tmp.resolve("csv");
      AuditPack.export(store.audit(), EVER_FROM, EVER_TO, json, Determiner.ENGINE_VERSION);
      AuditPack.export(store.audit(), EVER_FROM, EVER_TO, csv, Determiner.ENGINE_VERSION);

      // One byte: the quantity drawn in entry 8's detail goes from 120 to 920.
      replaceOnce(json.resolve("entries.json"), "120}", "920}", "licence.draw");
      replaceOnce(csv.resolve("entries.csv"), "b.officer", "c.officer", "hold.release");

      Python j = verifyPy(json);
      assertThat(j.code()).as(j.out()).isEqualTo(1);
      assertThat(j.out())
          .contains("FAILED")
          .contains("entries.json: SHA-256 is")
          .contains("entries.json: entry 8 (licence.draw licence:D1234567 by b.officer")
          .contains("was altered")
          .doesNotContain("entries.csv: entry");
      Python c = verifyPy(csv);
      assertThat(c.code()).as(c.out()).isEqualTo(1);
      assertThat(c.out())
          .contains("entries.csv: entry 6 (hold.release tx:PO-2024-0107 by c.officer")
          .contains("was altered");
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void anEntryRemovedFromThePackIsNamed(TestDatabases.Database db) throws Exception {
    try (Store store = db.fresh()) {
      AuditTrails.realistic(store);
      Path dir = tmp.resolve("pack");
      AuditPack.export(store.audit(), EVER_FROM, EVER_TO, dir, Determiner.ENGINE_VERSION);
      Path file = dir.resolve("entries.json");
      List<String> lines = new ArrayList<>(Files.readAllLines(file));
      lines.remove(5); // entry 5: line 1 is the opening bracket

      Files.write(file, lines);

      Python p = verifyPy(dir);
      assertThat(p.code()).isEqualTo(1);
      assertThat(p.out()).contains("entries.json: entry 5 is missing or out of place");
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void anEmptyRangeOrAFullDirectoryIsRefused(TestDatabases.Database db) throws Exception {
    try (Store store = db.fresh()) {
      AuditTrails.realistic(store);
      Instant past = Instant.parse("2001-01-01T00:00:00Z");
      assertThatThrownBy(
              () -> AuditPack.export(store.audit(), EVER_FROM, past, tmp.resolve("none"), "test"))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("no audit entry was recorded");
      Files.writeString(Files.createDirectories(tmp.resolve("full")).resolve("x.txt"), "x");
      assertThatThrownBy(
              () -> AuditPack.export(store.audit(), EVER_FROM, EVER_TO, tmp.resolve("full"), "t"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is not empty");
    }
  }

  private static void replaceOnce(Path file, String from, String to, String onLineWith)
      throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    int hits = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(onLineWith) && lines.get(i).contains(from)) {
        lines.set(i, lines.get(i).replaceFirst(java.util.regex.Pattern.quote(from), to));
        hits++;
      }
    }
    assertThat(hits).as("lines changed in " + file).isEqualTo(1);
    // Keep the file's line ends: CRLF for the CSV.
    String sep = file.toString().endsWith(".csv") ? "\r\n" : "\n";
    Files.writeString(file, String.join(sep, lines) + sep, StandardCharsets.UTF_8);
  }
}
