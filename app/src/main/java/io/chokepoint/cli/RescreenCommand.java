package io.chokepoint.cli;

import io.chokepoint.lists.ListLoader;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.rescreen.CounterpartyMaster;
import io.chokepoint.rescreen.LocalRescreen;
import io.chokepoint.rescreen.RescreenDiff;
import io.chokepoint.rescreen.RescreenEngine;
import io.chokepoint.rescreen.RescreenJob;
import io.chokepoint.rescreen.RescreenSummary;
import io.chokepoint.rescreen.ResultFolder;
import io.chokepoint.rescreen.ReviewsCsv;
import io.chokepoint.screening.FalsePositiveMemory;
import io.chokepoint.screening.ReviewedNonMatch;
import io.chokepoint.store.NotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint rescreen --parties FILE --out DIR [--previous DIR] …}: screens a counterparty
 * master against the lists, in full or, from a previous result, as a delta that screens only what
 * the list change can affect and gives the same result (docs/rescreen.md). Writes the result folder
 * (docs/formats.md §23) and prints its summary.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "rescreen",
    description = {
      "Rescreen a counterparty master against the restricted-party lists.",
      "With --previous, a delta from an earlier result: only what the list change can affect is"
          + " screened, and the result is what a full rescreen gives; it reports new, cleared and"
          + " changed alerts."
    })
final class RescreenCommand implements Callable<Integer> {
  /** The engines the command knows; a distributed one registers here. */
  private static final List<RescreenEngine> ENGINES = List.of(new LocalRescreen());

  @ParentCommand Main main;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--parties",
      required = true,
      paramLabel = "FILE",
      description =
          "The counterparty master: CSV with id, name, and optionally country, kind, address;"
              + " with --engine spark also Parquet (a .parquet file or folder).")
  Path parties;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The result folder to write (created; its earlier files are replaced).")
  Path out;

  @Option(
      names = "--lists",
      paramLabel = "PATH",
      description = "More list files or folders, with the shipped and imported lists.")
  List<Path> lists = new ArrayList<>();

  @Option(
      names = "--previous",
      paramLabel = "DIR",
      description =
          "A previous result folder: rescreen as a delta from it (its lists and token weights) and"
              + " report the changes.")
  Path previous;

  @Option(
      names = "--previous-lists",
      paramLabel = "PATH",
      description =
          "The lists the previous result was screened against, as files or folders (default: the"
              + " copy in the previous folder).")
  List<Path> previousLists = new ArrayList<>();

  @Option(
      names = "--full",
      description =
          "With --previous: screen every party and compare, rather than a delta (with the lists'"
              + " own token weights unless --keep-weights).")
  boolean full;

  @Option(
      names = "--keep-weights",
      description = "With --full and --previous: keep the previous token weights (the delta's).")
  boolean keepWeights;

  @Option(
      names = "--threshold",
      paramLabel = "T",
      description = "Lowest score kept, in [0, 1] (default: the previous result's, else 0.80).")
  Double threshold;

  @Option(
      names = "--cleared",
      paramLabel = "FILE",
      description =
          "Reviewed non-matches, as a matches.csv with cleared_by, cleared_at and cleared_reason"
              + " filled in; applied with those recorded by chokepoint clear.")
  List<Path> cleared = new ArrayList<>();

  @Option(
      names = "--engine",
      paramLabel = "NAME",
      defaultValue = "local",
      description =
          "Where to run: local (in this process, on every core) or spark (the spark module's"
              + " SparkMain in a child JVM; needs the module built, docs/spark.md).")
  String engine;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "With --engine spark: the Spark master (default: local[2]).")
  String master;

  @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
  Format format;

  @Option(names = "--quiet", description = "No progress on stderr.")
  boolean quiet;

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    RescreenEngine chosen = "spark".equals(engine) ? null : engine();
    if (CounterpartyMaster.isParquet(parties) && chosen != null) {
      throw new ParameterException(
          spec.commandLine(),
          "a Parquet master ("
              + parties
              + ") is read by the Spark engine: add --engine spark, or give the master as CSV");
    }
    if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
      throw new ParameterException(
          spec.commandLine(), "--threshold must lie in [0, 1], was " + threshold);
    }
    if (previous == null && (full || keepWeights || !previousLists.isEmpty())) {
      throw new ParameterException(
          spec.commandLine(), "--full, --keep-weights and --previous-lists need --previous");
    }
    if (keepWeights && !full) {
      throw new ParameterException(
          spec.commandLine(), "--keep-weights is for --full: a delta always keeps the weights");
    }
    if (full && !previousLists.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "--previous-lists is for a delta, not with --full");
    }
    if (previous != null && !ResultFolder.holdsResult(previous)) {
      throw new NotFoundException("no rescreen result in " + previous + " (no summary.json)");
    }
    if (chosen == null) {
      return inSpark();
    }
    ListSnapshot now = main.home().lists(lists);
    ListSnapshot before = null;
    if (previous != null && !full) {
      before =
          previousLists.isEmpty()
              ? ResultFolder.lists(previous)
              : ListLoader.load(previousLists, LocalDate.now());
    }
    FalsePositiveMemory memory = main.home().reviewedNonMatches(store);
    for (Path f : cleared) {
      for (ReviewedNonMatch r : ReviewsCsv.read(f)) {
        memory = memory.with(r);
      }
    }
    ProgressLine progress =
        new ProgressLine(spec.commandLine().getErr(), 0, "parties", !quiet && progressShown());
    RescreenJob job =
        new RescreenJob(
            parties,
            now,
            previous,
            before,
            keepWeights,
            memory,
            threshold,
            out,
            (done, total) -> progress.at(done, total));
    RescreenSummary s = chosen.run(job);
    progress.done();
    Map<String, Object> json = new java.util.LinkedHashMap<>(s.toJson());
    json.put("out", out.toString());
    ListsCommand.print(spec.commandLine().getOut(), format, json, text(s));
    return 0;
  }

  /**
   * Runs the rescreen with the spark module's {@code SparkMain rescreen} in a child JVM, with this
   * command's options, the imported lists and the reviews recorded in the store, and prints the
   * summary it wrote as the local engine's is printed.
   */
  private int inSpark() {
    List<String> args = new ArrayList<>(List.of("rescreen", "--parties", abs(parties)));
    args.addAll(List.of("--out", abs(out)));
    List<Path> more = new ArrayList<>();
    if (Files.isDirectory(main.home().importedLists())) {
      more.add(main.home().importedLists());
    }
    more.addAll(lists);
    SparkChild.each(args, "--lists", more.stream().map(RescreenCommand::abs).toList());
    if (previous != null) {
      args.addAll(List.of("--previous", abs(previous)));
    }
    SparkChild.each(
        args, "--previous-lists", previousLists.stream().map(RescreenCommand::abs).toList());
    if (full) {
      args.add("--full");
    }
    if (keepWeights) {
      args.add("--keep-weights");
    }
    if (threshold != null) {
      args.addAll(List.of("--threshold", threshold.toString()));
    }
    List<Path> reviews = new ArrayList<>(cleared);
    Path stored = null;
    FalsePositiveMemory memory = main.home().reviewedNonMatches(store);
    try {
      if (!memory.reviews().isEmpty()) {
        stored = Files.createTempFile("chokepoint-reviews-", ".csv");
        Files.writeString(stored, reviewsCsv(memory));
        reviews.add(stored);
      }
      SparkChild.each(args, "--cleared", reviews.stream().map(RescreenCommand::abs).toList());
      int code = SparkChild.run(main.home(), master, args, null);
      if (code != 0) {
        return code;
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      if (stored != null) {
        stored.toFile().delete();
      }
    }
    RescreenSummary s = ResultFolder.read(out).summary();
    Map<String, Object> json = new java.util.LinkedHashMap<>(s.toJson());
    json.put("out", out.toString());
    ListsCommand.print(spec.commandLine().getOut(), format, json, text(s));
    return 0;
  }

  private static String abs(Path p) {
    return p.toAbsolutePath().toString();
  }

  /**
   * The store's reviews as a reviews CSV ({@link ReviewsCsv}): a review's party key is the party's
   * normalised name and country, which read back give the same key.
   */
  private static String reviewsCsv(FalsePositiveMemory memory) {
    StringBuilder sb = new StringBuilder(String.join(",", ReviewsCsv.COLUMNS)).append('\n');
    for (ReviewedNonMatch r : memory.reviews()) {
      int bar = r.partyKey().lastIndexOf('|');
      List<String> row =
          List.of(
              r.partyKey().substring(0, bar),
              r.partyKey().substring(bar + 1),
              r.entryId(),
              r.entryFingerprint(),
              r.reviewer(),
              r.reviewedAt().toString(),
              r.reason());
      sb.append(
              String.join(
                  ",", row.stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"").toList()))
          .append('\n');
    }
    return sb.toString();
  }

  /** Whether the master is long enough for a progress line: more than about 500 rows. */
  private boolean progressShown() {
    try {
      return Files.size(parties) > 50_000;
    } catch (java.io.IOException e) {
      return false; // the engine says what is wrong with the file
    }
  }

  private RescreenEngine engine() {
    for (RescreenEngine e : ENGINES) {
      if (e.name().equals(engine)) {
        return e;
      }
    }
    throw new ParameterException(
        spec.commandLine(),
        "unknown engine '"
            + engine
            + "'; the engines are "
            + String.join(", ", ENGINES.stream().map(RescreenEngine::name).toList())
            + ", spark");
  }

  private List<String> text(RescreenSummary s) {
    List<String> out = new ArrayList<>();
    out.add(
        String.format(
            Locale.ROOT,
            "rescreen (%s, %s engine) of %,d parties against lists %s (%,d entries%s)",
            s.mode(),
            s.engine(),
            s.parties(),
            s.lists(),
            s.entries(),
            s.listsAsOf() == null ? "" : ", as of " + s.listsAsOf()));
    if (s.listDelta() != null) {
      out.add(
          String.format(
              Locale.ROOT,
              "  list change since %s: %,d added, %,d removed, %,d changed",
              s.previousLists(),
              s.listDelta().get("added"),
              s.listDelta().get("removed"),
              s.listDelta().get("changed")));
    }
    out.add(
        String.format(
            Locale.ROOT,
            "  matches at or above %s: %,d for %,d parties: %,d alerts, %,d cleared by a review",
            s.threshold(),
            s.matches(),
            s.partiesMatched(),
            s.open(),
            s.cleared()));
    String[] labels = {"new alerts", "cleared alerts", "changed scores"};
    for (RescreenDiff.Kind k : RescreenDiff.Kind.values()) {
      Map<String, Integer> by =
          s.changes().getOrDefault(k.name().toLowerCase(Locale.ROOT), Map.of());
      List<String> parts = new ArrayList<>();
      by.forEach((reason, n) -> parts.add(String.format(Locale.ROOT, "%s %,d", reason, n)));
      out.add(
          String.format(
              Locale.ROOT,
              "  %s: %,d%s",
              labels[k.ordinal()],
              s.total(k),
              parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")"));
    }
    if (s.scopes() != null) {
      out.add(
          String.format(
              Locale.ROOT,
              "  parties: %,d left alone, %,d scored against the changed names, %,d rescored from"
                  + " their new candidates, %,d from their old and new",
              s.scopes().get("unchanged"),
              s.scopes().get("scored"),
              s.scopes().get("new-candidates"),
              s.scopes().get("old-and-new-candidates")));
    }
    out.add(
        String.format(Locale.ROOT, "  token weights %s (from %s)", s.weights(), s.weightsFrom()));
    out.add(
        String.format(
            Locale.ROOT,
            "  written to %s: %s, %s, %s, %s, %s, %s, %s in %.1f s",
            this.out,
            ResultFolder.MATCHES,
            ResultFolder.CHANGES,
            ResultFolder.WEIGHTS,
            ResultFolder.LISTS,
            ResultFolder.STATES,
            ResultFolder.INDEX,
            ResultFolder.SUMMARY,
            s.seconds()));
    return out;
  }
}
