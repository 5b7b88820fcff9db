package io.chokepoint.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.lists.ListDelta;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.lists.ListLoader;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.lists.ListSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint lists status|import|diff}: what list snapshot is active, adding list files to
 * it all or nothing, and what changed between two snapshots.
 */
@Command(
    name = "lists",
    mixinStandardHelpOptions = true,
    description = "Restricted-party lists: status, import and diff.",
    subcommands = {
      ListsCommand.Status.class,
      ListsCommand.Import.class,
      ListsCommand.Diff.class,
      ListsHistoryCommand.class
    })
public final class ListsCommand implements Runnable {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParentCommand Main main;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** Prints {@code json} as one JSON line, or the {@code text} lines. */
  static void print(PrintWriter out, Format format, Object json, List<String> text) {
    if (format == Format.json) {
      out.println(json(json));
    } else {
      text.forEach(out::println);
    }
  }

  /** The active snapshot as {@code lists status} prints it (docs/formats.md §11). */
  public static Map<String, Object> status(ListSnapshot s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lists", s.contentHash());
    m.put("asOf", s.asOf() == null ? null : s.asOf().toString());
    m.put("entries", s.entries().size());
    m.put("counts", s.counts());
    List<Object> sources = new ArrayList<>();
    for (ListSource src : s.sources()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("path", src.path());
      f.put("format", src.format().name());
      f.put("sha256", src.sha256());
      f.put("asOf", src.asOf() == null ? null : src.asOf().toString());
      f.put("entries", src.entries());
      sources.add(f);
    }
    m.put("sources", sources);
    return m;
  }

  static List<String> statusText(ListSnapshot s) {
    List<String> out = new ArrayList<>();
    out.add(
        String.format(
            "lists %s as of %s: %,d entries", s.contentHash(), s.asOf(), s.entries().size()));
    s.counts().forEach((list, n) -> out.add(String.format("  %-12s %,8d", list, n)));
    for (ListSource src : s.sources()) {
      out.add(
          String.format(
              "  file %s (%s, as of %s, %,d entries, sha256 %s)",
              src.path(), src.format(), src.asOf(), src.entries(), src.sha256().substring(0, 12)));
    }
    return out;
  }

  /** A delta as {@code lists import} and {@code lists diff} print it. */
  public static Map<String, Object> delta(ListSnapshot before, ListSnapshot after, ListDelta d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("before", before.contentHash());
    m.put("after", after.contentHash());
    m.put("added", d.added().stream().map(ListEntry::id).toList());
    m.put("removed", d.removed().stream().map(ListEntry::id).toList());
    List<Object> changed = new ArrayList<>();
    for (ListDelta.Change c : d.changed()) {
      changed.add(Map.of("id", c.after().id(), "fields", c.fields()));
    }
    m.put("changed", changed);
    return m;
  }

  static List<String> deltaText(ListSnapshot before, ListSnapshot after, ListDelta d) {
    List<String> out = new ArrayList<>();
    out.add(
        String.format(
            "%s -> %s: %d added, %d removed, %d changed",
            before.contentHash(),
            after.contentHash(),
            d.added().size(),
            d.removed().size(),
            d.changed().size()));
    d.added().forEach(e -> out.add("  + " + e.id() + " " + e.list() + " '" + e.name() + "'"));
    d.removed().forEach(e -> out.add("  - " + e.id() + " " + e.list() + " '" + e.name() + "'"));
    for (ListDelta.Change c : d.changed()) {
      out.add(
          "  ~ "
              + c.after().id()
              + " '"
              + c.after().name()
              + "': "
              + String.join(", ", c.fields()));
    }
    return out;
  }

  /**
   * What an import did.
   *
   * @param before the active snapshot before
   * @param after the active snapshot after, with the imported files
   * @param delta what changed
   */
  public record Imported(ListSnapshot before, ListSnapshot after, ListDelta delta) {}

  /** {@code lists status}: the active snapshot: hash, as-of date, counts per list and files. */
  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = "Show the active list snapshot: hash, as-of date, counts and files.")
  static final class Status implements Callable<Integer> {
    @ParentCommand ListsCommand parent;

    @Option(names = "--format", defaultValue = "text", description = "json or text.")
    Format format;

    @Override
    public Integer call() {
      ListSnapshot s = parent.main.home().lists(List.of());
      print(parent.spec.commandLine().getOut(), format, status(s), statusText(s));
      return 0;
    }
  }

  /**
   * {@code lists import PATH...}: adds list files or folders to the active snapshot. All of them
   * and the lists already active are loaded together first; if any file is invalid, nothing is
   * imported and the active snapshot stays as it was.
   */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = "Import list files or folders; all or nothing.")
  public static final class Import implements Callable<Integer> {
    @ParentCommand ListsCommand parent;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "List files or folders.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", description = "json or text.")
    Format format;

    @Override
    public Integer call() throws IOException {
      Imported i = importLists(parent.main.home(), paths);
      print(
          parent.spec.commandLine().getOut(),
          format,
          delta(i.before(), i.after(), i.delta()),
          deltaText(i.before(), i.after(), i.delta()));
      return 0;
    }

    /**
     * Imports list files or folders under the home's imported lists, all or nothing.
     *
     * @return the active snapshot before and after, and the delta
     * @throws io.chokepoint.source.SourceException if any file is invalid; nothing is copied
     */
    public static Imported importLists(Home home, List<Path> paths) throws IOException {
      ListSnapshot before = home.lists(List.of());
      // Loading everything together first rejects bad files and clashing ids before any copy.
      ListSnapshot after = home.lists(paths);
      Path imported = home.importedLists();
      Files.createDirectories(imported);
      Path staging = Files.createTempDirectory(imported.getParent(), ".import-");
      for (Path p : paths) {
        copy(p, staging.resolve(LocalDate.now() + "-" + p.getFileName()));
      }
      ListLoader.load(List.of(staging), LocalDate.now());
      try (Stream<Path> s = Files.list(staging)) {
        for (Path p : s.toList()) {
          Files.move(p, imported.resolve(p.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
      }
      Files.delete(staging);
      return new Imported(before, after, ListDelta.between(before, after));
    }

    /** Copies a file with the OFAC files beside it, or a whole folder, into its own folder. */
    private static void copy(Path from, Path to) throws IOException {
      Files.createDirectories(to);
      if (Files.isDirectory(from)) {
        try (Stream<Path> s = Files.walk(from)) {
          for (Path p : s.filter(Files::isRegularFile).toList()) {
            Path target = to.resolve(from.relativize(p).toString());
            Files.createDirectories(target.getParent());
            Files.copy(p, target);
          }
        }
        return;
      }
      String name = from.getFileName().toString();
      List<Path> files = new ArrayList<>(List.of(from));
      String prefix = name.equals("sdn.csv") ? "" : name.equals("cons_prim.csv") ? "cons_" : null;
      if (prefix != null) {
        for (String part : List.of("add.csv", "alt.csv", "comments.csv")) {
          String sibling =
              prefix.isEmpty() && part.equals("comments.csv") ? "sdn_comments.csv" : prefix + part;
          Path p = from.resolveSibling(sibling);
          if (Files.exists(p)) {
            files.add(p);
          }
        }
      }
      for (Path f : files) {
        try {
          Files.copy(f, to.resolve(f.getFileName().toString()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /** {@code lists diff BEFORE AFTER}: entries added, removed and changed between two snapshots. */
  @Command(
      name = "diff",
      mixinStandardHelpOptions = true,
      description = "Show entries added, removed and changed between two list files or folders.")
  static final class Diff implements Callable<Integer> {
    @ParentCommand ListsCommand parent;

    @Parameters(index = "0", paramLabel = "BEFORE", description = "List file or folder.")
    Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "List file or folder.")
    Path after;

    @Option(names = "--format", defaultValue = "text", description = "json or text.")
    Format format;

    @Override
    public Integer call() {
      ListSnapshot b = ListLoader.load(List.of(before), LocalDate.now());
      ListSnapshot a = ListLoader.load(List.of(after), LocalDate.now());
      ListDelta d = ListDelta.between(b, a);
      print(parent.spec.commandLine().getOut(), format, delta(b, a, d), deltaText(b, a, d));
      return 0;
    }
  }
}
