package io.chokepoint.screening;

/**
 * A line of a matcher table (legal forms, abbreviations, word classes, Chinese words) that cannot
 * be read. The message starts with {@code file:line}.
 */
public final class TableFormatException extends IllegalArgumentException {
  /**
   * Creates the exception.
   *
   * @param source the table's file or resource name
   * @param line the 1-based line number
   * @param problem what is wrong, in words
   */
  public TableFormatException(String source, int line, String problem) {
    super(source + ":" + line + ": " + problem);
  }
}
