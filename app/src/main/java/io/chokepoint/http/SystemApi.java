package io.chokepoint.http;

import io.chokepoint.determine.Determiner;
import io.chokepoint.review.Role;
import java.util.LinkedHashMap;
import java.util.Map;

/** Health, readiness, metrics, the OpenAPI document, and who the caller is. */
final class SystemApi implements ApiModule {
  @Override
  public void register(Api api) {
    api.route(
        new Endpoint("GET", "/health", null, "system", "Liveness: the process answers.", null),
        call -> Map.of("status", "UP"));
    api.route(
        new Endpoint(
            "GET",
            "/ready",
            null,
            "system",
            "Readiness: the rule book, the lists and the database are loaded.",
            null),
        call -> {
          if (!api.ready()) {
            throw new ApiException(
                503, "NOT_READY", "starting: the rule book, lists or database are loading", null);
          }
          Services s = api.services();
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("status", "READY");
          m.put("engine", Determiner.ENGINE_VERSION);
          m.put("rulebook", s.home().engine().ruleBook().contentHash());
          m.put("lists", s.lists().contentHash());
          m.put("listEntries", s.lists().entries().size());
          m.put("database", s.store().url().startsWith("jdbc:h2") ? "h2" : "postgresql");
          return m;
        });
    api.route(
        new Endpoint("GET", "/metrics", null, "system", "Prometheus metrics.", null)
            .producing("text/plain; version=0.0.4"),
        call -> {
          call.context().contentType("text/plain; version=0.0.4").result(api.metrics().scrape());
          return null;
        });
    api.route(
        new Endpoint("GET", "/openapi.json", null, "system", "This API's OpenAPI document.", null),
        call -> OpenApi.document(api.endpoints()));
    api.route(
        new Endpoint("GET", "/api/me", Role.VIEWER, "system", "The caller and their role.", null),
        call ->
            Map.of("name", call.actor().name(), "role", call.actor().role().name().toLowerCase()));
  }
}
