package io.chokepoint.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options of the commands that answer for one date and print JSON or text. */
final class DatedOutput {
  @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluation date (default: today).")
  LocalDate asOf;

  @Option(names = "--format", defaultValue = "json", description = "json or text.")
  Format format;

  /** The evaluation date: the one given, else today. */
  LocalDate day() {
    return asOf != null ? asOf : LocalDate.now();
  }

  /** Whether JSON is wanted. */
  boolean json() {
    return format == Format.json;
  }
}
