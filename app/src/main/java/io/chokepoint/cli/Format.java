package io.chokepoint.cli;

/** The output formats of the commands. */
enum Format {
  /** JSON, one object per line. */
  json,
  /** Text for a person. */
  text
}
