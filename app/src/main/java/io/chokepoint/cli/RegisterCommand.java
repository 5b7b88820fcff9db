package io.chokepoint.cli;

import io.chokepoint.determine.Determiner;
import io.chokepoint.determine.PartyScreener;
import io.chokepoint.register.HoldingClassifier;
import io.chokepoint.register.Movement;
import io.chokepoint.register.MovementChecker;
import io.chokepoint.register.RecordedMovement;
import io.chokepoint.register.RegisterChange;
import io.chokepoint.register.RegisterFile;
import io.chokepoint.register.RegisterJson;
import io.chokepoint.register.RegisterReport;
import io.chokepoint.register.RegisterText;
import io.chokepoint.review.Actor;
import io.chokepoint.store.Store;
import io.chokepoint.store.register.Register;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint register receive|move|transfer|scrap|list|report}: the controlled-item
 * register. Writes need an officer or admin; each movement that crosses a border or goes to another
 * party is checked for a licence as of its date, and flagged unless the answer is no licence
 * required or the movement names what covers it.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "register",
    description = "The controlled-item register: what is held, where, and for what.",
    subcommands = {
      RegisterWriteCommands.Receive.class,
      RegisterWriteCommands.Move.class,
      RegisterWriteCommands.Transfer.class,
      RegisterWriteCommands.Scrap.class,
      RegisterCommand.ListMovements.class,
      RegisterCommand.Report.class
    })
public final class RegisterCommand implements Runnable {
  @ParentCommand Main main;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  Register register(StoreOptions options) {
    return new Register(main.home().store(options));
  }

  /** A file reader that knows the register's sites. */
  RegisterFile fileReader(Register register) {
    return new RegisterFile(main.home().catalogue(), register::site);
  }

  /**
   * Records changes as the acting user and prints them.
   *
   * @param screen whether to screen the counterparties of transfers against the lists
   */
  int record(StoreOptions options, List<RegisterChange> changes, boolean screen, Format format) {
    Store store = main.home().store(options);
    Actor actor = store.users().actor(main.userName());
    Determiner determiner = main.home().engine().determiner();
    if (screen && changes.stream().anyMatch(c -> c.movement() instanceof Movement.Transferred)) {
      PartyScreener screener = main.home().partyScreener(main.home().lists(List.of()), options);
      determiner = determiner.withScreener(screener);
    }
    List<RecordedMovement> recorded = record(main.home(), store, actor, changes, determiner);
    PrintWriter out = spec.commandLine().getOut();
    recorded.forEach(r -> out.println(print(r, format)));
    long flagged = recorded.stream().filter(r -> r.check().flagged()).count();
    if (flagged > 0) {
      spec.commandLine()
          .getErr()
          .printf("chokepoint: %d movement(s) recorded and flagged for review%n", flagged);
    }
    return 0;
  }

  /**
   * Records register changes as one database transaction, each export checked for a licence by the
   * determiner (which screens transfer counterparties if it has a screener).
   *
   * @throws io.chokepoint.store.RefusedException if a change is refused; nothing is recorded
   */
  public static List<RecordedMovement> record(
      Home home, Store store, Actor actor, List<RegisterChange> changes, Determiner determiner) {
    MovementChecker checker = new MovementChecker(determiner, home.catalogue(), covers(store));
    return new Register(store).record(actor, changes, checker);
  }

  /** Checks a movement's named licence or transaction against the store. */
  static io.chokepoint.register.CoverVerifier covers(Store store) {
    return (kind, reference, date) -> {
      if (kind.equals("licence")) {
        var found = store.licences().find(reference);
        if (found.isEmpty()) {
          return java.util.Optional.of("no licence " + reference + " in the store");
        }
        var l = found.get().licence();
        if (l.status() != io.chokepoint.licence.LicenceStatus.ACTIVE) {
          return java.util.Optional.of(
              "licence " + reference + " is " + l.status().name().toLowerCase());
        }
        if (date.isBefore(l.validFrom()) || date.isAfter(l.validTo())) {
          return java.util.Optional.of(
              "licence "
                  + reference
                  + " is valid "
                  + l.validFrom()
                  + " to "
                  + l.validTo()
                  + ", not on "
                  + date);
        }
        return java.util.Optional.empty();
      }
      try {
        var tx = store.transactions().get(reference);
        return tx.status() == io.chokepoint.review.HoldStatus.RELEASED
                || tx.status() == io.chokepoint.review.HoldStatus.CLEARED
            ? java.util.Optional.empty()
            : java.util.Optional.of(
                "transaction " + reference + " is " + tx.status().name().toLowerCase());
      } catch (io.chokepoint.store.NotFoundException e) {
        return java.util.Optional.of("no transaction " + reference + " recorded");
      }
    };
  }

  static String print(RecordedMovement r, Format format) {
    return format == Format.json ? RegisterJson.line(r) : RegisterText.movement(r);
  }

  /** {@code register list}: the recorded movements with their checks. */
  @Command(
      mixinStandardHelpOptions = true,
      name = "list",
      description = "List the recorded movements with their licence checks, oldest first.")
  static final class ListMovements implements Callable<Integer> {
    @ParentCommand RegisterCommand parent;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--holding", paramLabel = "ID", description = "Only this holding.")
    String holding;

    @Option(names = "--flagged", description = "Only the flagged movements.")
    boolean flagged;

    @Option(names = "--format", defaultValue = "json", description = "json (JSON Lines) or text.")
    Format format;

    @Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      parent.register(store).movements().stream()
          .filter(r -> holding == null || r.movement().holding().equals(holding))
          .filter(r -> !flagged || r.check().flagged())
          .forEach(r -> out.println(print(r, format)));
      return 0;
    }
  }

  /** {@code register report --as-of DATE [--site S] [--eccn C]}. */
  @Command(
      mixinStandardHelpOptions = true,
      name = "report",
      description =
          "Counts and value by classification, site and end use as of a date, from the movements.")
  static final class Report implements Callable<Integer> {
    @ParentCommand RegisterCommand parent;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin DatedOutput output = new DatedOutput();

    @Option(names = "--site", paramLabel = "SITE", description = "Only this site.")
    String site;

    @Option(
        names = "--eccn",
        paramLabel = "CODE",
        description = "Only this US-EAR code or its stem, e.g. 3A090 or 3A090.a.")
    String eccn;

    @Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
      Main main = parent.main;
      HoldingClassifier classifier =
          HoldingClassifier.of(
              main.home().engine().determiner().chipClassifier(), main.home().catalogue());
      RegisterReport report =
          parent
              .register(store)
              .report(output.day(), new RegisterReport.Filter(site, eccn), classifier);
      spec.commandLine()
          .getOut()
          .println(output.json() ? RegisterJson.line(report) : RegisterText.report(report));
      return 0;
    }
  }
}
