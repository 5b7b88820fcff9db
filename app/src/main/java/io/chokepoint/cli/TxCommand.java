package io.chokepoint.cli;

import io.chokepoint.determine.Determination;
import io.chokepoint.determine.Determiner;
import io.chokepoint.review.Actor;
import io.chokepoint.review.HoldStatus;
import io.chokepoint.store.RecordedDetermination;
import io.chokepoint.store.Store;
import io.chokepoint.store.tx.ReviewRecord;
import io.chokepoint.store.tx.Submission;
import io.chokepoint.store.tx.TransactionRecord;
import io.chokepoint.transaction.Transaction;
import java.io.PrintWriter;
import java.nio.file.Path;
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
 * {@code chokepoint tx add|list|show}: records transactions with their determinations, putting on
 * hold every one that is not NO_LICENSE_REQUIRED, and shows them with their reviews.
 */
@Command(
    name = "tx",
    mixinStandardHelpOptions = true,
    description = "Record, list and show transactions.",
    subcommands = {TxCommand.Add.class, TxCommand.ListTx.class, TxCommand.Show.class})
final class TxCommand {
  @ParentCommand Main main;

  /** {@code tx add FILE...}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Record transactions: determine each, screen its parties, hold it unless every regime"
              + " says NO_LICENSE_REQUIRED. Each transaction is written whole or not at all;"
              + " adding the same input again changes nothing.")
  static final class Add implements Callable<Integer> {
    @ParentCommand TxCommand tx;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Transaction files.")
    List<Path> files;

    @Mixin ScreeningOptions screening = new ScreeningOptions();

    @Option(names = "--format", defaultValue = "json", description = "json (JSON Lines) or text.")
    Format format;

    @Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
      Main main = tx.main;
      Determining determining = screening.determining(main.home(), store);
      Map<String, List<Transaction>> byFile = determining.read(files);
      Store db = main.home().store(store);
      Actor actor = db.users().actor(main.userName());
      Determiner determiner = determining.determiner();
      if (determining.snapshot() != null) {
        db.listSnapshots().record(actor.name(), determining.snapshot());
      }
      PrintWriter out = spec.commandLine().getOut();
      for (Map.Entry<String, List<Transaction>> e : byFile.entrySet()) {
        for (Transaction t : e.getValue()) {
          Determination d = determiner.determine(t, null);
          Submission s = db.transactions().submit(actor, t, d, e.getKey());
          Map<String, Object> m = RecordJson.transaction(s.record());
          m.put("change", s.change().name());
          out.println(format == Format.json ? RecordJson.line(m) : text(s));
        }
      }
      return 0;
    }

    private static String text(Submission s) {
      TransactionRecord r = s.record();
      return String.format(
          "%s %s: %s, %s (revision %d, determination %d)",
          r.id(),
          s.change().name().toLowerCase(),
          r.outcome(),
          r.status().name().toLowerCase().replace('_', ' '),
          r.revision(),
          r.determination());
    }
  }

  /** {@code tx list [--status S]}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List transactions.")
  static final class ListTx implements Callable<Integer> {
    @ParentCommand TxCommand tx;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--status",
        paramLabel = "STATUS",
        description = "Only these: cleared, held, awaiting_facts, released, rejected.")
    String status;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many.")
    int limit;

    @Option(names = "--format", defaultValue = "json", description = "json (JSON Lines) or text.")
    Format format;

    @Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
      HoldStatus s = status == null ? null : RecordJson.status(status, "--status");
      PrintWriter out = spec.commandLine().getOut();
      for (TransactionRecord r : tx.main.home().store(store).transactions().list(s, limit)) {
        out.println(
            format == Format.json
                ? RecordJson.line(RecordJson.transaction(r))
                : String.format(
                    "%-20s %s %s→%s %-20s %s",
                    r.id(),
                    r.date(),
                    r.from(),
                    r.to(),
                    r.outcome(),
                    r.status().name().toLowerCase()));
      }
      return 0;
    }
  }

  /** {@code tx show ID}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show a transaction: status, determinations, reviews and its audit entries.")
  static final class Show implements Callable<Integer> {
    @ParentCommand TxCommand tx;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The transaction id.")
    String id;

    @Option(names = "--format", defaultValue = "json", description = "json or text.")
    Format format;

    @Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
      Store db = tx.main.home().store(store);
      TransactionRecord r = db.transactions().get(id);
      List<RecordedDetermination> determinations = db.determinations().forTransaction(id);
      List<ReviewRecord> reviews = db.holds().reviews(id);
      Map<String, Object> m = RecordJson.transaction(r);
      List<Map<String, Object>> ds = new ArrayList<>();
      for (RecordedDetermination d : determinations) {
        ds.add(RecordJson.determination(d));
      }
      m.put("determinations", ds);
      m.put("reviews", reviews.stream().map(RecordJson::review).toList());
      PrintWriter out = spec.commandLine().getOut();
      if (format == Format.json) {
        out.println(RecordJson.line(m));
        return 0;
      }
      out.printf(
          "Transaction %s (%s, %s→%s): %s, %s, revision %d%n",
          r.id(), r.date(), r.from(), r.to(), r.outcome(), r.status(), r.revision());
      out.printf("  submitted by %s at %s%n", r.submittedBy(), r.submittedAt());
      for (Map<String, Object> d : ds) {
        out.printf(
            "  determination %s as of %s: %s (by %s at %s)%n",
            d.get("id"), d.get("asOf"), d.get("overall"), d.get("by"), d.get("recordedAt"));
      }
      for (ReviewRecord v : reviews) {
        out.printf(
            "  review %d: %s by %s at %s: %s%s%s%n",
            v.id(),
            v.decision(),
            v.reviewer(),
            v.decidedAt(),
            v.reason(),
            v.covers().isEmpty() ? "" : " [" + String.join("; ", v.covers()) + "]",
            v.facts().isEmpty() ? "" : " [facts: " + String.join("; ", v.facts()) + "]");
      }
      return 0;
    }
  }
}
