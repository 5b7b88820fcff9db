package io.chokepoint.cli;

import io.chokepoint.determine.Determiner;
import io.chokepoint.store.audit.AuditEntry;
import io.chokepoint.store.audit.AuditPack;
import io.chokepoint.store.audit.AuditTrail;
import io.chokepoint.store.audit.AuditVerification;
import io.chokepoint.store.audit.ChainCheckpoint;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint audit verify|log|export}: checks the hash-chained audit trail and names the
 * first broken entry, reads entries, and writes audit packs that an auditor checks without
 * Chokepoint.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "The audit trail: verify the chain, read entries, export an audit pack.",
    subcommands = {AuditCommand.Verify.class, AuditCommand.Log.class, AuditCommand.Export.class})
public final class AuditCommand implements Runnable {
  @ParentCommand Main main;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * A date or instant on the command line: {@code YYYY-MM-DD} means that whole day in UTC, an
   * ISO-8601 instant means itself.
   *
   * @param endOfDay whether a date stands for the last millisecond of its day (an inclusive end)
   * @throws CommandLine.ParameterException if it is neither
   */
  static Instant instant(CommandLine cl, String option, String text, boolean endOfDay) {
    try {
      return instant(text, endOfDay);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          cl,
          option
              + ": '"
              + text
              + "' is not a date (YYYY-MM-DD) or an ISO-8601 instant (2026-03-02T08:00:00Z)");
    }
  }

  /**
   * A date or instant: {@code YYYY-MM-DD} means that whole day in UTC, an ISO-8601 instant means
   * itself.
   *
   * @param endOfDay whether a date stands for the last millisecond of its day (an inclusive end)
   * @throws DateTimeParseException if it is neither
   */
  public static Instant instant(String text, boolean endOfDay) {
    if (text.length() == 10) {
      LocalDate day = LocalDate.parse(text);
      Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
      // Entries are recorded to the millisecond, so the day's last millisecond ends it.
      return endOfDay ? start.plusMillis(86_400_000L - 1) : start;
    }
    return Instant.parse(text);
  }

  /** A chain head as JSON, {@code seq} before {@code hash} on every run. */
  static Map<String, Object> head(long seq, String hash) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seq", seq);
    m.put("hash", hash);
    return m;
  }

  /** The JSON of a verification, as FORMATS documents it. */
  public static Map<String, Object> verification(AuditVerification v, AuditTrail.ChainHead head) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("intact", v.intact());
    m.put("entries", v.entries());
    m.put("head", head(head.seq(), head.hash()));
    m.put("lastHash", v.lastHash());
    Map<String, Object> broken = null;
    if (!v.intact()) {
      broken = new LinkedHashMap<>();
      broken.put("seq", v.firstBroken());
      broken.put("stored", v.brokenEntry() != null);
      if (v.brokenEntry() != null) {
        AuditEntry e = v.brokenEntry();
        broken.put("recordedAt", e.recordedAt());
        broken.put("actor", e.actor());
        broken.put("action", e.action());
        broken.put("subject", e.subject());
      }
    }
    m.put("firstBroken", broken);
    m.put("problem", v.problem());
    return m;
  }

  static List<String> verificationText(AuditVerification v, AuditTrail.ChainHead head) {
    if (v.intact()) {
      return List.of(
          String.format(
              "audit chain intact: %,d entries; head: entry %d %s",
              v.entries(), head.seq(), head.hash()));
    }
    AuditEntry e = v.brokenEntry();
    return List.of(
        "audit chain BROKEN at entry "
            + v.firstBroken()
            + (e == null ? " (missing)" : " (" + e.action() + " " + e.subject() + ")"),
        "  " + v.problem());
  }

  /**
   * {@code audit verify}: walks the chain; exit 0 when it is intact, {@link Main#AUDIT_BROKEN}
   * naming the first broken entry otherwise.
   */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = "Check the audit chain; exit 5 naming the first broken entry.")
  static final class Verify implements Callable<Integer> {
    @ParentCommand AuditCommand parent;

    @Option(
        names = "--against",
        paramLabel = "PACK_DIR",
        description =
            "Audit packs exported before: the chain must still hold each pack's head hash.")
    List<Path> packs = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "json or text.")
    Format format;

    @Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
      AuditTrail trail = parent.main.home().store(store).audit();
      List<ChainCheckpoint> checkpoints = new ArrayList<>();
      for (Path p : packs) {
        try {
          checkpoints.add(AuditPack.read(p).headCheckpoint(p.toString()));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
          throw new CommandLine.ParameterException(
              parent.spec.commandLine(), "--against " + p + ": " + e.getMessage());
        }
      }
      AuditTrail.ChainHead head = trail.head();
      AuditVerification v = trail.verify(checkpoints);
      ListsCommand.print(
          parent.spec.commandLine().getOut(),
          format,
          verification(v, head),
          verificationText(v, head));
      return v.intact() ? 0 : Main.AUDIT_BROKEN;
    }
  }

  /** {@code audit log}: the entries, oldest first, by subject and time range. */
  @Command(
      name = "log",
      mixinStandardHelpOptions = true,
      description = "Print audit entries, oldest first.")
  static final class Log implements Callable<Integer> {
    @ParentCommand AuditCommand parent;

    @Option(names = "--subject", paramLabel = "S", description = "Only entries about S.")
    String subject;

    @Option(names = "--from", paramLabel = "DATE", description = "From this day or instant.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "To this day or instant, inclusive.")
    String to;

    @Option(names = "--format", defaultValue = "text", description = "json or text.")
    Format format;

    @Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
      CommandLine cl = parent.spec.commandLine();
      Instant start = from == null ? Instant.MIN : instant(cl, "--from", from, false);
      Instant end = to == null ? Instant.MAX : instant(cl, "--to", to, true);
      AuditTrail trail = parent.main.home().store(store).audit();
      PrintWriter out = cl.getOut();
      List<AuditEntry> entries =
          subject != null ? trail.about(subject) : trail.recordedBetween(start, end);
      for (AuditEntry e : entries) {
        Instant at = Instant.parse(e.recordedAt());
        if (at.isBefore(start) || at.isAfter(end)) {
          continue;
        }
        if (format == Format.json) {
          out.println(ListsCommand.json(e.fields()));
        } else {
          out.printf(
              "%6d %s %s %s %s %s%n",
              e.seq(), e.recordedAt(), e.actor(), e.action(), e.subject(), e.detail());
        }
      }
      return 0;
    }
  }

  /** {@code audit export}: writes an audit pack for a time range. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Write an audit pack that an auditor can verify without Chokepoint.")
  static final class Export implements Callable<Integer> {
    @ParentCommand AuditCommand parent;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day.")
    String to;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "DIR",
        description = "A new or empty directory.")
    Path out;

    @Option(names = "--format", defaultValue = "text", description = "json or text.")
    Format format;

    @Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() throws IOException {
      CommandLine cl = parent.spec.commandLine();
      Instant start = instant(cl, "--from", from, false);
      Instant end = instant(cl, "--to", to, true);
      if (start.isAfter(end)) {
        throw new CommandLine.ParameterException(cl, "--from " + from + " is after --to " + to);
      }
      if (Files.exists(out) && (!Files.isDirectory(out) || !isEmpty(out))) {
        throw new CommandLine.ParameterException(
            cl, "--out " + out + ": an audit pack is written to a new or empty directory");
      }
      AuditTrail trail = parent.main.home().store(store).audit();
      AuditPack pack = AuditPack.export(trail, start, end, out, Determiner.ENGINE_VERSION);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("out", out.toString());
      json.put("entries", pack.entries());
      json.put("firstSeq", pack.firstSeq());
      json.put("lastSeq", pack.lastSeq());
      json.put("anchor", pack.anchor());
      json.put("lastHash", pack.lastHash());
      json.put("head", head(pack.headSeq(), pack.headHash()));
      json.put("chainIntact", pack.chainIntact());
      json.put("chainProblem", pack.chainProblem());
      List<String> text = new ArrayList<>();
      text.add(
          String.format(
              "audit pack %s: entries %d to %d (%,d), %s",
              out,
              pack.firstSeq(),
              pack.lastSeq(),
              pack.entries(),
              pack.startsAtGenesis()
                  ? "from the start of the chain"
                  : "anchored at entry " + (pack.firstSeq() - 1) + "'s hash " + pack.anchor()));
      text.add("  last hash " + pack.lastHash());
      text.add(
          "  chain head at export: entry "
              + pack.headSeq()
              + " "
              + pack.headHash()
              + " (keep it outside Chokepoint)");
      text.add("  check with: python3 " + out.resolve("verify.py"));
      if (!pack.chainIntact()) {
        text.add("  WARNING: the chain in the database is broken: " + pack.chainProblem());
      }
      ListsCommand.print(cl.getOut(), format, json, text);
      return pack.chainIntact() ? 0 : Main.AUDIT_BROKEN;
    }

    private static boolean isEmpty(Path dir) throws IOException {
      try (Stream<Path> s = Files.list(dir)) {
        return s.findAny().isEmpty();
      }
    }
  }
}
