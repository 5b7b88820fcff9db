package io.chokepoint.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Licences and applications over HTTP on one database: licences recorded, matched against a held
 * transaction, drawn once per key, rejected with reasons, returned, adjusted and expired; a MOFCOM
 * application drafted, submitted and approved into a licence. Each with bad input and the wrong
 * role.
 */
class LicenceApiTest {
  private static ApiTestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new ApiTestServer();
    // Recorded by olga, so that the reviews and draws below are oscar's or olga's own writes.
    record("examples/h100-to-shanghai.yaml", "PO-2026-0215");
    record("examples/dy-ndfeb-magnet-to-german-carmaker.yaml", "PO-2025-0601");
    ApiTestServer.Reply added =
        server
            .as("olga")
            .post("/api/licences", ApiTestServer.example("examples/licences/h100-yunhai.yaml"));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static void record(String file, String id) throws Exception {
    for (JsonNode t : ApiTestServer.example(file).path("transactions")) {
      if (t.path("id").asText().equals(id)) {
        ApiTestServer.Reply r = server.as("olga").post("/api/transactions", t.toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("status").asText()).isEqualTo("HELD");
      }
    }
  }

  private static Map<String, Object> draw(Object quantity, String key) {
    Map<String, Object> m = new HashMap<>();
    m.put("transaction", "PO-2026-0215");
    m.put("line", "L1");
    m.put("quantity", quantity);
    m.put("key", key);
    return m;
  }

  /** An internal approval for boards, by description, from 2026-01-01. */
  private static Map<String, Object> internal(String number, String validTo) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("number", number);
    m.put("kind", "internal");
    m.put("holder", "Acme");
    m.put("items", List.of(Map.of("description", "boards")));
    m.put("validFrom", "2026-01-01");
    m.put("validTo", validTo);
    return m;
  }

  private static JsonNode matchOf(JsonNode lines, String licence) {
    for (JsonNode m : lines.path("lines").get(0).path("matches")) {
      if (m.path("licence").asText().equals(licence)) {
        return m;
      }
    }
    throw new AssertionError("no match for " + licence + " in " + lines);
  }

  @Test
  void addingLicencesIsAllOrNothingAndNeedsAnOfficer() throws Exception {
    Map<String, Object> licence = internal("X-1", "2026-12-31");
    assertThat(server.as("vera").post("/api/licences", licence).status()).isEqualTo(403);
    Map<String, Object> bad = new LinkedHashMap<>(licence);
    bad.put("colour", "red");
    ApiTestServer.Reply unknownKey =
        server.as("olga").post("/api/licences", Map.of("licences", List.of(licence, bad)));
    assertThat(unknownKey.status()).isEqualTo(400);
    assertThat(unknownKey.body()).contains("colour");
    ApiTestServer.Reply missing =
        server.as("vera").get("/api/transactions/PO-2026-0215/licence-matches");
    assertThat(missing.body()).doesNotContain("X-1");
  }

  @Test
  void matchesExplainWhichLicencesCoverALine() throws Exception {
    JsonNode m = server.as("vera").get("/api/transactions/PO-2026-0215/licence-matches").json();
    assertThat(m.path("lines").get(0).path("requiredUnder").toString()).contains("US-EAR");
    JsonNode bis = matchOf(m, "D1234567");
    assertThat(bis.path("covers").asBoolean()).isFalse();
    assertThat(bis.path("reasons").get(0).path("kind").asText()).isEqualTo("share-cap-exceeded");
    assertThat(matchOf(m, "INT-2026-007").path("covers").asBoolean()).isTrue();
    ApiTestServer.Reply noLine =
        server.as("vera").get("/api/transactions/PO-2026-0215/licence-matches?line=L9");
    assertThat(noLine.status()).isEqualTo(400);
    assertThat(noLine.field()).isEqualTo("line");
    assertThat(server.as("vera").get("/api/transactions/NOPE/licence-matches").status())
        .isEqualTo(404);
    assertThat(server.as(null).get("/api/transactions/PO-2026-0215/licence-matches").status())
        .isEqualTo(401);
  }

  @Test
  void drawOncePerKeyReturnAdjustAndExpire() throws Exception {
    assertThat(server.as("vera").post("/api/licences/INT-2026-007/draw", draw(8, "k-1")).code())
        .isEqualTo("ROLE");
    JsonNode first =
        server.as("oscar").post("/api/licences/INT-2026-007/draw", draw(8, "k-1")).json();
    assertThat(first.path("accepted").asBoolean()).as(first.toString()).isTrue();
    assertThat(first.path("request").asText()).isEqualTo("draw");
    assertThat(first.path("drawnQuantity").decimalValue()).isEqualByComparingTo("8");
    JsonNode again =
        server.as("oscar").post("/api/licences/INT-2026-007/draw", draw("8", "k-1")).json();
    assertThat(again.path("replayed").asBoolean()).isTrue();
    assertThat(again.path("entry").asLong()).isEqualTo(first.path("entry").asLong());
    assertThat(again.path("drawnQuantity").decimalValue()).isEqualByComparingTo("8");
    ApiTestServer.Reply reused =
        server.as("oscar").post("/api/licences/INT-2026-007/draw", draw(3, "k-1"));
    assertThat(reused.status()).isEqualTo(409);
    assertThat(reused.code()).isEqualTo("KEY_REUSED");

    // The share cap allows nothing before any US shipment: rejected, recorded, explained.
    ApiTestServer.Reply capped =
        server.as("oscar").post("/api/licences/D1234567/draw", draw(8, "k-2"));
    assertThat(capped.status()).isEqualTo(409);
    assertThat(capped.code()).isEqualTo("REJECTED");
    JsonNode result = capped.json().path("result");
    assertThat(result.path("accepted").asBoolean()).isFalse();
    assertThat(result.path("reasons").get(0).path("kind").asText()).isEqualTo("share-cap-exceeded");
    assertThat(result.path("drawnQuantity").decimalValue()).isEqualByComparingTo("0");

    ApiTestServer.Reply notNumber =
        server.as("oscar").post("/api/licences/INT-2026-007/draw", draw("eight", "k-3"));
    assertThat(notNumber.status()).isEqualTo(400);
    assertThat(notNumber.field()).isEqualTo("quantity");
    Map<String, Object> noKey = draw(1, "x");
    noKey.remove("key");
    assertThat(server.as("oscar").post("/api/licences/INT-2026-007/draw", noKey).field())
        .isEqualTo("key");
    Map<String, Object> badLine = draw(1, "k-4");
    badLine.put("line", "L9");
    assertThat(server.as("oscar").post("/api/licences/INT-2026-007/draw", badLine).field())
        .isEqualTo("line");
    assertThat(server.as("oscar").post("/api/licences/NOPE/draw", draw(1, "k-5")).status())
        .isEqualTo(404);

    Map<String, Object> giveBack = new HashMap<>();
    giveBack.put("entry", first.path("entry").asLong());
    giveBack.put("quantity", 2);
    assertThat(server.as("oscar").post("/api/licences/INT-2026-007/return", giveBack).field())
        .isEqualTo("reason");
    giveBack.put("reason", "two units damaged in transit");
    JsonNode returned =
        server.as("oscar").post("/api/licences/INT-2026-007/return", giveBack).json();
    assertThat(returned.path("drawnQuantity").decimalValue()).isEqualByComparingTo("6");

    assertThat(
            server
                .as("oscar")
                .post("/api/licences/INT-2026-007/adjust", Map.of("reason", "nothing"))
                .field())
        .isEqualTo("quantity");
    JsonNode adjusted =
        server
            .as("oscar")
            .post(
                "/api/licences/INT-2026-007/adjust",
                Map.of("quantity", "1", "reason", "one unit shipped outside the system"))
            .json();
    assertThat(adjusted.path("drawnQuantity").decimalValue()).isEqualByComparingTo("7");

    ApiTestServer.Reply early =
        server.as("oscar").post("/api/licences/INT-2026-007/expire", Map.of("asOf", "2026-06-01"));
    assertThat(early.status()).as(early.body()).isEqualTo(409);
    assertThat(
            server
                .as("oscar")
                .post("/api/licences/INT-2026-007/expire", Map.of("asOf", "June"))
                .field())
        .isEqualTo("asOf");
  }

  @Test
  void expiryRecordsOnlyLicencesPastTheirLastDay() throws Exception {
    Map<String, Object> shortOne = internal("EXP-1", "2026-03-31");
    assertThat(server.as("olga").post("/api/licences", shortOne).status()).isEqualTo(201);
    assertThat(server.as("vera").post("/api/licences/expire", Map.of()).code()).isEqualTo("ROLE");
    JsonNode expired =
        server.as("oscar").post("/api/licences/expire", Map.of("asOf", "2026-05-01")).json();
    assertThat(expired.path("expired")).hasSize(1);
    assertThat(expired.path("expired").get(0).path("accepted").asBoolean()).isTrue();
    assertThat(
            server
                .as("oscar")
                .post("/api/licences/EXP-1/expire", Map.of("asOf", "2026-05-02"))
                .status())
        .as("already expired")
        .isEqualTo(409);
  }

  @Test
  void aMofcomApplicationIsDraftedSubmittedAndApproved() throws Exception {
    Map<String, Object> ask = Map.of("transaction", "PO-2025-0601", "authority", "MOFCOM");
    assertThat(server.as("vera").post("/api/applications", ask).status()).isEqualTo(403);
    assertThat(
            server
                .as("olga")
                .post(
                    "/api/applications", Map.of("transaction", "PO-2025-0601", "authority", "FAA"))
                .field())
        .isEqualTo("authority");
    assertThat(
            server
                .as("olga")
                .post(
                    "/api/applications",
                    Map.of(
                        "transaction",
                        "PO-2025-0601",
                        "authority",
                        "MOFCOM",
                        "form",
                        "nac-notification"))
                .field())
        .isEqualTo("form");
    ApiTestServer.Reply drafted = server.as("olga").post("/api/applications", ask);
    assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
    JsonNode draft = drafted.json();
    assertThat(draft.path("status").asText()).isEqualTo("draft");
    assertThat(draft.path("draft").path("form").asText()).isEqualTo("mofcom-dual-use");
    assertThat(draft.path("draft").path("review").path("days").asInt()).isEqualTo(45);
    String id = draft.path("id").asText();
    List<String> missing = new ArrayList<>();
    draft.path("draft").path("missing").forEach(m -> missing.add(m.asText()));
    assertThat(missing).contains("contract.number");

    ApiTestServer.Reply early =
        server.as("olga").post("/api/applications/" + id + "/submit", Map.of("on", "2025-06-02"));
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.body()).contains("contract.number");
    Map<String, Object> set = new LinkedHashMap<>();
    missing.forEach(m -> set.put(m, "supplied"));
    JsonNode submitted =
        server
            .as("olga")
            .post("/api/applications/" + id + "/submit", Map.of("on", "2025-06-02", "set", set))
            .json();
    assertThat(submitted.path("status").asText()).isEqualTo("submitted");
    assertThat(submitted.path("deadline").asText()).isEqualTo("2025-08-04");

    ApiTestServer.Reply noNumber =
        server
            .as("olga")
            .post(
                "/api/applications/" + id + "/decide",
                Map.of("decision", "approved", "on", "2025-07-20"));
    assertThat(noNumber.field()).isEqualTo("licenceNumber");
    assertThat(
            server
                .as("olga")
                .post("/api/applications/" + id + "/decide", Map.of("decision", "maybe"))
                .field())
        .isEqualTo("decision");
    JsonNode approved =
        server
            .as("olga")
            .post(
                "/api/applications/" + id + "/decide",
                Map.of(
                    "decision",
                    "approved",
                    "on",
                    "2025-07-20",
                    "licenceNumber",
                    "MOFCOM-2025-0042",
                    "validTo",
                    "2026-07-19"))
            .json();
    assertThat(approved.path("status").asText()).isEqualTo("approved");
    assertThat(approved.path("licence").asText()).isEqualTo("MOFCOM-2025-0042");

    assertThat(server.as("vera").get("/api/applications").json().path("applications")).hasSize(1);
    assertThat(server.as("vera").get("/api/applications/" + id).json().path("status").asText())
        .isEqualTo("approved");
    assertThat(server.as("vera").get("/api/applications/999").status()).isEqualTo(404);
    assertThat(server.as(null).get("/api/applications").status()).isEqualTo(401);
  }
}
