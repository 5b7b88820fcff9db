package io.chokepoint.cli;

import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.synthetic.SyntheticMaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint generate parties --count N --seed S --out FILE}: seeded synthetic data for
 * benchmarks and tests. {@code parties} writes a counterparty master with a known set of planted
 * list matches and the file of those answers (docs/formats.md §24).
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "generate",
    description = "Generate seeded synthetic data for benchmarks.",
    subcommands = {GenerateCommand.Parties.class})
final class GenerateCommand implements Runnable {
  @ParentCommand Main main;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code generate parties}. */
  @Command(
      mixinStandardHelpOptions = true,
      name = "parties",
      description = {
        "Write a synthetic counterparty master with planted list matches, and their answers.",
        "The same seed, count, rate and lists always give the same files."
      })
  static final class Parties implements Callable<Integer> {
    @ParentCommand GenerateCommand parent;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many parties.")
    long count;

    @Option(
        names = "--seed",
        defaultValue = "1",
        paramLabel = "S",
        description = "The seed (default 1).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The master CSV.")
    Path out;

    @Option(
        names = "--answers",
        paramLabel = "FILE",
        description = "The planted answers CSV (default: FILE with -planted before .csv).")
    Path answers;

    @Option(
        names = "--plant-rate",
        paramLabel = "R",
        defaultValue = "0.01",
        description = "The share of parties that are planted list matches (default 0.01).")
    double rate;

    @Option(
        names = "--lists",
        paramLabel = "PATH",
        description = "More list files or folders to plant from, with the shipped and imported.")
    List<Path> lists = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Override
    public Integer call() {
      if (count < 0) {
        throw new ParameterException(spec.commandLine(), "--count must not be negative");
      }
      if (!(rate >= 0 && rate <= 1)) {
        throw new ParameterException(spec.commandLine(), "--plant-rate must lie in [0, 1]");
      }
      Path answerFile = answers != null ? answers : defaultAnswers(out);
      ListSnapshot snapshot = parent.main.home().lists(lists);
      SyntheticMaster.Written w;
      try {
        w = SyntheticMaster.of(seed, snapshot, rate).write(count, out, answerFile);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + out + " or " + answerFile, e);
      }
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("parties", w.parties());
      json.put("planted", w.planted());
      json.put("seed", seed);
      json.put("plantRate", rate);
      json.put("lists", snapshot.contentHash());
      json.put("master", out.toString());
      json.put("answers", answerFile.toString());
      ListsCommand.print(
          spec.commandLine().getOut(),
          format,
          json,
          List.of(
              String.format(
                  Locale.ROOT,
                  "wrote %,d parties (%,d planted list matches, seed %d) to %s, the answers to %s",
                  w.parties(),
                  w.planted(),
                  seed,
                  out,
                  answerFile)));
      return 0;
    }

    static Path defaultAnswers(Path master) {
      String name = master.getFileName().toString();
      String stem = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
      return master.resolveSibling(stem + "-planted.csv");
    }
  }
}
