package io.chokepoint.http;

import io.chokepoint.determine.Determiner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.0 document of the API, generated from the declared endpoints: their paths,
 * parameters, roles, request bodies and error responses.
 */
final class OpenApi {
  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

  private OpenApi() {}

  static Map<String, Object> document(List<Endpoint> endpoints) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.0.3");
    doc.put(
        "info",
        Map.of(
            "title",
            "Chokepoint API",
            "version",
            Determiner.ENGINE_VERSION,
            "description",
            "Export-control determinations, screening, holds, licences and the audit trail."
                + " JSON bodies follow docs/formats.md. Errors are {\"error\": {code, message,"
                + " field}}."));
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Endpoint e : endpoints) {
      @SuppressWarnings("unchecked")
      Map<String, Object> item =
          (Map<String, Object>) paths.computeIfAbsent(e.path(), p -> new LinkedHashMap<>());
      Map<String, Object> op = new LinkedHashMap<>();
      op.put("tags", List.of(e.tag()));
      op.put("summary", e.summary());
      op.put("operationId", operationId(e));
      op.put("x-chokepoint-role", e.role() == null ? "public" : e.role().name().toLowerCase());
      if (e.role() != null) {
        op.put("security", List.of(Map.of("bearer", List.of())));
      }
      List<Object> params = new java.util.ArrayList<>();
      Matcher m = PARAM.matcher(e.path());
      while (m.find()) {
        params.add(
            Map.of(
                "name",
                m.group(1),
                "in",
                "path",
                "required",
                true,
                "schema",
                Map.of("type", "string")));
      }
      if (!params.isEmpty()) {
        op.put("parameters", params);
      }
      if (e.body() != null) {
        op.put(
            "requestBody",
            Map.of(
                "required",
                true,
                "description",
                e.body(),
                "content",
                Map.of("application/json", Map.of("schema", Map.of("type", "object")))));
      }
      Map<String, Object> responses = new LinkedHashMap<>();
      responses.put(
          String.valueOf(e.status()),
          Map.of(
              "description",
              e.status() == 201 ? "Created" : "OK",
              "content",
              Map.of(e.produces(), Map.of())));
      responses.put("400", ref("invalid input or bad JSON"));
      if (e.role() != null) {
        responses.put("401", ref("no or unknown token"));
        responses.put("403", ref("the token's role may not call this"));
      }
      responses.put("404", ref("not found"));
      if (!e.method().equals("GET")
          && e.role() != null
          && e.role() != io.chokepoint.review.Role.VIEWER) {
        // Writes can be refused by the rules (STATE, EXISTS, KEY_REUSED, REJECTED, ...):
        // docs/api.md.
        responses.put("409", ref("refused by the rules; nothing changed, or a recorded rejection"));
      }
      op.put("responses", responses);
      item.put(e.method().toLowerCase(), op);
    }
    doc.put("paths", paths);
    doc.put(
        "components",
        Map.of(
            "securitySchemes",
            Map.of("bearer", Map.of("type", "http", "scheme", "bearer")),
            "schemas",
            Map.of(
                "Error",
                Map.of(
                    "type",
                    "object",
                    "properties",
                    Map.of(
                        "error",
                        Map.of(
                            "type",
                            "object",
                            "properties",
                            Map.of(
                                "code", Map.of("type", "string"),
                                "message", Map.of("type", "string"),
                                "field", Map.of("type", "string", "nullable", true))))))));
    return doc;
  }

  private static Map<String, Object> ref(String description) {
    return Map.of(
        "description",
        description,
        "content",
        Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));
  }

  static String operationId(Endpoint e) {
    StringBuilder sb = new StringBuilder(e.method().toLowerCase());
    for (String part : e.path().split("[/{}-]+")) {
      if (!part.isEmpty() && !part.equals("api")) {
        sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return sb.toString();
  }
}
