package io.chokepoint.register;

/** Checks of the free-text fields of register values. */
final class Text {
  private Text() {}

  /**
   * Returns the value if it is a non-blank single line.
   *
   * @throws IllegalArgumentException otherwise
   */
  static String require(String field, String value) {
    if (value == null || value.isBlank() || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(field + " must be a non-blank single line: " + value);
    }
    return value;
  }

  /** Returns null for null, else the value checked as {@link #require}. */
  static String optional(String field, String value) {
    return value == null ? null : require(field, value);
  }
}
