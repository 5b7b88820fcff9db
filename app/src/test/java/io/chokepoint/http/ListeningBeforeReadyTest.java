package io.chokepoint.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.cli.Home;
import io.chokepoint.cli.StoreOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that starts listening while its services are still being built ({@code chokepoint serve}
 * does, to overlap the two): liveness answers at once, readiness answers 503 until the services are
 * built, and a request sent before then is answered once they are.
 */
class ListeningBeforeReadyTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  @Test
  void readinessWaitsForTheServicesAndEarlyRequestsAreAnsweredOnceTheyAreBuilt() throws Exception {
    CompletableFuture<Services> built = new CompletableFuture<>();
    try (ApiServer server = ApiServer.start(built, "127.0.0.1", 0)) {
      assertThat(get(server, "/health").statusCode()).isEqualTo(200);
      HttpResponse<String> notYet = get(server, "/ready");
      assertThat(notYet.statusCode()).isEqualTo(503);
      assertThat(notYet.body()).contains("\"code\":\"NOT_READY\"");

      CompletableFuture<HttpResponse<String>> early =
          HTTP.sendAsync(
              HttpRequest.newBuilder(uri(server, "/api/users"))
                  .header("Authorization", "Bearer cpt_not-a-token")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(early)
          .as("waits for the services (the token is checked in the database)")
          .isNotDone();

      Path root = ApiTestServer.projectRoot();
      Files.createSymbolicLink(dir.resolve("data"), root.resolve("data"));
      Home home = new Home(dir, root.resolve("regulations"), root.resolve("data/chips.yaml"));
      built.complete(new Services(home, StoreOptions.embedded(dir)));

      assertThat(early.get().statusCode()).as(early.get().body()).isEqualTo(401);
      HttpResponse<String> ready = get(server, "/ready");
      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(ready.body()).contains("\"status\":\"READY\"");
    }
  }

  @Test
  void servicesThatCannotBeBuiltLeaveTheServerNotReady() throws Exception {
    CompletableFuture<Services> built = new CompletableFuture<>();
    try (ApiServer server = ApiServer.start(built, "127.0.0.1", 0)) {
      built.completeExceptionally(new IllegalStateException("a list file is invalid"));
      assertThat(get(server, "/ready").statusCode()).isEqualTo(503);
      HttpResponse<String> users =
          HTTP.send(
              HttpRequest.newBuilder(uri(server, "/api/users"))
                  .header("Authorization", "Bearer cpt_not-a-token")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(users.statusCode()).isEqualTo(500);
      assertThat(users.body()).contains("a list file is invalid");
    }
  }

  private static HttpResponse<String> get(ApiServer server, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri(server, path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(ApiServer server, String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }
}
