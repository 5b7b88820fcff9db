package io.chokepoint.cli;

import io.chokepoint.determine.Determination;
import io.chokepoint.determine.DeterminationDiff;
import io.chokepoint.determine.DeterminationJson;
import io.chokepoint.determine.Determiner;
import io.chokepoint.store.RecordedDetermination;
import io.chokepoint.store.Store;
import io.chokepoint.transaction.Transaction;
import io.chokepoint.transaction.TransactionReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * {@code chokepoint replay ID}: determines a recorded transaction again, from its recorded input
 * and as of its recorded date, under today's rule book and lists, and shows that the answer is the
 * same byte for byte, or exactly what differs and which identities changed.
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description =
        "Replay a recorded determination (by its number, or a transaction id for its latest)"
            + " under today's rules: the same answer, or the difference.")
public final class ReplayCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "A determination number or a transaction id.")
  String id;

  @Option(names = "--lists", paramLabel = "PATH", description = "More list files or folders.")
  List<Path> lists = new ArrayList<>();

  @Option(names = "--no-screening", description = "Use only the lists each party states.")
  boolean noScreening;

  @Option(names = "--format", defaultValue = "json", description = "json or text.")
  Format format;

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    Determining determining = new Determining(main.home(), lists, !noScreening, store);
    Replayed r = replay(main.home(), main.home().store(store), determining.determiner(), id);
    RecordedDetermination recorded = r.recorded();
    Determination again = r.again();
    DeterminationDiff diff = r.diff();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(RecordJson.line(r.json()));
      return 0;
    }
    out.printf(
        "Determination %d of %s as of %s (recorded %s): %s%n",
        recorded.id(),
        recorded.transactionId(),
        recorded.asOf(),
        recorded.recordedAt(),
        diff.identical()
            ? "replayed identically, byte for byte (" + again.overall() + ")"
            : "the answer differs today");
    diff.identities().forEach(s -> out.println("  identity " + s));
    diff.answer().forEach(s -> out.println("  answer   " + s));
    diff.fields().forEach(s -> out.println("  field    " + s));
    if (diff.moreFields() > 0) {
      out.println("  … and " + diff.moreFields() + " more changed fields");
    }
    return 0;
  }

  /**
   * A recorded determination and the same transaction determined again now.
   *
   * @param recorded the recorded determination
   * @param again the determination made now, as of the recorded date
   * @param diff how they differ
   */
  public record Replayed(
      RecordedDetermination recorded, Determination again, DeterminationDiff diff) {
    /** As {@code replay} prints it (docs/formats.md §14.4). */
    public Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("determination", recorded.id());
      m.put("transaction", recorded.transactionId());
      m.put("asOf", recorded.asOf().toString());
      m.put("recordedAt", recorded.recordedAt().toString());
      m.put("identical", diff.identical());
      m.put("identities", diff.identities());
      m.put("answer", diff.answer());
      m.put("fields", diff.fields());
      m.put("moreFields", diff.moreFields());
      m.put("replayed", again.overall().name());
      m.put("recorded", recorded.overall());
      return m;
    }
  }

  /**
   * Replays a determination (by number, or a transaction id for its current one) with a determiner.
   *
   * @throws io.chokepoint.store.NotFoundException if there is no such determination
   * @throws io.chokepoint.source.SourceException if it was recorded without its input
   */
  public static Replayed replay(Home home, Store db, Determiner determiner, String id) {
    RecordedDetermination recorded =
        id.matches("\\d{1,18}")
            ? db.determinations().get(Long.parseLong(id))
            : db.determinations().get(db.transactions().get(id).determination());
    if (recorded.input() == null) {
      throw RecordJson.invalid(
          "ID",
          "determination "
              + recorded.id()
              + " was recorded before inputs were kept, so it cannot be replayed");
    }
    TransactionReader reader =
        new TransactionReader(home.catalogue(), home.engine().ruleBook().declaredFacts());
    Transaction t = reader.parse(recorded.input(), "determination " + recorded.id()).get(0);
    Determination again = determiner.determine(t, recorded.asOf());
    String now = DeterminationJson.toLine(again);
    return new Replayed(recorded, again, DeterminationDiff.between(recorded.body(), now));
  }
}
