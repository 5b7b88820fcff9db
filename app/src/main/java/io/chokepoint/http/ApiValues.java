package io.chokepoint.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.chokepoint.source.Node;
import io.chokepoint.source.SourceReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Body values the newer modules read beyond {@link ApiCall}'s strings: decimals, dates, whole
 * numbers, and the body as a positioned tree for the core readers, which name line and field.
 */
final class ApiValues {
  /** The name request bodies go by in error positions. */
  static final String BODY = "request body";

  private ApiValues() {}

  /**
   * The body as the core readers take it. Bad JSON is a {@code BAD_JSON} 400 first, so that the
   * YAML reader (which reads JSON too) never reports JSON syntax in YAML terms.
   */
  static Node tree(ApiCall call) {
    call.body();
    return SourceReader.parse(call.text(), BODY);
  }

  /** Answers with JSON text already written, as the CLI prints it, without reserialising it. */
  static Object raw(ApiCall call, String json) {
    call.context().contentType("application/json").result(json);
    return null;
  }

  /**
   * A decimal field: a JSON number or a string holding one.
   *
   * @return {@code null} if absent and not required
   * @throws ApiException 400 naming the field
   */
  static BigDecimal decimal(ApiCall call, String field, boolean required) {
    JsonNode n = call.body().get(field);
    if (n == null || n.isNull()) {
      if (required) {
        throw ApiException.invalid(field, "'" + field + "' is required: a number");
      }
      return null;
    }
    if (n.isNumber()) {
      return n.decimalValue();
    }
    if (n.isTextual()) {
      try {
        return new BigDecimal(n.asText().trim());
      } catch (NumberFormatException e) {
        // fall through to the error below
      }
    }
    throw ApiException.invalid(field, "'" + field + "' must be a number, not " + n);
  }

  /**
   * A whole-number field.
   *
   * @throws ApiException 400 naming the field if it is missing or not a whole number
   */
  static long whole(ApiCall call, String field) {
    JsonNode n = call.body().get(field);
    if (n == null || !n.canConvertToExactIntegral()) {
      throw ApiException.invalid(field, "'" + field + "' is required: a whole number");
    }
    return n.asLong();
  }

  /**
   * An optional ISO date field of the body.
   *
   * @throws ApiException 400 naming the field if it is not a date
   */
  static LocalDate date(ApiCall call, String field, LocalDate otherwise) {
    String v = call.optionalString(field);
    if (v == null) {
      return otherwise;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.invalid(field, "'" + v + "' is not an ISO date (YYYY-MM-DD)");
    }
  }
}
