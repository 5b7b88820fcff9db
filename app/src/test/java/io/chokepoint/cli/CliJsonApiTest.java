package io.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.chokepoint.http.ApiServer;
import io.chokepoint.http.Services;
import io.chokepoint.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API answers with the CLI's JSON: the same request to {@code chokepoint … --format json} and
 * to the endpoint gives the same text, byte for byte where nothing differs by design.
 */
class CliJsonApiTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Path dir;
  private static Services services;
  private static ApiServer server;
  private static String token;

  @BeforeAll
  static void start() throws Exception {
    dir = Files.createTempDirectory("chokepoint-cli-json-");
    services = new Services(new Home(CliRun.projectRoot(), null, null), StoreOptions.embedded(dir));
    Store db = services.store();
    token = db.apiTokens().create(db.users().actor("admin"), "admin", "test");
    server = ApiServer.start(services, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    services.store().close();
  }

  private static String post(String path, String body) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  private static String yamlAsJson(String file) throws Exception {
    // Decimals keep their digits (1150.00 stays 1150.00), as a client sending JSON would write
    // them.
    return new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
        .readTree(Files.readString(CliRun.projectRoot().resolve(file)))
        .toString();
  }

  private static String cli(String... args) {
    CliRun r = CliRun.of(args);
    assertThat(r.code()).as(r.err()).isZero();
    return r.out().strip();
  }

  @Test
  void aChipClassificationIsTheSameText() throws Exception {
    assertThat(post("/api/classify/chip?asOf=2024-09-01", "{\"chip\": \"H20\"}"))
        .isEqualTo(cli("classify", "chip", "H20", "--as-of", "2024-09-01"));
  }

  @Test
  void aMaterialClassificationIsTheSameText() throws Exception {
    assertThat(
            post(
                "/api/classify/material?asOf=2025-06-01",
                "{\"element\": \"Nd\", \"form\": \"magnet\", \"magnet\": \"NdFeB\","
                    + " \"contains\": [\"Fe\", \"B\", \"Dy\"]}"))
        .isEqualTo(
            cli(
                "classify",
                "material",
                "--element",
                "Nd",
                "--form",
                "magnet",
                "--magnet",
                "NdFeB",
                "--contains",
                "Fe,B,Dy",
                "--as-of",
                "2025-06-01"));
  }

  @Test
  void aContentReportDiffersOnlyInWhereTheBomCameFrom() throws Exception {
    String file = "examples/boms/target.yaml";
    ObjectNode api =
        (ObjectNode)
            new ObjectMapper().readTree(post("/api/content?asOf=2026-12-15", yamlAsJson(file)));
    ObjectNode cli =
        (ObjectNode)
            new ObjectMapper()
                .readTree(
                    cli(
                        "content",
                        CliRun.projectRoot().resolve(file).toString(),
                        "--as-of",
                        "2026-12-15"));
    assertThat(api.remove("file").asText()).isEqualTo("request body");
    cli.remove("file");
    assertThat(api).isEqualTo(cli);
    JsonNode share = api.path("share");
    assertThat(share.decimalValue()).isEqualByComparingTo("0.002");
  }
}
