package io.chokepoint.cli;

import io.chokepoint.review.Actor;
import io.chokepoint.review.ReviewDecision;
import io.chokepoint.store.Store;
import io.chokepoint.store.tx.ReviewRecord;
import io.chokepoint.store.tx.TransactionRecord;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint review queue|release|reject|ask}: the review queue of held transactions. A
 * reason is required for every decision; the role rules are those of {@link
 * io.chokepoint.review.ReviewRules}.
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = "Review held transactions: release, reject or ask for facts.",
    subcommands = {
      ReviewCommand.Queue.class,
      ReviewCommand.Release.class,
      ReviewCommand.Reject.class,
      ReviewCommand.Ask.class
    })
final class ReviewCommand {
  @ParentCommand Main main;

  /** What every decision shares. */
  abstract static class Decide implements Callable<Integer> {
    @ParentCommand ReviewCommand review;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The transaction id.")
    String id;

    @Option(names = "--reason", required = true, paramLabel = "WHY", description = "Why.")
    String reason;

    @Option(names = "--format", defaultValue = "json", description = "json or text.")
    Format format;

    @Mixin StoreOptions store = new StoreOptions();

    abstract ReviewDecision decision();

    @Override
    public Integer call() {
      if (reason.isBlank()) {
        throw RecordJson.invalid("--reason", "a reason is required");
      }
      Store db = review.main.home().store(store);
      Actor actor = db.users().actor(review.main.userName());
      ReviewDecision decision = decision();
      ReviewRecord r;
      if (decision instanceof ReviewDecision.Release) {
        Licensing licensing = Licensing.of(review.main, db, id);
        r = db.holds().decide(actor, id, decision, licensing.cover(), licensing.drawdown());
      } else {
        r = db.holds().decide(actor, id, decision);
      }
      PrintWriter out = spec.commandLine().getOut();
      if (format == Format.json) {
        out.println(RecordJson.line(RecordJson.review(r)));
      } else {
        out.printf(
            "%s: %s by %s (%s)%s%n",
            r.transaction(),
            r.decision(),
            r.reviewer(),
            r.reason(),
            r.covers().isEmpty() ? "" : " under " + String.join("; ", r.covers()));
      }
      return 0;
    }
  }

  /** {@code review release ID (--licence N | --exception E)... --reason WHY}. */
  @Command(
      name = "release",
      mixinStandardHelpOptions = true,
      description =
          "Release under licences (drawn down) or offered licence exceptions; an INDETERMINATE"
              + " regime may be released on your finding, stated in the reason.")
  static final class Release extends Decide {
    @Option(names = "--licence", paramLabel = "NUMBER", description = "A licence that covers it.")
    List<String> licences = new ArrayList<>();

    @Option(
        names = "--exception",
        paramLabel = "ID",
        description = "A licence exception the determination offered, e.g. NAC.")
    List<String> exceptions = new ArrayList<>();

    @Override
    ReviewDecision decision() {
      return new ReviewDecision.Release(licences, exceptions, reason);
    }
  }

  /** {@code review reject ID --reason WHY}. */
  @Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject: do not ship.")
  static final class Reject extends Decide {
    @Override
    ReviewDecision decision() {
      return new ReviewDecision.Reject(reason);
    }
  }

  /** {@code review ask ID --fact F... --reason WHY}. */
  @Command(
      name = "ask",
      mixinStandardHelpOptions = true,
      description = "Ask for facts; it stays held until the transaction is amended (tx add).")
  static final class Ask extends Decide {
    @Option(
        names = "--fact",
        required = true,
        paramLabel = "FACT",
        description = "A fact needed, e.g. endUse.logicNodeNm.")
    List<String> facts = new ArrayList<>();

    @Override
    ReviewDecision decision() {
      return new ReviewDecision.AskForFacts(facts, reason);
    }
  }

  /** {@code review queue}: the held transactions, oldest export date first. */
  @Command(name = "queue", mixinStandardHelpOptions = true, description = "The held transactions.")
  static final class Queue implements Callable<Integer> {
    @ParentCommand ReviewCommand review;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "json", description = "json (JSON Lines) or text.")
    Format format;

    @Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
      Store db = review.main.home().store(store);
      List<TransactionRecord> held = db.transactions().queue();
      PrintWriter out = spec.commandLine().getOut();
      for (TransactionRecord r : held) {
        out.println(
            format == Format.json
                ? RecordJson.line(RecordJson.transaction(r))
                : String.format(
                    "%-20s %s %s→%s %-20s %s (submitted by %s)",
                    r.id(),
                    r.date(),
                    r.from(),
                    r.to(),
                    r.outcome(),
                    r.status().name().toLowerCase(),
                    r.submittedBy()));
      }
      return 0;
    }
  }
}
