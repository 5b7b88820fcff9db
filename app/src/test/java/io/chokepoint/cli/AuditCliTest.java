package io.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chokepoint.determine.Determination;
import io.chokepoint.determine.Determiner;
import io.chokepoint.determine.Outcome;
import io.chokepoint.review.Role;
import io.chokepoint.store.DeterminationLog;
import io.chokepoint.store.Store;
import io.chokepoint.store.audit.AuditEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chokepoint audit verify|log|export} on an embedded database under a temporary directory:
 * exit 0 for an intact chain, exit 5 naming the first broken entry after the rows are tampered
 * with, and a pack that its own {@code verify.py} checks.
 */
class AuditCliTest {
  @TempDir Path tmp;

  private Store store;

  @BeforeEach
  void writeATrail() {
    store = Store.embedded(tmp.resolve("db"));
    var admin = store.users().actor("a.admin"); // 1
    store.users().add(admin, "b.officer", Role.OFFICER); // 2
    Determination d =
        new Determination(
            "PO-2024-0107",
            LocalDate.parse("2024-03-01"),
            "sha256:9a0c",
            "sha256:77d1",
            "sha256:c3e0",
            Determiner.ENGINE_VERSION,
            Outcome.LICENSE_REQUIRED,
            List.of());
    store
        .determinations()
        .record("b.officer", List.of(new DeterminationLog.Entry(d, "po.yaml", null))); // 3
    store
        .audit()
        .append(
            new AuditEvent(
                "b.officer",
                "hold.release",
                "tx:PO-2024-0107",
                Map.of("reason", "licence D1234567, \"rider 2\" read"))); // 4
    store
        .audit()
        .append(new AuditEvent("b.officer", "licence.draw", "licence:D1234567", Map.of("n", 8)));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private CliRun audit(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of("audit"));
    all.addAll(List.of(args));
    all.addAll(List.of("--store", tmp.resolve("db").toString()));
    return CliRun.of(all.toArray(String[]::new));
  }

  @Test
  void anIntactChainVerifies() throws Exception {
    CliRun text = audit("verify");
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).startsWith("audit chain intact: 5 entries; head: entry 5 ");

    JsonNode json = audit("verify", "--format", "json").json();
    assertThat(json.get("intact").asBoolean()).isTrue();
    assertThat(json.get("entries").asLong()).isEqualTo(5);
    assertThat(json.get("head").get("hash").asText()).isEqualTo(json.get("lastHash").asText());
    assertThat(json.get("firstBroken").isNull()).isTrue();
  }

  @Test
  void aChangedRowExitsFiveNamingTheEntry() throws Exception {
    store.jdbi().useHandle(h -> h.execute("UPDATE audit_entry SET actor = 'x' WHERE seq = 4"));

    CliRun text = audit("verify");
    assertThat(text.code()).isEqualTo(Main.AUDIT_BROKEN);
    assertThat(text.out())
        .startsWith("audit chain BROKEN at entry 4 (hold.release tx:PO-2024-0107)")
        .contains("was altered");

    CliRun json = audit("verify", "--format", "json");
    assertThat(json.code()).isEqualTo(Main.AUDIT_BROKEN);
    JsonNode broken = json.json().get("firstBroken");
    assertThat(broken.get("seq").asLong()).isEqualTo(4);
    assertThat(broken.get("action").asText()).isEqualTo("hold.release");
    assertThat(broken.get("subject").asText()).isEqualTo("tx:PO-2024-0107");
    assertThat(broken.get("actor").asText()).isEqualTo("x");
  }

  @Test
  void aDeletedRowExitsFiveNamingTheMissingEntry() throws Exception {
    store.jdbi().useHandle(h -> h.execute("DELETE FROM audit_entry WHERE seq = 3"));

    CliRun text = audit("verify");
    assertThat(text.code()).isEqualTo(Main.AUDIT_BROKEN);
    assertThat(text.out()).startsWith("audit chain BROKEN at entry 3 (missing)");
    JsonNode broken = audit("verify", "--format", "json").json().get("firstBroken");
    assertThat(broken.get("seq").asLong()).isEqualTo(3);
    assertThat(broken.get("stored").asBoolean()).isFalse();
  }

  @Test
  void theLogReadsEntriesBySubject() throws Exception {
    CliRun log = audit("log", "--subject", "tx:PO-2024-0107", "--format", "json");
    assertThat(log.code()).as(log.err()).isZero();
    assertThat(log.lines()).hasSize(2);
    JsonNode first = new com.fasterxml.jackson.databind.ObjectMapper().readTree(log.lines().get(0));
    assertThat(first.get("seq").asLong()).isEqualTo(3);
    assertThat(first.get("action").asText()).isEqualTo("determination.record");
    assertThat(audit("log", "--from", "2000-01-01", "--to", "2001-01-01").out()).isEmpty();
    assertThat(audit("log").lines()).hasSize(5);
    assertThat(audit("log", "--from", "yesterday").code()).isEqualTo(Main.INVALID_INPUT);
  }

  @Test
  void anExportedPackVerifiesAndCatchesALaterRewriteOfTheHead() throws Exception {
    Path pack = tmp.resolve("pack");
    CliRun export =
        audit("export", "--from", "2000-01-01", "--to", "2999-12-31", "--out", "" + pack);
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(export.out()).contains("entries 1 to 5 (5), from the start of the chain");
    Process p =
        new ProcessBuilder("python3", pack.resolve("verify.py").toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();

    // Cut the chain back by one entry and rewrite the head to match: consistent on its own.
    store
        .jdbi()
        .useHandle(
            h -> {
              h.execute("DELETE FROM audit_entry WHERE seq = 5");
              h.execute(
                  "UPDATE audit_head SET seq = 4, hash = (SELECT hash FROM audit_entry WHERE"
                      + " seq = 4) WHERE id = 1");
            });
    assertThat(audit("verify").code()).isZero();
    CliRun against = audit("verify", "--against", pack.toString());
    assertThat(against.code()).isEqualTo(Main.AUDIT_BROKEN);
    assertThat(against.out()).contains("BROKEN at entry 5 (missing)", "the audit pack " + pack);
  }

  @Test
  void anExportOfNothingOrIntoAFullDirectoryIsRefused() {
    CliRun none =
        audit(
            "export", "--from", "2000-01-01", "--to", "2000-01-02", "--out", "" + tmp.resolve("x"));
    assertThat(none.code()).isEqualTo(Main.NOT_FOUND);
    assertThat(none.err()).contains("no audit entry was recorded");
    CliRun full = audit("export", "--from", "2000-01-01", "--to", "2999-12-31", "--out", "" + tmp);
    assertThat(full.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(full.err()).contains("new or empty directory");
    CliRun backwards =
        audit(
            "export", "--from", "2026-02-01", "--to", "2026-01-01", "--out", "" + tmp.resolve("y"));
    assertThat(backwards.code()).isEqualTo(Main.INVALID_INPUT);
  }
}
