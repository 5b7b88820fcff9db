package io.chokepoint.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chokepoint.review.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The endpoints the console reads, on a server loaded with the demo records: licences, rules and
 * their timeline, and the dashboard; success, bad input and the wrong role for each.
 */
class ConsoleApiTest {
  private static ApiTestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new ApiTestServer();
    Actor admin = server.services.store().users().actor("admin");
    assertThat(DemoData.empty(server.services.store())).isTrue();
    DemoData.Loaded loaded = DemoData.load(server.services, admin).orElseThrow();
    assertThat(loaded.licences()).isEqualTo(2);
    assertThat(loaded.held()).isGreaterThanOrEqualTo(2);
    assertThat(DemoData.empty(server.services.store())).isFalse();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void licencesWithBalancesHistoryAndExpiry() throws Exception {
    JsonNode all = server.as("vera").get("/api/licences").json().path("licences");
    assertThat(all).extracting(l -> l.path("number").asText()).contains("D1234567", "INT-2026-007");
    JsonNode bis = all.get(0);
    assertThat(bis.path("balance").path("quantity").path("limit").asInt()).isEqualTo(100);
    assertThat(bis.path("used").asDouble()).isZero();

    // Released under the licence by the admin (the demo user submitted it): 8 units drawn.
    ApiTestServer.Reply released =
        server
            .as("admin")
            .post(
                "/api/transactions/PO-2026-0215/release",
                Map.of("licences", List.of("D1234567"), "reason", "BIS licence D1234567"));
    assertThat(released.status()).as(released.body()).isEqualTo(200);
    JsonNode one = server.as("vera").get("/api/licences/D1234567").json();
    assertThat(one.path("balance").path("quantity").path("drawn").asInt()).isEqualTo(8);
    assertThat(one.path("used").asDouble()).isEqualTo(0.08);
    assertThat(one.path("balance").path("shareCaps").get(0).path("id").asText())
        .isEqualTo("cn-half-of-us");
    JsonNode draw = one.path("entries").get(0);
    assertThat(draw.path("kind").asText()).isEqualTo("draw");
    assertThat(draw.path("transaction").asText()).isEqualTo("PO-2026-0215");
    assertThat(draw.path("actor").asText()).isEqualTo("admin");

    JsonNode soon = server.as("vera").get("/api/licences/expiring?days=40&asOf=2026-11-29").json();
    assertThat(soon.path("licences")).hasSize(1);
    assertThat(soon.path("licences").get(0).path("number").asText()).isEqualTo("INT-2026-007");
    assertThat(soon.path("licences").get(0).path("daysLeft").asInt()).isEqualTo(32);
    assertThat(
            server
                .as("vera")
                .get("/api/licences/expiring?days=60&asOf=2026-11-29")
                .json()
                .path("licences"))
        .hasSize(2);

    assertThat(server.as("vera").get("/api/licences/NOPE").status()).isEqualTo(404);
    ApiTestServer.Reply badDays = server.as("vera").get("/api/licences/expiring?days=soon");
    assertThat(badDays.status()).isEqualTo(400);
    assertThat(badDays.field()).isEqualTo("days");
    assertThat(server.as("vera").get("/api/licences/expiring?asOf=x").field()).isEqualTo("asOf");
    for (String p : List.of("/api/licences", "/api/licences/D1234567", "/api/licences/expiring")) {
      assertThat(server.as(null).get(p).status()).as(p).isEqualTo(401);
    }
  }

  @Test
  void licencesThatCanCoverAHeldLine() throws Exception {
    JsonNode lines = server.as("vera").get("/api/transactions/PO-2024-0107/licences").json();
    JsonNode line = lines.path("lines").get(0);
    assertThat(line.path("line").asText()).isEqualTo("L1");
    assertThat(line.path("requiredUnder").toString()).contains("US-EAR");
    JsonNode bis = null;
    for (JsonNode m : line.path("matches")) {
      if (m.path("licence").asText().equals("D1234567")) {
        bis = m;
      }
    }
    assertThat(bis).isNotNull();
    // Shipped on 2024-03-01, before the licence was valid.
    assertThat(bis.path("covers").asBoolean()).isFalse();
    assertThat(bis.path("reasons").toString()).contains("not-yet-valid");

    ApiTestServer.Reply noLine =
        server.as("vera").get("/api/transactions/PO-2024-0107/licences?line=L9");
    assertThat(noLine.status()).isEqualTo(400);
    assertThat(noLine.field()).isEqualTo("line");
    assertThat(server.as("vera").get("/api/transactions/NOPE/licences").status()).isEqualTo(404);
    assertThat(server.as(null).get("/api/transactions/PO-2024-0107/licences").status())
        .isEqualTo(401);
  }

  @Test
  void rulesBrowserAndOneRule() throws Exception {
    JsonNode book = server.as("vera").get("/api/rules?asOf=2026-01-01").json();
    assertThat(book.path("regimes"))
        .extracting(r -> r.path("regime").asText())
        .containsExactly("CN-ECL", "US-EAR");
    List<String> states = new ArrayList<>();
    book.path("regimes")
        .get(0)
        .path("packs")
        .forEach(
            p ->
                p.path("rules")
                    .forEach(r -> states.add(r.path("id") + "=" + r.path("state").asText())));
    assertThat(states).contains("\"cn.2025-61.route-a\"=SUSPENDED");

    JsonNode rule = server.as("vera").get("/api/rules/cn.2025-61.route-a?asOf=2026-01-01").json();
    assertThat(rule.path("citation").path("reference").asText())
        .isEqualTo("MOFCOM Ann. 2025 No. 61");
    assertThat(rule.path("validity").path("effective").path("from").asText())
        .isEqualTo("2025-12-01");
    JsonNode susp = rule.path("validity").path("suspensions").get(0);
    assertThat(susp.path("from").asText()).isEqualTo("2025-11-07");
    assertThat(susp.path("to").asText()).isEqualTo("2026-11-10");
    assertThat(susp.path("instrument").asText()).contains("No. 70");
    assertThat(rule.path("why").asText()).startsWith("suspended");
    assertThat(rule.path("decision").asText()).isEqualTo("LICENSE_REQUIRED");

    JsonNode diffusion = server.as("vera").get("/api/rules/us.ai-diffusion.worldwide").json();
    assertThat(diffusion.path("validity").path("enforcement").get(0).path("enforced").asBoolean())
        .isFalse();

    assertThat(server.as("vera").get("/api/rules/no.such.rule").status()).isEqualTo(404);
    assertThat(server.as("vera").get("/api/rules?asOf=soon").field()).isEqualTo("asOf");
    assertThat(server.as(null).get("/api/rules").status()).isEqualTo(401);
    assertThat(server.as(null).get("/api/rules/cn.2025-61.route-a").status()).isEqualTo(401);
  }

  @Test
  void timelineBarsShowSuspensionsAndNonEnforcement() throws Exception {
    JsonNode cn = server.as("vera").get("/api/rules/timeline?regime=CN-ECL").json();
    JsonNode routeC = bar(cn, "cn.2025-61.route-c");
    assertThat(routeC.path("segments"))
        .extracting(
            s ->
                s.path("kind").asText()
                    + " "
                    + s.path("from").asText()
                    + ".."
                    + s.path("to").asText())
        .containsExactly(
            "in-force 2025-10-09..2025-11-06",
            "suspended 2025-11-07..2026-11-10",
            "in-force 2026-11-11..null");
    JsonNode routeA = bar(cn, "cn.2025-61.route-a");
    assertThat(routeA.path("segments").get(0).path("kind").asText()).isEqualTo("suspended");
    assertThat(routeA.path("suspensions").get(0).path("from").asText()).isEqualTo("2025-11-07");

    JsonNode us = server.as("vera").get("/api/rules/timeline?regime=us-ear").json();
    assertThat(bar(us, "us.ai-diffusion.worldwide").path("segments"))
        .extracting(s -> s.path("kind").asText())
        .contains("not-enforced");

    assertThat(server.as("vera").get("/api/rules/timeline").field()).isEqualTo("regime");
    ApiTestServer.Reply unknown = server.as("vera").get("/api/rules/timeline?regime=EU");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("CN-ECL");
    assertThat(server.as(null).get("/api/rules/timeline?regime=CN-ECL").status()).isEqualTo(401);
  }

  @Test
  void dashboardFigures() throws Exception {
    JsonNode d = server.as("vera").get("/api/dashboard?weeks=4").json();
    JsonNode weeks = d.path("outcomesByWeek");
    assertThat(weeks).hasSize(4);
    long thisWeek = 0;
    for (JsonNode n : weeks.get(3).path("counts")) {
      thisWeek += n.asLong();
    }
    assertThat(thisWeek).isGreaterThanOrEqualTo(10);
    assertThat(d.path("transactionsByStatus").path("HELD").asLong()).isPositive();
    assertThat(d.path("topHits")).isNotEmpty();
    assertThat(d.path("topHits").get(0).path("determinations").asLong()).isPositive();
    assertThat(d.path("lists").path("hash").asText()).startsWith("sha256:");
    assertThat(d.path("rulebook").path("regimes")).hasSize(2);
    assertThat(d.path("licencesNearExhaustion").isArray()).isTrue();
    assertThat(server.as("vera").get("/api/dashboard?weeks=0").field()).isEqualTo("weeks");
    assertThat(server.as(null).get("/api/dashboard").status()).isEqualTo(401);
  }

  private static JsonNode bar(JsonNode timeline, String id) {
    for (JsonNode b : timeline.path("rules")) {
      if (b.path("id").asText().equals(id)) {
        return b;
      }
    }
    throw new AssertionError("no bar for " + id);
  }

  @Test
  void everyConsoleFileIsServedWithItsTypeAndAnEntityTag() throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.nio.file.Path dir = ApiTestServer.projectRoot().resolve("app/src/main/resources/console");
    List<java.nio.file.Path> files;
    try (var s = java.nio.file.Files.walk(dir)) {
      files = s.filter(java.nio.file.Files::isRegularFile).toList();
    }
    assertThat(files).hasSizeGreaterThan(5);
    for (java.nio.file.Path f : files) {
      String path = "/" + dir.relativize(f).toString().replace('\\', '/');
      var r =
          http.send(
              java.net.http.HttpRequest.newBuilder(server.uri(path)).build(),
              java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.body()).as(path).isEqualTo(java.nio.file.Files.readAllBytes(f));
      String type = r.headers().firstValue("Content-Type").orElse("");
      assertThat(type)
          .as(path)
          .startsWith(
              path.endsWith(".html")
                  ? "text/html"
                  : path.endsWith(".css") ? "text/css" : "text/javascript");
      String etag = r.headers().firstValue("ETag").orElseThrow();
      var again =
          http.send(
              java.net.http.HttpRequest.newBuilder(server.uri(path))
                  .header("If-None-Match", etag)
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      assertThat(again.statusCode()).as(path + " unchanged").isEqualTo(304);
      assertThat(again.body()).isEmpty();
    }
    var root =
        http.send(
            java.net.http.HttpRequest.newBuilder(server.uri("/")).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(root.body()).isEqualTo(java.nio.file.Files.readString(dir.resolve("index.html")));
    var missing =
        http.send(
            java.net.http.HttpRequest.newBuilder(server.uri("/js/missing.js")).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(missing.statusCode()).isEqualTo(404);
  }
}
