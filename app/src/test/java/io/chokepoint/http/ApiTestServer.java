package io.chokepoint.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.cli.Home;
import io.chokepoint.cli.StoreOptions;
import io.chokepoint.review.Actor;
import io.chokepoint.review.Role;
import io.chokepoint.store.Store;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A real server on a free loopback port over a fresh embedded database, with one user and token per
 * role, for the API tests: {@code as("officer").post("/api/…", json)}. One per test class (starting
 * it activates the rule book and indexes the lists, a few seconds).
 */
final class ApiTestServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  final Path dir;
  final Services services;
  final ApiServer server;
  private final Map<String, String> tokens = new HashMap<>();

  ApiTestServer() throws IOException {
    dir = Files.createTempDirectory("chokepoint-api-");
    // A home of its own, so that what the server writes under the home (imported lists in var/)
    // stays in the temporary directory; the rules, catalogue and shipped lists are the project's.
    Path root = projectRoot();
    Files.createSymbolicLink(dir.resolve("data"), root.resolve("data"));
    Files.createSymbolicLink(dir.resolve("examples"), root.resolve("examples"));
    Home home = new Home(dir, root.resolve("regulations"), root.resolve("data/chips.yaml"));
    services = new Services(home, StoreOptions.embedded(dir));
    Store db = services.store();
    Actor admin = db.users().actor("admin");
    db.users().add(admin, "olga", Role.OFFICER);
    db.users().add(admin, "oscar", Role.OFFICER);
    db.users().add(admin, "vera", Role.VIEWER);
    for (String u : new String[] {"admin", "olga", "oscar", "vera"}) {
      tokens.put(u, db.apiTokens().create(admin, u, "test"));
    }
    server = ApiServer.start(services, "127.0.0.1", 0);
  }

  /** The project root, where regulations/ and data/ are. */
  static Path projectRoot() {
    String p = System.getProperty("chokepoint.root");
    Path d = p != null ? Path.of(p) : Path.of("").toAbsolutePath();
    while (d != null && !Files.isDirectory(d.resolve("regulations"))) {
      d = d.getParent();
    }
    assertThat(d).as("project root").isNotNull();
    return d.toAbsolutePath();
  }

  /** A YAML example file of the project (e.g. {@code examples/…}) as JSON, as the API takes it. */
  static JsonNode example(String file) throws IOException {
    return new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
        .readTree(Files.readString(projectRoot().resolve(file)));
  }

  /** The API token of a user: admin, olga, oscar, vera. */
  String token(String user) {
    return tokens.get(user);
  }

  /** Requests as a user: admin, olga and oscar (officers), vera (viewer), or null for none. */
  Client as(String user) {
    return new Client(user == null ? null : tokens.get(user));
  }

  /** A response: status and body. */
  record Reply(int status, String body) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }

    /** The error code of an error reply. */
    String code() throws IOException {
      return json().path("error").path("code").asText();
    }

    /** The field an error names. */
    String field() throws IOException {
      return json().path("error").path("field").asText();
    }
  }

  /** Sends requests with one token. */
  final class Client {
    private final String token;

    Client(String token) {
      this.token = token;
    }

    Reply get(String path) throws IOException, InterruptedException {
      return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Reply post(String path, String body) throws IOException, InterruptedException {
      return send(
          HttpRequest.newBuilder(uri(path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply postYaml(String path, String body) throws IOException, InterruptedException {
      return send(
          HttpRequest.newBuilder(uri(path))
              .header("Content-Type", "application/yaml; charset=utf-8")
              .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply post(String path, Object body) throws IOException, InterruptedException {
      return post(path, JSON.writeValueAsString(body));
    }

    private Reply send(HttpRequest.Builder b) throws IOException, InterruptedException {
      if (token != null) {
        b.header("Authorization", "Bearer " + token);
      }
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body());
    }
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  @Override
  public void close() {
    server.close();
    services.store().close();
  }
}
