package io.chokepoint.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Importing a list over HTTP: all or nothing, admin only, and the running server screens against
 * the new entry at once. A server of its own, because an import changes the lists in force.
 */
class ListsApiTest {
  private static final String LIST =
      "id,list,kind,name,country\nTEST-0001,US-EL,entity,Zebrafinch Quantum Compute Ltd,CN\n";
  private static ApiTestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new ApiTestServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void anImportIsAllOrNothingAndScreenedAgainstAtOnce() throws Exception {
    String before = server.as("vera").get("/api/lists").json().path("lists").asText();
    assertThat(server.as("olga").post("/api/lists/import?name=test.csv", LIST).code())
        .isEqualTo("ROLE");
    assertThat(server.as("admin").post("/api/lists/import?name=../up.csv", LIST).field())
        .isEqualTo("name");
    assertThat(server.as("admin").post("/api/lists/import", LIST).field()).isEqualTo("name");

    // A row without a name: refused, nothing copied, the lists in force unchanged.
    ApiTestServer.Reply bad =
        server
            .as("admin")
            .post("/api/lists/import?name=bad.csv", "id,list,kind,name\nTEST-0002,US-EL,entity,\n");
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.code()).isEqualTo("INVALID_INPUT");
    assertThat(bad.body()).contains("bad.csv").doesNotContain("chokepoint-list-upload");
    assertThat(bad.json().path("error").path("issues").get(0).path("line").asInt()).isEqualTo(2);
    assertThat(server.as("vera").get("/api/lists").json().path("lists").asText()).isEqualTo(before);
    assertThat(Files.exists(server.dir.resolve("var/lists"))).isFalse();

    ApiTestServer.Reply imported = server.as("admin").post("/api/lists/import?name=test.csv", LIST);
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    JsonNode delta = imported.json();
    assertThat(delta.path("before").asText()).isEqualTo(before);
    assertThat(delta.path("added").toString()).isEqualTo("[\"TEST-0001\"]");
    assertThat(delta.path("removed")).isEmpty();
    String after = server.as("vera").get("/api/lists").json().path("lists").asText();
    assertThat(after).isEqualTo(delta.path("after").asText()).isNotEqualTo(before);
    assertThat(
            server
                .as("vera")
                .post("/api/screen", Map.of("name", "Zebrafinch Quantum Compute"))
                .body())
        .contains("TEST-0001");

    // The same id again clashes with the imported file: refused, the lists stay as they are.
    ApiTestServer.Reply twice = server.as("admin").post("/api/lists/import?name=again.csv", LIST);
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.body()).contains("TEST-0001");
    assertThat(server.as("vera").get("/api/lists").json().path("lists").asText()).isEqualTo(after);
  }
}
