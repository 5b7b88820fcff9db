package io.chokepoint.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Classification and content over HTTP: a catalogue chip and an inline spec, a material, a bill of
 * materials; each with bad input named by field, and without a token.
 */
class ClassifyApiTest {
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
  void aCatalogueChipIsClassifiedAsOfADate() throws Exception {
    ApiTestServer.Reply r =
        server.as("vera").post("/api/classify/chip?asOf=2024-09-01", Map.of("chip", "H100"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode j = r.json();
    assertThat(j.path("name").asText()).isEqualTo("NVIDIA H100 SXM5");
    assertThat(j.path("tpp").asDouble()).isEqualTo(15832.0);
    assertThat(j.path("performanceDensity").asDouble()).isEqualTo(19.45);
    assertThat(j.path("eccn").asText()).isEqualTo("3A090.a");
    assertThat(j.path("decidedBy").asText()).isEqualTo("us.3a090.a.2023");
    // Before the October 2022 rule no advanced-computing entry exists.
    JsonNode old =
        server.as("vera").post("/api/classify/chip?asOf=2022-06-01", Map.of("chip", "H100")).json();
    assertThat(old.path("eccn").asText()).isEqualTo("NONE");
  }

  @Test
  void theWholeCatalogueUnderTheOctober2022Test() throws Exception {
    JsonNode all = server.as("vera").get("/api/classify/chips?asOf=2023-06-01").json();
    assertThat(all.size()).isEqualTo(server.services.home().catalogue().chips().size());
    assertThat(all.get(0).path("asOf").asText()).isEqualTo("2023-06-01");
    assertThat(server.as("vera").get("/api/classify/chips?asOf=1.6.2023").field())
        .isEqualTo("asOf");
  }

  @Test
  void anInlineSpecWithoutDieAreaIsUnknownAndSaysWhatIsMissing() throws Exception {
    Map<String, Object> spec =
        Map.of(
            "name",
            "Example Accelerator X2",
            "datacenter",
            true,
            "throughput",
            List.of(Map.of("precision", "FP8", "bits", 8, "tops", 250)));
    JsonNode j =
        server.as("vera").post("/api/classify/chip?asOf=2025-06-01", Map.of("spec", spec)).json();
    assertThat(j.path("tpp").asDouble()).isEqualTo(2000.0);
    assertThat(j.path("eccn").asText()).isEqualTo("UNKNOWN");
    assertThat(j.path("missingFacts").toString()).contains("dieAreaMm2");
  }

  @Test
  void badChipRequestsNameTheField() throws Exception {
    ApiTestServer.Reply unknown =
        server.as("vera").post("/api/classify/chip", Map.of("chip", "Nope 9000"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.field()).isEqualTo("chip");
    ApiTestServer.Reply neither = server.as("vera").post("/api/classify/chip", Map.of());
    assertThat(neither.field()).isEqualTo("chip");
    ApiTestServer.Reply badSpec =
        server
            .as("vera")
            .post(
                "/api/classify/chip",
                Map.of("spec", Map.of("name", "X", "dieAreaMm2", "big", "form", "ic")));
    assertThat(badSpec.status()).isEqualTo(400);
    assertThat(badSpec.code()).isEqualTo("INVALID_INPUT");
    assertThat(badSpec.field()).contains("dieAreaMm2");
    ApiTestServer.Reply badDate =
        server.as("vera").post("/api/classify/chip?asOf=soon", Map.of("chip", "H100"));
    assertThat(badDate.field()).isEqualTo("asOf");
    assertThat(server.as(null).post("/api/classify/chip", Map.of("chip", "H100")).status())
        .isEqualTo(401);
  }

  @Test
  void aMaterialGetsItsPrcEntries() throws Exception {
    JsonNode j =
        server
            .as("vera")
            .post(
                "/api/classify/material?asOf=2025-06-01",
                Map.of("material", Map.of("element", "Dy", "form", "oxide")))
            .json();
    assertThat(j.path("regime").asText()).isEqualTo("CN-ECL");
    assertThat(j.path("codes").get(0).asText()).isEqualTo("1C905.b");
    assertThat(j.path("entries").get(0).path("hsCodes").get(0).asText()).isEqualTo("2846901993");
    // The mapping itself is accepted too.
    JsonNode bare =
        server
            .as("vera")
            .post(
                "/api/classify/material?asOf=2025-06-01", Map.of("element", "Dy", "form", "oxide"))
            .json();
    assertThat(bare.path("codes")).isEqualTo(j.path("codes"));
    ApiTestServer.Reply bad =
        server.as("vera").post("/api/classify/material", Map.of("element", "Xx", "form", "oxide"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.field()).contains("element");
    assertThat(bad.body()).contains("Xx");
    assertThat(server.as(null).post("/api/classify/material", "{}").status()).isEqualTo(401);
  }

  @Test
  void aBillOfMaterialsRollsUpToItsChineseShare() throws Exception {
    String bom =
        new ObjectMapper(new YAMLFactory())
            .readTree(
                Files.readString(ApiTestServer.projectRoot().resolve("examples/boms/target.yaml")))
            .toString();
    JsonNode j = server.as("vera").post("/api/content?asOf=2026-12-15", bom).json();
    assertThat(j.path("chineseControlledRareEarthValue").decimalValue())
        .isEqualByComparingTo("2.40");
    assertThat(j.path("share").decimalValue()).isEqualByComparingTo("0.002");
    assertThat(j.path("exceeds").asBoolean()).isTrue();
    assertThat(j.path("shares")).isNotEmpty();

    // Lines worth more than the item: the roll-up refuses and names the line.
    String inflated = bom.replace("\"amount\":1200.0", "\"amount\":12.0");
    assertThat(inflated).isNotEqualTo(bom);
    ApiTestServer.Reply bad = server.as("vera").post("/api/content", inflated);
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.code()).isEqualTo("INVALID_INPUT");
    ApiTestServer.Reply noItem = server.as("vera").post("/api/content", Map.of("items", 1));
    assertThat(noItem.status()).isEqualTo(400);
    assertThat(noItem.body()).contains("item");
    assertThat(server.as("vera").post("/api/content", "{").code()).isEqualTo("BAD_JSON");
    assertThat(server.as(null).post("/api/content", bom).status()).isEqualTo(401);
  }
}
