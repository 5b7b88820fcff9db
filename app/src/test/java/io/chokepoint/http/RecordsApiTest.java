package io.chokepoint.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The record-keeping endpoints on one database: the controlled-item register, users and tokens, the
 * audit trail with its pack, replay and the recorded list history. Each with bad input and the
 * wrong role.
 */
class RecordsApiTest {
  private static ApiTestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new ApiTestServer();
    JsonNode first =
        ApiTestServer.example("examples/h100-to-shanghai.yaml").path("transactions").get(0);
    ApiTestServer.Reply r = server.as("olga").post("/api/transactions", first.toString());
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theRegisterRecordsFlagsAndReports() throws Exception {
    ApiTestServer.Reply licences =
        server
            .as("olga")
            .post(
                "/api/licences",
                ApiTestServer.example("examples/register/acme-licences.yaml").toString());
    assertThat(licences.status()).as(licences.body()).isEqualTo(201);
    String demo = ApiTestServer.example("examples/register/acme-register.yaml").toString();
    ApiTestServer.Reply received = server.as("olga").post("/api/register/receipts", demo);
    assertThat(received.status()).as(received.body()).isEqualTo(201);
    JsonNode lines = received.json();
    assertThat(lines).hasSize(9);
    JsonNode shanghai = lines.get(3);
    assertThat(shanghai.path("to").path("country").asText()).isEqualTo("CN");
    assertThat(shanghai.path("flagged").asBoolean()).isTrue();
    assertThat(shanghai.path("check").path("outcome").asText()).isEqualTo("LICENSE_REQUIRED");
    assertThat(lines.get(5).path("check").path("coveredBy").asText()).isEqualTo("licence D2400517");
    assertThat(lines.get(6).path("check").path("status").asText()).isEqualTo("NOT_AN_EXPORT");
    assertThat(lines.get(0).path("recordedBy").asText()).isEqualTo("olga");

    // The same receipts again: the holdings exist; nothing is recorded.
    ApiTestServer.Reply again = server.as("olga").post("/api/register/receipts", demo);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("EXISTS");

    Map<String, Object> scrap = new HashMap<>();
    scrap.put("kind", "scrapped");
    scrap.put("holding", "H-2024-003");
    scrap.put("date", "2024-07-01");
    scrap.put("quantity", 1);
    scrap.put("from", "San Jose Lab");
    scrap.put("reason", "cracked board");
    ApiTestServer.Reply one = server.as("oscar").post("/api/register/movements", scrap);
    assertThat(one.status()).as(one.body()).isEqualTo(201);
    assertThat(one.json().get(0).path("kind").asText()).isEqualTo("scrapped");
    scrap.put("quantity", 1000);
    ApiTestServer.Reply tooMany = server.as("oscar").post("/api/register/movements", scrap);
    assertThat(tooMany.status()).isEqualTo(409);
    assertThat(tooMany.code()).isEqualTo("STOCK");
    scrap.put("quantity", 0);
    ApiTestServer.Reply zero =
        server.as("oscar").post("/api/register/movements", Map.of("movements", List.of(scrap)));
    assertThat(zero.status()).isEqualTo(400);
    assertThat(zero.field()).contains("quantity");
    assertThat(server.as("vera").post("/api/register/movements", scrap).code()).isEqualTo("ROLE");

    JsonNode report = server.as("vera").get("/api/register/report?asOf=2024-06-30").json();
    assertThat(report.path("total").path("quantity").asLong()).isEqualTo(49);
    assertThat(report.path("flaggedMovements")).hasSize(1);
    JsonNode march =
        server.as("vera").get("/api/register/report?asOf=2024-03-31&site=Ashburn%20DC2").json();
    assertThat(march.path("total").path("quantity").asLong()).isEqualTo(12);
    assertThat(server.as("vera").get("/api/register/report?asOf=someday").field())
        .isEqualTo("asOf");
    assertThat(server.as("vera").get("/api/register/movements?flagged=true").json()).hasSize(1);
    assertThat(server.as("vera").get("/api/register/movements?flagged=yes").field())
        .isEqualTo("flagged");
    assertThat(server.as("vera").get("/api/register/movements?holding=H-2024-003").json())
        .hasSize(3);
  }

  @Test
  void adminsAddUsersAndTokensAreMadeOnceForTheirUser() throws Exception {
    assertThat(server.as("olga").get("/api/users").code()).isEqualTo("ROLE");
    assertThat(server.as("admin").get("/api/users").json().toString())
        .contains("{\"name\":\"vera\",\"role\":\"viewer\"}");
    ApiTestServer.Reply added =
        server.as("admin").post("/api/users", Map.of("name", "paula", "role", "officer"));
    assertThat(added.status()).isEqualTo(201);
    assertThat(added.json().path("role").asText()).isEqualTo("officer");
    assertThat(
            server.as("admin").post("/api/users", Map.of("name", "paula", "role", "viewer")).code())
        .isEqualTo("EXISTS");
    assertThat(server.as("admin").post("/api/users", Map.of("name", "rex", "role", "boss")).field())
        .isEqualTo("role");
    assertThat(server.as("admin").post("/api/users", Map.of("role", "viewer")).field())
        .isEqualTo("name");

    ApiTestServer.Reply token =
        server.as("admin").post("/api/users/paula/tokens", Map.of("label", "erp"));
    assertThat(token.status()).isEqualTo(201);
    String secret = token.json().path("token").asText();
    JsonNode me = server.new Client(secret).get("/api/me").json();
    assertThat(me.path("name").asText()).isEqualTo("paula");
    assertThat(me.path("role").asText()).isEqualTo("officer");
    assertThat(server.as("vera").post("/api/users/vera/tokens", "").status()).isEqualTo(201);
    ApiTestServer.Reply forAnother = server.as("vera").post("/api/users/olga/tokens", "{}");
    assertThat(forAnother.status()).isEqualTo(403);
    assertThat(forAnother.code()).isEqualTo("ROLE");
    assertThat(server.as("admin").post("/api/users/nobody/tokens", "{}").status()).isEqualTo(404);
  }

  @Test
  void theAuditChainVerifiesAndExportsAsAPack() throws Exception {
    JsonNode v = server.as("vera").get("/api/audit/verify").json();
    assertThat(v.path("intact").asBoolean()).isTrue();
    assertThat(v.path("firstBroken").isNull()).isTrue();
    long entries = v.path("entries").asLong();
    assertThat(entries).isGreaterThan(3);

    JsonNode log = server.as("vera").get("/api/audit/log?subject=tx:PO-2024-0107").json();
    List<String> actions = new ArrayList<>();
    log.forEach(e -> actions.add(e.path("action").asText()));
    assertThat(actions).contains("tx.submit", "hold.place");
    assertThat(server.as("vera").get("/api/audit/log?from=2000-01-01").json().size())
        .isGreaterThanOrEqualTo(log.size());
    assertThat(server.as("vera").get("/api/audit/log?from=2000-01-01&to=2000-12-31").json())
        .isEmpty();
    assertThat(server.as("vera").get("/api/audit/log?from=yesterday").field()).isEqualTo("from");

    assertThat(server.as("olga").post("/api/audit/export", Map.of()).code()).isEqualTo("ROLE");
    HttpResponse<byte[]> pack =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.uri("/api/audit/export"))
                    .header("Authorization", "Bearer " + token("admin"))
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"from\":\"2000-01-01\",\"to\":\"2999-12-31\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pack.statusCode()).isEqualTo(200);
    assertThat(pack.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
    assertThat(pack.headers().firstValue("X-Chokepoint-Chain-Intact")).contains("true");
    Map<String, String> files = unzip(pack.body());
    assertThat(files.keySet())
        .anyMatch(n -> n.endsWith("/manifest.json"))
        .anyMatch(n -> n.endsWith("/entries.csv"))
        .anyMatch(n -> n.endsWith("/verify.py"));
    String manifest =
        files.entrySet().stream()
            .filter(e -> e.getKey().endsWith("/manifest.json"))
            .findFirst()
            .orElseThrow()
            .getValue();
    JsonNode m = new ObjectMapper().readTree(manifest);
    assertThat(m.path("format").asText()).isEqualTo("chokepoint-audit-pack/1");
    assertThat(m.path("startsAtGenesis").asBoolean()).isTrue();
    assertThat(m.path("entries").asLong()).isGreaterThanOrEqualTo(entries);
    // Unzipped, it is the pack the CLI writes: its own verify.py checks it without Chokepoint.
    Path unzipped = Files.createTempDirectory(server.dir, "pack-");
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path to = unzipped.resolve(f.getKey());
      Files.createDirectories(to.getParent());
      Files.writeString(to, f.getValue());
    }
    Path folder = unzipped.resolve(files.keySet().iterator().next()).getParent();
    Process py =
        new ProcessBuilder("python3", "verify.py")
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .start();
    String said = new String(py.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(py.waitFor()).as(said).isZero();
    assertThat(said).startsWith("OK");

    ApiTestServer.Reply empty =
        server
            .as("admin")
            .post("/api/audit/export", Map.of("from", "2000-01-01", "to", "2000-01-02"));
    assertThat(empty.status()).isEqualTo(404);
    ApiTestServer.Reply backwards =
        server
            .as("admin")
            .post("/api/audit/export", Map.of("from", "2001-01-01", "to", "2000-01-02"));
    assertThat(backwards.field()).isEqualTo("from");
    assertThat(server.as("admin").post("/api/audit/export", Map.of("to", "2000-01-02")).field())
        .isEqualTo("from");
  }

  @Test
  void aRecordedDeterminationReplaysIdentically() throws Exception {
    JsonNode r = server.as("vera").get("/api/replay/PO-2024-0107").json();
    assertThat(r.path("identical").asBoolean()).as(r.toString()).isTrue();
    assertThat(r.path("replayed").asText()).isEqualTo("LICENSE_REQUIRED");
    assertThat(r.path("recorded").asText()).isEqualTo("LICENSE_REQUIRED");
    assertThat(r.path("fields")).isEmpty();
    long number = r.path("determination").asLong();
    assertThat(server.as("vera").get("/api/replay/" + number).json().path("transaction").asText())
        .isEqualTo("PO-2024-0107");
    assertThat(server.as("vera").get("/api/replay/NOPE").status()).isEqualTo(404);
    assertThat(server.as("vera").get("/api/replay/99999").status()).isEqualTo(404);
    assertThat(server.as(null).get("/api/replay/PO-2024-0107").status()).isEqualTo(401);
  }

  @Test
  void theListsInForceAndTheRecordedHistory() throws Exception {
    JsonNode status = server.as("vera").get("/api/lists").json();
    assertThat(status.path("entries").asInt()).isGreaterThan(10_000);
    assertThat(status.path("counts").has("US-EL")).isTrue();
    String hash = server.as(null).get("/ready").json().path("lists").asText();
    assertThat(status.path("lists").asText()).isEqualTo(hash);
    JsonNode history = server.as("vera").get("/api/lists/history").json();
    assertThat(history).hasSize(1);
    assertThat(history.get(0).path("lists").asText()).isEqualTo(hash);
    assertThat(history.get(0).path("delta").isNull()).isTrue();
    assertThat(server.as(null).get("/api/lists/history").status()).isEqualTo(401);
  }

  private static String token(String user) throws IOException {
    // The test server's tokens are only reachable through a client; a fresh one is as good.
    return server
        .services
        .store()
        .apiTokens()
        .create(server.services.store().users().actor("admin"), user, "pack test");
  }

  private static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> out = new HashMap<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        out.put(e.getName(), new String(z.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
