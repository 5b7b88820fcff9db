package io.chokepoint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code chokepoint classify}: classification commands. */
@Command(
    mixinStandardHelpOptions = true,
    name = "classify",
    description = "Classify items.",
    subcommands = {ClassifyChipCommand.class, ClassifyMaterialCommand.class})
final class ClassifyCommand implements Runnable {
  @ParentCommand Main main;

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
