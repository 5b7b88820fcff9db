package io.chokepoint.lists;

import io.chokepoint.source.Csv;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Loads list files and folders into one {@link ListSnapshot}, all or nothing: every problem in
 * every file is collected, and if there is any the load throws and nothing is returned, so that a
 * bad file never half-loads.
 *
 * <p>A file's format is told by its name and first line: {@code sdn.csv} and {@code cons_prim.csv}
 * are OFAC's (read with the {@code add}, {@code alt} and {@code comments} files beside them); a
 * header starting {@code _id,source} or {@code source,entity_number} is the Consolidated Screening
 * List; {@code Name<TAB>Street_Address} the Denied Persons List; {@code <CONSOLIDATED_LIST} the UN
 * list; a header naming {@code id}, {@code list} and {@code name} the simple CSV. A folder with a
 * {@code lists.yaml} ({@link ListManifest}) loads the files it names; a folder without one loads
 * every {@code .csv}, {@code .tsv}, {@code .txt} and {@code .xml} file below it, in path order,
 * skipping hidden files.
 *
 * <p>The snapshot is as of the earliest date among its files: the lists are known to be current
 * only as far as the stalest of them. A file's date is the one it states (UN {@code dateGenerated},
 * the latest DPL {@code Last_Update}) or else the manifest's {@code asOf}; a file with neither has
 * none, and a snapshot none of whose files has a date has a {@code null} as-of.
 */
public final class ListLoader {
  private static final List<String> EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".xml");

  private ListLoader() {}

  /**
   * Loads files and folders into one snapshot.
   *
   * @param paths list files or folders, as the user named them
   * @return the snapshot of every entry read
   * @throws SourceException naming file, line and field of every problem, if there is any
   */
  public static ListSnapshot load(Path... paths) {
    return load(Arrays.asList(paths));
  }

  /**
   * Loads files and folders into one snapshot, as of today's date.
   *
   * @param paths list files or folders, as the user named them
   * @return the snapshot of every entry read
   * @throws SourceException naming file, line and field of every problem, if there is any
   */
  public static ListSnapshot load(List<Path> paths) {
    return load(paths, LocalDate.now());
  }

  /**
   * Loads files and folders into one snapshot.
   *
   * @param paths list files or folders, as the user named them
   * @param today the date after which a date a list states for itself is taken as a typo (the DPL
   *     has rows updated in the year 3017)
   * @return the snapshot of every entry read
   * @throws SourceException naming file, line and field of every problem, if there is any
   */
  public static ListSnapshot load(List<Path> paths, LocalDate today) {
    return loadDated(paths, today).snapshot();
  }

  /**
   * A snapshot and the days on which loading the same files gives it: from {@code loadedOn} until
   * the day before {@code changesOn}. Loading depends on the day only through dates a list states
   * for itself that lie in the future (the DPL's {@code Last_Update}).
   *
   * @param changesOn the first later day on which loading could give another snapshot, or {@code
   *     null} if none could
   */
  public record Dated(ListSnapshot snapshot, LocalDate loadedOn, LocalDate changesOn) {
    /** Whether loading the same files on {@code day} gives the same snapshot. */
    public boolean sameOn(LocalDate day) {
      return !day.isBefore(loadedOn) && (changesOn == null || day.isBefore(changesOn));
    }
  }

  /**
   * Loads files and folders into one snapshot, as {@link #load} does, with the days it holds for.
   *
   * @throws SourceException naming file, line and field of every problem, if there is any
   */
  public static Dated loadDated(List<Path> paths, LocalDate today) {
    Issues issues = new Issues();
    List<ListFile> files = new ArrayList<>();
    for (Path p : paths) {
      String display = p.toString();
      if (Files.isDirectory(p)) {
        folder(p, display, today, files, issues);
      } else if (Files.isRegularFile(p)) {
        add(files, file(p, display, null, today, issues));
      } else {
        issues.add(Position.ofFile(display), null, null, "no such file or folder");
      }
    }
    checkIds(files, issues);
    if (!issues.isEmpty()) {
      throw new SourceException("cannot load the lists", issues.toList());
    }
    List<ListEntry> entries = new ArrayList<>();
    List<ListSource> sources = new ArrayList<>();
    for (ListFile f : files) {
      entries.addAll(f.entries());
      sources.addAll(f.sources());
    }
    LocalDate asOf = earliest(sources.stream().map(ListSource::asOf));
    LocalDate changesOn = earliest(files.stream().map(ListFile::changesOn));
    return new Dated(ListSnapshot.of(entries, asOf, sources), today, changesOn);
  }

  private static LocalDate earliest(java.util.stream.Stream<LocalDate> dates) {
    return dates.filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
  }

  private static void folder(
      Path dir, String display, LocalDate today, List<ListFile> files, Issues issues) {
    if (Files.isRegularFile(dir.resolve(ListManifest.NAME))) {
      ListManifest m = ListManifest.read(dir, display, issues);
      if (m == null) {
        return;
      }
      Path base = dir.toAbsolutePath().normalize();
      // The files are read in parallel (reading is most of a server's start-up), each with its own
      // issues, then taken in the manifest's order so that the snapshot and the errors are the
      // same.
      record Read(ListFile file, Issues issues) {}
      List<Read> read =
          m.files().parallelStream()
              .map(
                  item -> {
                    Issues own = new Issues();
                    String shown =
                        Path.of(display)
                            .resolve(base.relativize(item.file()).toString())
                            .toString();
                    if (!Files.isRegularFile(item.file())) {
                      own.add(item.position(), null, "file", "no such file: " + shown);
                      return new Read(null, own);
                    }
                    ListFile f = file(item.file(), shown, item, today, own);
                    return new Read(f == null ? null : withDate(f, item.asOf(), item, own), own);
                  })
              .toList();
      for (Read r : read) {
        issues.addAll(r.issues().toList());
        add(files, r.file());
      }
      return;
    }
    List<Path> found;
    try (Stream<Path> s = Files.walk(dir)) {
      found =
          s.filter(Files::isRegularFile)
              .filter(ListLoader::isCandidate)
              .sorted(Comparator.comparing(Path::toString))
              .toList();
    } catch (IOException | UncheckedIOException e) {
      issues.add(Position.ofFile(display), null, null, "cannot read the folder: " + e.getMessage());
      return;
    }
    if (found.isEmpty()) {
      issues.add(Position.ofFile(display), null, null, "the folder holds no list file");
    }
    for (Path f : found) {
      String shown = Path.of(display).resolve(dir.relativize(f).toString()).toString();
      add(files, file(f, shown, null, today, issues));
    }
  }

  private static boolean isCandidate(Path p) {
    String name = p.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return !name.startsWith(".")
        && EXTENSIONS.stream().anyMatch(lower::endsWith)
        && OfacCsvReader.FileSet.ofCompanion(name) == null;
  }

  /** Reads one file in the format its name and header show. */
  private static ListFile file(
      Path path, String display, ListManifest.Item item, LocalDate today, Issues issues) {
    String name = path.getFileName().toString();
    OfacCsvReader.FileSet companion = OfacCsvReader.FileSet.ofCompanion(name);
    if (companion != null) {
      issues.add(
          Position.ofFile(display),
          null,
          null,
          "OFAC's "
              + name
              + " is read with "
              + companion.primary
              + ": name that file or the"
              + " folder instead");
      return null;
    }
    ListText text = ListText.read(path, display, issues);
    if (text == null) {
      return null;
    }
    if (text.isBlank()) {
      issues.add(new Position(display, 1, 1), null, null, "the file is empty");
      return null;
    }
    ListFormat format = detect(name, text);
    if (format == null) {
      issues.add(
          new Position(display, 1, 1),
          null,
          null,
          "unknown list file: its header '"
              + firstLine(text)
              + "' is none of the formats read"
              + " (OFAC sdn.csv or cons_prim.csv by name; a CSL header starting _id,source or"
              + " source,entity_number; the DPL header Name<TAB>Street_Address; the UN"
              + " <CONSOLIDATED_LIST>; a simple CSV header with id,list,name)");
      return null;
    }
    if (item != null && item.format() != format) {
      issues.add(
          item.position(),
          null,
          "format",
          "the manifest says " + item.format() + " but " + display + " is " + format);
      return null;
    }
    return switch (format) {
      case OFAC_CSV -> OfacCsvReader.read(path, text, issues);
      case CSL_CSV -> CslCsvReader.read(text, issues);
      case BIS_DPL -> DplReader.read(text, today, issues);
      case UN_XML -> UnXmlReader.read(text, issues);
      case SIMPLE_CSV -> SimpleCsvReader.read(text, issues);
    };
  }

  /** The format a file's name and first line show, or {@code null}. */
  static ListFormat detect(String fileName, ListText text) {
    if (OfacCsvReader.FileSet.ofPrimary(fileName) != null) {
      return ListFormat.OFAC_CSV;
    }
    String head = head(text);
    if (head.strip().startsWith("<")) {
      return head.contains("<CONSOLIDATED_LIST") ? ListFormat.UN_XML : null;
    }
    String line = firstLine(text);
    if (line.startsWith("_id,source,") || line.startsWith("source,entity_number,")) {
      return ListFormat.CSL_CSV;
    }
    if (line.replace("\"", "").startsWith("Name\tStreet_Address")) {
      return ListFormat.BIS_DPL;
    }
    List<Csv.Record> header = Csv.parse(line, "", new Issues());
    if (!header.isEmpty() && SimpleCsvReader.isHeader(header.get(0).fields())) {
      return ListFormat.SIMPLE_CSV;
    }
    return null;
  }

  private static String firstLine(ListText text) {
    String s = head(text);
    int end = s.indexOf('\n');
    return (end < 0 ? s : s.substring(0, end)).strip();
  }

  private static String shorten(String line) {
    return line.length() <= 80 ? line : line.substring(0, 77) + "...";
  }

  // The first 4 KiB are enough to tell a format; a bad byte there only spoils the guess, and the
  // reader then reports it.
  private static String head(ListText text) {
    String s =
        new String(text.bytes(), 0, Math.min(text.bytes().length, 4096), StandardCharsets.UTF_8);
    return s.startsWith("\ufeff") ? s.substring(1) : s;
  }

  /** Gives the file's sources the manifest's date, where the file states none of its own. */
  private static ListFile withDate(
      ListFile f, LocalDate manifestDate, ListManifest.Item item, Issues issues) {
    if (manifestDate == null) {
      return f;
    }
    if (f.asOf() != null && !f.asOf().equals(manifestDate)) {
      issues.add(
          item.position(),
          null,
          "asOf",
          "the manifest says asOf " + manifestDate + " but the file itself is as of " + f.asOf());
      return f;
    }
    List<ListSource> dated =
        f.sources().stream()
            .map(s -> new ListSource(s.path(), s.format(), s.sha256(), manifestDate, s.entries()))
            .toList();
    return new ListFile(f.entries(), manifestDate, dated, f.changesOn());
  }

  private static void add(List<ListFile> files, ListFile f) {
    if (f != null) {
      files.add(f);
    }
  }

  private static void checkIds(List<ListFile> files, Issues issues) {
    Map<String, ListEntry> seen = new HashMap<>();
    for (ListFile f : files) {
      for (ListEntry e : f.entries()) {
        ListEntry first = seen.putIfAbsent(e.id(), e);
        if (first != null) {
          issues.add(
              e.position(),
              e.id(),
              "id",
              "duplicate id " + e.id() + " (first at " + first.position() + ")");
        }
      }
    }
  }
}
