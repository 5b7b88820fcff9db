package io.chokepoint.http;

/**
 * An error the API answers with: an HTTP status, a stable code scripts rely on, a message for a
 * person, and the path of the field at fault where there is one. Rendered as {@code {"error":
 * {"code", "message", "field"}}}.
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String field;

  /**
   * Creates the error.
   *
   * @param status the HTTP status
   * @param code a stable code, e.g. {@code INVALID_INPUT}
   * @param message what is wrong, in the user's words
   * @param field the JSON path or parameter at fault, or {@code null}
   */
  public ApiException(int status, String code, String message, String field) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }

  /** A 400 naming the field at fault. */
  public static ApiException invalid(String field, String message) {
    return new ApiException(400, "INVALID_INPUT", message, field);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The stable code. */
  public String code() {
    return code;
  }

  /** The field at fault, or {@code null}. */
  public String field() {
    return field;
  }
}
