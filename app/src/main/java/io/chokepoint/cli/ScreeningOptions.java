package io.chokepoint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options of the commands that determine transactions and screen their parties on the way: more
 * lists to screen against, or no screening at all.
 */
final class ScreeningOptions {
  @Option(
      names = "--lists",
      paramLabel = "PATH",
      description = "More list files or folders to screen the parties against.")
  List<Path> lists = new ArrayList<>();

  @Option(
      names = "--no-screening",
      description = "Do not screen the parties; use only the lists each party states.")
  boolean noScreening;

  /** The determiner and reader these options ask for, the lists loading in the background. */
  Determining determining(Home home, StoreOptions store) {
    return new Determining(home, lists, !noScreening, store);
  }
}
