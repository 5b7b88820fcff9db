package io.chokepoint.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.review.Actor;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * One request as an endpoint sees it: who is calling, the body as JSON, and parameters read with
 * errors that name the field.
 */
public final class ApiCall {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML =
      new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());

  private final Context ctx;
  private final Actor actor;
  private JsonNode body;

  ApiCall(Context ctx, Actor actor) {
    this.ctx = ctx;
    this.actor = actor;
  }

  /** The caller, or {@code null} on a public endpoint. */
  public Actor actor() {
    return actor;
  }

  /** The request context, for what the helpers do not cover. */
  public Context context() {
    return ctx;
  }

  /**
   * The body as a tree: JSON, or YAML when the request says so ({@code Content-Type:
   * application/yaml}, {@code application/x-yaml} or {@code text/yaml}), as the files the command
   * line reads are written.
   *
   * @throws ApiException 400 {@code BAD_JSON} (or {@code BAD_YAML}) if it is empty or not JSON
   *     (YAML)
   */
  public JsonNode body() {
    if (body == null) {
      boolean yaml = yaml(ctx.contentType());
      String format = yaml ? "YAML" : "JSON";
      String code = "BAD_" + format;
      String text = ctx.body();
      if (text.isBlank()) {
        throw new ApiException(400, code, "the request needs a " + format + " body", "");
      }
      try {
        body = (yaml ? YAML : JSON).readTree(text);
      } catch (JsonProcessingException e) {
        throw new ApiException(
            400,
            code,
            "the body is not " + format + ": " + e.getOriginalMessage(),
            "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
      }
      if (body == null || body.isMissingNode()) {
        throw new ApiException(400, code, "the request needs a " + format + " body", "");
      }
    }
    return body;
  }

  private static boolean yaml(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
    return type.equals("application/yaml")
        || type.equals("application/x-yaml")
        || type.equals("text/yaml");
  }

  /** The raw body text. */
  public String text() {
    return ctx.body();
  }

  /**
   * The body as a tree that keeps positions, for the core's readers: read by the JSON parser unless
   * it is sent as YAML.
   *
   * @throws io.chokepoint.source.SourceException if it is not well-formed
   */
  public io.chokepoint.source.Node source() {
    return yaml(ctx.contentType())
        ? io.chokepoint.source.SourceReader.parse(text(), ApiValues.BODY)
        : io.chokepoint.source.SourceReader.parseJson(text(), ApiValues.BODY);
  }

  /**
   * A required string field of the body.
   *
   * @throws ApiException 400 naming the field if it is missing or not a string
   */
  public String string(String field) {
    JsonNode n = body().get(field);
    if (n == null || n.isNull() || !n.isTextual() || n.asText().isBlank()) {
      throw ApiException.invalid(field, "'" + field + "' is required and must be a string");
    }
    return n.asText();
  }

  /** An optional string field of the body, or {@code null}. */
  public String optionalString(String field) {
    JsonNode n = body().get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw ApiException.invalid(field, "'" + field + "' must be a string");
    }
    return n.asText();
  }

  /** A path parameter. */
  public String path(String name) {
    return ctx.pathParam(name);
  }

  /** A query parameter, or {@code null}. */
  public String query(String name) {
    return ctx.queryParam(name);
  }

  /**
   * An optional whole-number query parameter.
   *
   * @param name the parameter
   * @param otherwise the value when it is absent
   * @param min the least value allowed
   * @param max the greatest value allowed
   * @throws ApiException 400 naming the parameter if it is not a whole number in range
   */
  public int integer(String name, int otherwise, int min, int max) {
    String v = query(name);
    if (v == null || v.isBlank()) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the range
    }
    throw ApiException.invalid(
        name, "'" + name + "' must be a whole number from " + min + " to " + max);
  }

  /**
   * An optional ISO date query parameter.
   *
   * @throws ApiException 400 naming the parameter if it is not a date
   */
  public LocalDate date(String name) {
    String v = query(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.invalid(name, "'" + v + "' is not an ISO date (YYYY-MM-DD)");
    }
  }
}
