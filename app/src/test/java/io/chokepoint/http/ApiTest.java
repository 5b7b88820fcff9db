package io.chokepoint.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API's system, screening, check and transaction endpoints against a real server: success, bad
 * input and the wrong role for each, and the role rules on every declared endpoint.
 */
class ApiTest {
  private static ApiTestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new ApiTestServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String example(String file) throws Exception {
    // The YAML examples as JSON: the API takes JSON bodies.
    var yaml =
        new com.fasterxml.jackson.databind.ObjectMapper(
            new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
    return yaml.readTree(Files.readString(ApiTestServer.projectRoot().resolve(file))).toString();
  }

  @Test
  void everyProtectedEndpointWantsATokenAndItsRole() throws Exception {
    for (Endpoint e : server.server.api().endpoints()) {
      if (e.role() == null) {
        continue;
      }
      String path = e.path().replaceAll("\\{[^}]+}", "X");
      ApiTestServer.Reply none =
          e.method().equals("GET") ? server.as(null).get(path) : server.as(null).post(path, "{}");
      assertThat(none.status()).as(e.method() + " " + e.path()).isEqualTo(401);
      assertThat(none.code()).isEqualTo("UNAUTHENTICATED");
      if (e.role() != io.chokepoint.review.Role.VIEWER) {
        ApiTestServer.Reply viewer =
            e.method().equals("GET")
                ? server.as("vera").get(path)
                : server.as("vera").post(path, "{}");
        assertThat(viewer.status()).as(e.method() + " " + e.path()).isEqualTo(403);
        assertThat(viewer.code()).isEqualTo("ROLE");
      }
    }
  }

  @Test
  void healthReadinessMetricsAndTheDocument() throws Exception {
    assertThat(server.as(null).get("/health").json().path("status").asText()).isEqualTo("UP");
    JsonNode ready = server.as(null).get("/ready").json();
    assertThat(ready.path("rulebook").asText()).startsWith("sha256:");
    assertThat(ready.path("listEntries").asInt()).isGreaterThan(10_000);
    server.as("vera").get("/api/me");
    assertThat(server.as(null).get("/metrics").body()).contains("chokepoint_http_requests");
    JsonNode doc = server.as(null).get("/openapi.json").json();
    for (Endpoint e : server.server.api().endpoints()) {
      assertThat(doc.path("paths").path(e.path()).has(e.method().toLowerCase()))
          .as("%s %s is in the document", e.method(), e.path())
          .isTrue();
    }
    assertThat(
            doc.at("/paths/~1api~1audit~1export/post/responses/200/content").has("application/zip"))
        .isTrue();
    assertThat(doc.at("/paths/~1api~1licences/post/responses").has("201")).isTrue();
    assertThat(doc.at("/paths/~1api~1screen/post/responses/200/content").has("application/json"))
        .isTrue();
    assertThat(server.as(null).get("/api/nothing-here").status()).isEqualTo(404);
  }

  @Test
  void screenOneNameAndABatch() throws Exception {
    JsonNode one = server.as("vera").post("/api/screen", Map.of("name", "华为技术有限公司")).json();
    assertThat(one.path("matches").get(0).path("list").asText()).isEqualTo("US-EL");
    JsonNode batch =
        server
            .as("vera")
            .post(
                "/api/screen/batch",
                Map.of("names", List.of(Map.of("id", "C1", "name", "Huawei Technologies"))))
            .json();
    assertThat(batch.path("results").get(0).path("id").asText()).isEqualTo("C1");
    ApiTestServer.Reply bad = server.as("vera").post("/api/screen", Map.of("country", "CN"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.field()).isEqualTo("name");
    ApiTestServer.Reply notJson = server.as("vera").post("/api/screen", "{\"name\": ");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.code()).isEqualTo("BAD_JSON");
    ApiTestServer.Reply badItem =
        server.as("vera").post("/api/screen/batch", Map.of("names", List.of(Map.of("x", 1))));
    assertThat(badItem.field()).isEqualTo("names[0].name");
    ApiTestServer.Reply tooBig =
        server.as("vera").post("/api/screen", "{\"name\":\"" + "a".repeat(5_000_000) + "\"}");
    assertThat(tooBig.status()).isEqualTo(413);
  }

  @Test
  void aClearedMatchStopsCountingInDeterminations() throws Exception {
    String body = example("examples/screened-parties.yaml");
    String scr1 =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(body)
            .path("transactions")
            .get(0)
            .toString();
    assertThat(bandOf(server.as("vera").post("/api/check", scr1).json(), "US-EL-CN-0013"))
        .isEqualTo("HIT");

    Map<String, Object> clear =
        Map.of(
            "name", "HUAWEI TECH CO LTD",
            "country", "CN",
            "entry", "US-EL-CN-0013",
            "reason", "customer is Huawei Technologies Co., not the investment arm");
    assertThat(server.as("vera").post("/api/screen/cleared", clear).status()).isEqualTo(403);
    ApiTestServer.Reply noReason =
        server
            .as("olga")
            .post("/api/screen/cleared", Map.of("name", "X", "entry", "US-EL-CN-0013"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.field()).isEqualTo("reason");
    ApiTestServer.Reply badCountry =
        server
            .as("olga")
            .post(
                "/api/screen/cleared",
                Map.of("name", "X", "country", "China", "entry", "US-EL-CN-0013", "reason", "r"));
    assertThat(badCountry.field()).isEqualTo("country");
    ApiTestServer.Reply noEntry =
        server
            .as("olga")
            .post("/api/screen/cleared", Map.of("name", "X", "entry", "NO-SUCH", "reason", "r"));
    assertThat(noEntry.status()).isEqualTo(404);
    assertThat(noEntry.field()).isEqualTo("entry");

    ApiTestServer.Reply cleared = server.as("olga").post("/api/screen/cleared", clear);
    assertThat(cleared.status()).isEqualTo(201);
    assertThat(cleared.json().path("reviewer").asText()).isEqualTo("olga");
    assertThat(server.as("vera").get("/api/screen/cleared").json().toString())
        .contains("US-EL-CN-0013");
    JsonNode after = server.as("vera").post("/api/check", scr1).json();
    assertThat(bandOf(after, "US-EL-CN-0013")).isEqualTo("CLEARED");
    assertThat(bandOf(after, "US-EL-CN-0001")).isEqualTo("HIT");
  }

  private static String bandOf(JsonNode determination, String entity) {
    for (JsonNode party : determination.path("screening")) {
      for (JsonNode m : party.path("matches")) {
        if (m.path("entityId").asText().equals(entity)) {
          return m.path("band").asText();
        }
      }
    }
    return null;
  }

  @Test
  void checkDeterminesWithoutRecording() throws Exception {
    String body = example("examples/h100-to-shanghai.yaml");
    // The example file holds two transactions; the API takes one.
    ApiTestServer.Reply two = server.as("vera").post("/api/check", body);
    assertThat(two.status()).isEqualTo(400);
    assertThat(two.field()).isEqualTo("transactions");
    JsonNode tx = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
    String first = tx.path("transactions").get(0).toString();
    JsonNode d = server.as("vera").post("/api/check", first).json();
    assertThat(d.path("overall").asText()).isEqualTo("LICENSE_REQUIRED");
    assertThat(d.path("transaction").asText()).isEqualTo("PO-2024-0107");
    ApiTestServer.Reply invalid =
        server.as("vera").post("/api/check", first.replace("\"to\":\"CN\"", "\"to\":\"XX\""));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.code()).isEqualTo("INVALID_INPUT");
    assertThat(invalid.body()).contains("route");
    ApiTestServer.Reply badDate = server.as("vera").post("/api/check?asOf=tomorrow", first);
    assertThat(badDate.field()).isEqualTo("asOf");
    assertThat(server.as("vera").get("/api/transactions").json()).isEmpty();
  }

  @Test
  void checkTakesTheTransactionAsYamlToo() throws Exception {
    JsonNode tx =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(example("examples/h100-to-shanghai.yaml"))
            .path("transactions")
            .get(0);
    String yaml =
        new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
            .writeValueAsString(tx);
    assertThat(yaml).doesNotStartWith("{");
    ApiTestServer.Reply d = server.as("vera").postYaml("/api/check", yaml);
    assertThat(d.status()).as(d.body()).isEqualTo(200);
    assertThat(d.json().path("overall").asText()).isEqualTo("LICENSE_REQUIRED");
    assertThat(d.json().path("transaction").asText()).isEqualTo("PO-2024-0107");
    ApiTestServer.Reply bad = server.as("vera").postYaml("/api/check", "id: [unclosed\n");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.code()).isEqualTo("BAD_YAML");
    assertThat(bad.field()).startsWith("line ");
    ApiTestServer.Reply empty = server.as("vera").postYaml("/api/check", "");
    assertThat(empty.code()).isEqualTo("BAD_YAML");
    ApiTestServer.Reply viewerOnly = server.as("vera").postYaml("/api/transactions", yaml);
    assertThat(viewerOnly.status()).isEqualTo(403);
  }

  @Test
  void recordReviewAndReleaseUnderTheRules() throws Exception {
    JsonNode txs =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(example("examples/h100-to-shanghai.yaml"))
            .path("transactions");
    ApiTestServer.Reply viewer = server.as("vera").post("/api/transactions", txs.get(1).toString());
    assertThat(viewer.status()).isEqualTo(403);
    ApiTestServer.Reply added = server.as("olga").post("/api/transactions", txs.get(1).toString());
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().path("status").asText()).isEqualTo("HELD");
    assertThat(
            server
                .as("olga")
                .post("/api/transactions", txs.get(1).toString())
                .json()
                .path("change")
                .asText())
        .isEqualTo("UNCHANGED");
    assertThat(server.as("vera").get("/api/holds").json()).hasSize(1);

    ApiTestServer.Reply own =
        server.as("olga").post("/api/transactions/PO-2026-0215/reject", Map.of("reason", "no"));
    assertThat(own.status()).isEqualTo(403);
    assertThat(own.code()).isEqualTo("FOUR_EYES");
    ApiTestServer.Reply noReason =
        server.as("oscar").post("/api/transactions/PO-2026-0215/reject", Map.of());
    assertThat(noReason.field()).isEqualTo("reason");
    ApiTestServer.Reply uncovered =
        server
            .as("oscar")
            .post(
                "/api/transactions/PO-2026-0215/release",
                Map.of("exceptions", List.of("NAC"), "reason", "ok"));
    assertThat(uncovered.status()).isEqualTo(409);
    assertThat(uncovered.code()).isEqualTo("COVER");
    ApiTestServer.Reply ask =
        server
            .as("oscar")
            .post(
                "/api/transactions/PO-2026-0215/ask",
                Map.of("facts", List.of("endUse.logicNodeNm"), "reason", "which node?"));
    assertThat(ask.status()).as(ask.body()).isEqualTo(200);
    JsonNode shown = server.as("vera").get("/api/transactions/PO-2026-0215").json();
    assertThat(shown.path("status").asText()).isEqualTo("AWAITING_FACTS");
    assertThat(shown.path("determination").path("overall").asText()).isEqualTo("LICENSE_REQUIRED");
    assertThat(shown.path("reviews").get(0).path("reviewer").asText()).isEqualTo("oscar");
    assertThat(server.as("vera").get("/api/transactions/NOPE").status()).isEqualTo(404);
    assertThat(
            server
                .as("vera")
                .get("/api/transactions?status=frozen")
                .json()
                .path("error")
                .path("field")
                .asText())
        .isEqualTo("status");
  }
}
