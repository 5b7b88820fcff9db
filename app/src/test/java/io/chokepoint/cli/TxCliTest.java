package io.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record-keeping commands end to end on an embedded database: tx add holds what needs a
 * licence, review enforces the role and four-eyes rules, replay reproduces the answer byte for
 * byte, and invalid input changes nothing.
 */
class TxCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXAMPLE =
      CliRun.projectRoot().resolve("examples/h100-to-shanghai.yaml").toString();

  @TempDir Path tmp;

  private CliRun as(String user, String... args) {
    List<String> all = new ArrayList<>(List.of("--user", user));
    all.addAll(List.of(args));
    all.addAll(List.of("--store", tmp.resolve("db").toString()));
    return CliRun.of(all.toArray(String[]::new));
  }

  private static JsonNode line(CliRun r, int i) throws Exception {
    return JSON.readTree(r.lines().get(i));
  }

  @Test
  void addHoldsReviewReleasesAndReplayReproduces() throws Exception {
    CliRun add = as("alice", "tx", "add", EXAMPLE, "--no-screening");
    assertThat(add.code()).as(add.err()).isZero();
    assertThat(add.lines()).hasSize(2);
    assertThat(line(add, 0).path("status").asText()).isEqualTo("HELD");
    assertThat(line(add, 0).path("change").asText()).isEqualTo("NEW");
    assertThat(line(add, 0).path("submittedBy").asText()).isEqualTo("alice");

    CliRun again = as("alice", "tx", "add", EXAMPLE, "--no-screening");
    assertThat(line(again, 0).path("change").asText()).isEqualTo("UNCHANGED");

    assertThat(as("alice", "users", "add", "bob", "--role", "officer").code()).isZero();
    assertThat(as("alice", "users", "add", "vera", "--role", "viewer").code()).isZero();
    CliRun byBob = as("bob", "users", "add", "eve", "--role", "admin");
    assertThat(byBob.code()).isEqualTo(3);
    assertThat(byBob.err()).contains("refused (ROLE)");

    CliRun own = as("alice", "review", "reject", "PO-2024-0107", "--reason", "no");
    assertThat(own.code()).isEqualTo(3);
    assertThat(own.err()).contains("FOUR_EYES");
    CliRun viewer = as("vera", "review", "reject", "PO-2024-0107", "--reason", "no");
    assertThat(viewer.err()).contains("refused (ROLE)");
    CliRun stranger = as("mallory", "review", "reject", "PO-2024-0107", "--reason", "no");
    assertThat(stranger.code()).isEqualTo(3);
    assertThat(stranger.err()).contains("not registered");
    CliRun uncovered =
        as("bob", "review", "release", "PO-2024-0107", "--exception", "NAC", "--reason", "ok");
    assertThat(uncovered.code()).isEqualTo(3);
    assertThat(uncovered.err()).contains("US-EAR is LICENSE_REQUIRED");

    CliRun ask =
        as(
            "bob",
            "review",
            "ask",
            "PO-2024-0107",
            "--fact",
            "endUse.logicNodeNm",
            "--reason",
            "need the node");
    assertThat(ask.code()).as(ask.err()).isZero();
    CliRun queue = as("bob", "review", "queue");
    assertThat(queue.lines()).hasSize(2);
    assertThat(queue.out()).contains("AWAITING_FACTS");
    CliRun reject = as("bob", "review", "reject", "PO-2026-0215", "--reason", "policy");
    assertThat(reject.code()).as(reject.err()).isZero();

    CliRun show = as("vera", "tx", "show", "PO-2026-0215");
    JsonNode s = show.json();
    assertThat(s.path("status").asText()).isEqualTo("REJECTED");
    assertThat(s.path("reviews").get(0).path("reviewer").asText()).isEqualTo("bob");

    CliRun replay = as("vera", "replay", "PO-2024-0107", "--no-screening");
    assertThat(replay.code()).as(replay.err()).isZero();
    assertThat(replay.json().path("identical").asBoolean()).isTrue();

    CliRun verify = as("vera", "audit", "verify");
    assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
  }

  @Test
  void aReleaseUnderALicenceDrawsItDownInTheSameTransaction() throws Exception {
    String root = CliRun.projectRoot().toString();
    assertThat(as("alice", "tx", "add", EXAMPLE, "--no-screening").code()).isZero();
    assertThat(as("alice", "users", "add", "bob", "--role", "officer").code()).isZero();
    assertThat(as("alice", "licence", "add", root + "/examples/licences/h100-yunhai.yaml").code())
        .isZero();
    CliRun capped =
        as("bob", "review", "release", "PO-2026-0215", "--licence", "D1234567", "--reason", "ok");
    assertThat(capped.code()).isEqualTo(3);
    assertThat(capped.err()).contains("cn-half-of-us").contains("0.5 x 0 = 0");
    assertThat(as("bob", "licence", "show", "D1234567").json().path("balance").toString())
        .contains("\"drawn\":0");

    CliRun us =
        as("alice", "tx", "add", root + "/examples/us-customer-shipments.yaml", "--no-screening");
    assertThat(line(us, 0).path("status").asText()).isEqualTo("CLEARED");
    CliRun released =
        as("bob", "review", "release", "PO-2026-0215", "--licence", "D1234567", "--reason", "ok");
    assertThat(released.code()).as(released.err()).isZero();
    assertThat(released.json().path("covers").get(0).asText())
        .isEqualTo("US-EAR: LICENCE D1234567");
    JsonNode quantity = as("bob", "licence", "show", "D1234567").json().path("balance");
    assertThat(quantity.path("quantity").path("drawn").asInt()).isEqualTo(8);
    assertThat(quantity.path("quantity").path("left").asInt()).isEqualTo(92);
    CliRun twice =
        as("bob", "review", "release", "PO-2026-0215", "--licence", "D1234567", "--reason", "ok");
    assertThat(twice.code()).isEqualTo(3);
    assertThat(
            as("bob", "licence", "show", "D1234567")
                .json()
                .path("balance")
                .path("quantity")
                .path("drawn")
                .asInt())
        .as("a second release draws nothing")
        .isEqualTo(8);
    CliRun late = as("bob", "application", "draft", "PO-2026-0215", "--authority", "BIS");
    assertThat(late.code()).isEqualTo(3);
    assertThat(late.err()).contains("released: applications are drafted for held transactions");
    CliRun draft = as("bob", "application", "draft", "PO-2024-0107", "--authority", "BIS");
    assertThat(draft.code()).as(draft.err()).isZero();
    assertThat(as("bob", "audit", "verify").code()).isZero();
  }

  @Test
  void invalidInputChangesNothingAndNamesTheField() throws Exception {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(
        bad,
        Files.readString(Path.of(EXAMPLE))
            .replace("route: {from: US, to: CN}", "route: {from: US}"));
    CliRun add = as("alice", "tx", "add", EXAMPLE, bad.toString(), "--no-screening");
    assertThat(add.code()).isEqualTo(2);
    assertThat(add.err()).contains("bad.yaml").contains("to");
    assertThat(as("alice", "tx", "list").out()).isEmpty();
    CliRun status = as("alice", "tx", "list", "--status", "frozen");
    assertThat(status.code()).isEqualTo(2);
    assertThat(status.err()).contains("--status");
    CliRun missing = as("alice", "tx", "show", "NOPE");
    assertThat(missing.code()).isEqualTo(4);
  }
}
