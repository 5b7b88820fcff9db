package io.chokepoint.source;

/**
 * Where something sits in a source file: the file name as given to the reader, and a 1-based line
 * and column. Used by every validation error so that a person can go straight to the problem.
 *
 * @param file the file name or path as the user gave it
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Position(String file, int line, int column) {

  /** A position for a whole file, without line information. */
  public static Position ofFile(String file) {
    return new Position(file, 0, 0);
  }

  @Override
  public String toString() {
    if (line <= 0) {
      return file;
    }
    return file + ":" + line + ":" + column;
  }
}
