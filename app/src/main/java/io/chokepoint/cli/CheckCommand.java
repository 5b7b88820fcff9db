package io.chokepoint.cli;

import io.chokepoint.determine.DeterminationText;
import io.chokepoint.determine.Determiner;
import io.chokepoint.store.DeterminationLog;
import io.chokepoint.store.Store;
import io.chokepoint.transaction.Transaction;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint check FILE... [--as-of DATE] [--format json|text]}: determines every
 * transaction in every regime (FORMATS.md §2), screening every party against the shipped, imported
 * and named lists. Every file is read and validated first; if any is invalid, nothing is determined
 * or recorded and the exit code is 2.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "check",
    description = "Determine transactions in every regime, as of a date.")
final class CheckCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Transaction files (YAML or JSON).")
  List<Path> files;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Evaluation date (default: each transaction's date).")
  LocalDate asOf;

  @Option(names = "--format", defaultValue = "json", description = "json (JSON Lines) or text.")
  Format format;

  @Mixin ScreeningOptions screening = new ScreeningOptions();

  @Option(names = "--no-store", description = "Do not record the determinations in the database.")
  boolean noStore;

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    Determining determining = screening.determining(main.home(), store);
    Map<String, List<Transaction>> byFile = determining.read(files);
    Determiner determiner = determining.determiner();
    List<DeterminationLog.Entry> entries = new ArrayList<>();
    for (Map.Entry<String, List<Transaction>> e : byFile.entrySet()) {
      for (Transaction t : e.getValue()) {
        entries.add(
            new DeterminationLog.Entry(determiner.determine(t, asOf), e.getKey(), t.input()));
      }
    }
    if (!noStore) {
      Store db = main.home().store(store);
      if (determining.snapshot() != null) {
        db.listSnapshots().record(main.userName(), determining.snapshot());
      }
      db.determinations().record(main.userName(), entries);
    }
    PrintWriter out = spec.commandLine().getOut();
    for (DeterminationLog.Entry e : entries) {
      out.println(format == Format.json ? e.body() : DeterminationText.render(e.determination()));
    }
    return 0;
  }
}
