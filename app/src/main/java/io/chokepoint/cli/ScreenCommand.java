package io.chokepoint.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.determine.ScreeningFormat;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.screening.ListScreener;
import io.chokepoint.screening.MatchPolicy;
import io.chokepoint.screening.ScreeningMatch;
import io.chokepoint.screening.ScreeningQuery;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint screen (NAME... | --file CSV) [--lists PATH...] [--threshold T] [--format
 * json|text]}: screens names against every loaded list (FORMATS.md §5). The shipped and imported
 * lists always load; {@code --lists} adds more. A long file shows its progress on stderr.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "screen",
    description = "Screen names against the restricted-party lists.")
final class ScreenCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PROGRESS_FROM = 500;
  private static final int BATCH = 256;

  @ParentCommand Main main;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  Input input;

  /** Names on the command line, or a CSV file of them. */
  static final class Input {
    @Parameters(paramLabel = "NAME", arity = "1..*", description = "Names to screen, any script.")
    List<String> names;

    @Option(
        names = "--file",
        paramLabel = "CSV",
        required = true,
        description =
            "A CSV file with a name column, and optionally id, country and address columns.")
    Path file;
  }

  @Option(
      names = "--lists",
      paramLabel = "PATH",
      description = "More list files or folders (any supported format).")
  List<Path> lists = new ArrayList<>();

  @Option(
      names = "--threshold",
      paramLabel = "T",
      description =
          "Lowest score to report, in [0, 1] (default: the alert threshold, ${DEFAULT-VALUE}).")
  double threshold = MatchPolicy.DEFAULT_ALERT_THRESHOLD;

  @Option(names = "--format", defaultValue = "json", description = "json (JSON Lines) or text.")
  Format format;

  @Option(names = "--quiet", description = "No progress on stderr.")
  boolean quiet;

  @Override
  public Integer call() {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--threshold must lie in [0, 1], was " + threshold);
    }
    List<NameFile.Row> rows =
        input.file != null ? NameFile.read(input.file) : NameFile.of(input.names);
    ListSnapshot snapshot = main.home().lists(lists);
    ListScreener screener = ListScreener.build(snapshot);
    PrintWriter out = spec.commandLine().getOut();
    ProgressLine progress =
        new ProgressLine(
            spec.commandLine().getErr(),
            rows.size(),
            "names",
            !quiet && rows.size() >= PROGRESS_FROM);
    // Batches are screened on every core and printed in input order; the index is read-only.
    for (int from = 0; from < rows.size(); from += BATCH) {
      List<NameFile.Row> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
      List<String> lines =
          batch.parallelStream()
              .map(
                  row -> {
                    List<ScreeningMatch> matches =
                        screener.screen(
                            new ScreeningQuery(row.name(), row.country(), row.address()),
                            threshold);
                    return format == Format.json
                        ? json(row, snapshot.contentHash(), matches)
                        : text(row, matches);
                  })
              .toList();
      lines.forEach(out::println);
      progress.advance(batch.size());
    }
    progress.done();
    return 0;
  }

  private static String json(NameFile.Row row, String hash, List<ScreeningMatch> matches) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (row.id() != null) {
      m.put("id", row.id());
    }
    m.put("query", row.name());
    if (row.country() != null) {
      m.put("country", row.country());
    }
    if (row.address() != null) {
      m.put("address", row.address());
    }
    m.put("lists", hash);
    List<Object> ms = new ArrayList<>(matches.size());
    matches.forEach(x -> ms.add(ScreeningFormat.match(x)));
    m.put("matches", ms);
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a screening result as JSON", e);
    }
  }

  private static String text(NameFile.Row row, List<ScreeningMatch> matches) {
    StringBuilder sb = new StringBuilder();
    sb.append(row.id() != null ? row.id() + " " : "").append('\'').append(row.name()).append('\'');
    if (matches.isEmpty()) {
      return sb.append(": no match").toString();
    }
    sb.append(": ").append(matches.size()).append(matches.size() == 1 ? " match" : " matches");
    for (ScreeningMatch m : matches) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%n  %.3f  %s %s '%s'",
              m.score(),
              m.entry().list(),
              m.entry().id(),
              m.entry().name()));
      if (!m.matchedName().equals(m.entry().name())) {
        sb.append(" via '").append(m.matchedName()).append('\'');
      }
      for (String why : m.explanation()) {
        sb.append(System.lineSeparator()).append("         ").append(why);
      }
    }
    return sb.toString();
  }
}
