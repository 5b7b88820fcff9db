package io.chokepoint.rescreen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.chokepoint.screening.TokenWeights;
import io.chokepoint.source.Csv;
import io.chokepoint.source.Issue;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rescreen result folder (docs/formats.md §23): {@code matches.csv} (every match, open or
 * cleared, with its explanation), {@code changes.csv} (new, cleared and changed alerts with why),
 * {@code weights.csv} (the token weights the scores were computed with), {@code lists.jsonl} (the
 * lists screened against) and {@code summary.json}. Written file by file under temporary names and
 * moved into place at the end, so that a run that fails leaves the folder as it was; read back
 * whole, with every problem named by file, line and column, so that a delta run carries over
 * exactly what the previous run wrote (scores are written with every digit of the double).
 */
public final class ResultFolder {
  /** The file of matches. */
  public static final String MATCHES = "matches.csv";

  /** The file of changes. */
  public static final String CHANGES = "changes.csv";

  /** The file of token weights. */
  public static final String WEIGHTS = "weights.csv";

  /** The summary. */
  public static final String SUMMARY = "summary.json";

  /** The lists screened against, whole ({@link SnapshotFile}). */
  public static final String LISTS = "lists.jsonl";

  /** What a delta remembers of each party ({@link PartyStates}). */
  public static final String STATES = "party-states.csv";

  /**
   * Where each party's state is, and which parties a list change can reach ({@link PartyIndex}).
   */
  public static final String INDEX = "party-index.bin";

  /**
   * The parties' states a run writes: the new state of each party in {@code replaced}, and the
   * previous result's rows of the others, copied unread.
   *
   * @param ids the parties' ids, in master order
   * @param master the master's digest
   * @param fresh the new state of party {@code i} as {@link PartyStates#text} ({@code null}: not
   *     known), asked for the parties in {@code replaced} only
   * @param replaced the parties with a new state; {@code null}: all
   * @param previous the previous result's states, read row by row; {@code null} when all are new
   * @param all every party's state, when all are new, for the index of the master; else {@code
   *     null} (a delta's index of the master is its previous result's)
   */
  public record States(
      List<String> ids,
      String master,
      java.util.function.IntFunction<String> fresh,
      java.util.BitSet replaced,
      PartyStates previous,
      List<io.chokepoint.screening.QueryState> all) {
    public States {
      Objects.requireNonNull(ids, "ids");
      Objects.requireNonNull(master, "master");
      Objects.requireNonNull(fresh, "fresh");
      if (replaced != null && (previous == null || previous.index() == null)) {
        throw new IllegalArgumentException("rows can be copied only from states read row by row");
      }
      if (all == null && (previous == null || previous.index() == null)) {
        throw new IllegalArgumentException("an index of the master needs every party's state");
      }
    }

    /** Every party's state is new. */
    public static States of(
        List<String> ids, String master, List<io.chokepoint.screening.QueryState> states) {
      return new States(
          ids, master, i -> PartyStates.text(states.get(i)), null, null, List.copyOf(states));
    }
  }

  /** The columns of {@link #MATCHES}. */
  public static final List<String> MATCH_COLUMNS =
      List.of(
          "party_id",
          "party_name",
          "party_country",
          "entry_id",
          "list",
          "entry_name",
          "entry_fingerprint",
          "matched_name",
          "score",
          "band",
          "status",
          "cleared_by",
          "cleared_at",
          "cleared_reason",
          "explanation");

  /** The columns of {@link #CHANGES}. */
  public static final List<String> CHANGE_COLUMNS =
      List.of(
          "change",
          "reason",
          "party_id",
          "party_name",
          "party_country",
          "entry_id",
          "list",
          "entry_name",
          "old_score",
          "new_score",
          "detail");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final TypeReference<List<String>> LINES = new TypeReference<>() {};
  // explanations, a JSON array per match: one mapper, made once (making one per row took most of
  // the time a million-party result spent on its matches)
  private static final ObjectMapper PLAIN = new ObjectMapper();

  /**
   * A result folder as read.
   *
   * @param summary the summary
   * @param weights the token weights
   * @param matches every match, open and cleared
   * @param states what a delta remembers of each party, or {@code null} when the folder has none
   */
  public record Result(
      RescreenSummary summary, TokenWeights weights, List<PartyMatch> matches, PartyStates states) {
    public Result {
      Objects.requireNonNull(summary, "summary");
      Objects.requireNonNull(weights, "weights");
      matches = List.copyOf(matches);
    }
  }

  private ResultFolder() {}

  /**
   * The lists a result folder was screened against.
   *
   * @throws SourceException if its copy is missing, unreadable or not the lists its summary names
   */
  public static io.chokepoint.lists.ListSnapshot lists(Path dir) {
    return SnapshotFile.read(dir.resolve(LISTS));
  }

  /** Whether {@code dir} holds a result: a folder with a summary. */
  public static boolean holdsResult(Path dir) {
    return Files.isRegularFile(dir.resolve(SUMMARY));
  }

  /**
   * Writes a result folder, creating it if needed; files of an earlier result there are replaced.
   *
   * @throws UncheckedIOException if a file cannot be written
   */
  public static void write(
      Path dir,
      RescreenSummary summary,
      TokenWeights weights,
      io.chokepoint.lists.ListSnapshot lists,
      States states,
      List<PartyMatch> matches,
      List<RescreenDiff.Change> changes) {
    try {
      Files.createDirectories(dir);
      // the state file and its index, the largest, on another core while the others are written
      java.util.concurrent.CompletableFuture<List<Path>> stateFiles =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> {
                try {
                  return writeStates(dir, states);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      List<Path> written = new ArrayList<>();
      written.add(writeTemp(dir, MATCHES, w -> writeMatches(w, matches)));
      written.add(writeTemp(dir, CHANGES, w -> writeChanges(w, changes)));
      written.add(writeTemp(dir, WEIGHTS, w -> writeWeights(w, weights)));
      written.add(writeTemp(dir, LISTS, w -> SnapshotFile.write(w, lists)));
      try {
        written.addAll(stateFiles.join());
      } catch (java.util.concurrent.CompletionException e) {
        if (e.getCause() instanceof UncheckedIOException u) {
          throw u.getCause();
        }
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
      written.add(
          writeTemp(dir, SUMMARY, w -> w.write(JSON.writeValueAsString(summary.toJson()) + "\n")));
      for (Path tmp : written) {
        String name = tmp.getFileName().toString();
        Files.move(
            tmp,
            dir.resolve(name.substring(0, name.length() - ".tmp".length())),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the rescreen result to " + dir, e);
    }
  }

  /** The state file and its index, under temporary names. */
  private static List<Path> writeStates(Path dir, States states) throws IOException {
    Path tmp = dir.resolve(STATES + ".tmp");
    PartyStates.Written rows;
    try (java.io.OutputStream out =
        new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      rows =
          PartyStates.write(
              out, states.ids(), states.fresh(), states.replaced(), states.previous());
    }
    int n = states.ids().size();
    // the keys and words depend on the master alone: a delta's are its previous result's
    byte[] reach =
        states.all() == null
            ? states.previous().index().reach()
            : PartyIndex.reachOf(n, states.all()::get);
    Path index = dir.resolve(INDEX + ".tmp");
    try (java.io.OutputStream out =
        new java.io.BufferedOutputStream(Files.newOutputStream(index), 1 << 16)) {
      PartyIndex.write(out, states.master(), rows.rows(), rows.unknown(), reach);
    }
    return List.of(tmp, index);
  }

  private interface Body {
    void write(BufferedWriter w) throws IOException;
  }

  private static Path writeTemp(Path dir, String name, Body body) throws IOException {
    Path tmp = dir.resolve(name + ".tmp");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      body.write(w);
    }
    return tmp;
  }

  private static void line(BufferedWriter w, List<String> fields) throws IOException {
    w.write(Csv.row(fields));
    w.write('\n');
  }

  static void writeMatches(BufferedWriter w, List<PartyMatch> matches) throws IOException {
    line(w, MATCH_COLUMNS);
    for (PartyMatch m : matches) {
      PartyMatch.Clearance c = m.clearance();
      line(
          w,
          List.of(
              m.partyId(),
              m.partyName(),
              orEmpty(m.partyCountry()),
              m.entryId(),
              m.list(),
              m.entryName(),
              m.entryFingerprint(),
              m.matchedName(),
              Double.toString(m.score()),
              RescreenSummary.label(m.band()),
              RescreenSummary.label(m.status()),
              c == null ? "" : c.reviewer(),
              c == null ? "" : c.reviewedAt().toString(),
              c == null ? "" : c.reason(),
              json(m.explanation())));
    }
  }

  private static void writeChanges(BufferedWriter w, List<RescreenDiff.Change> changes)
      throws IOException {
    line(w, CHANGE_COLUMNS);
    for (RescreenDiff.Change ch : changes) {
      PartyMatch p = ch.pair();
      PartyMatch.Clearance c = ch.after() == null ? null : ch.after().clearance();
      line(
          w,
          List.of(
              RescreenSummary.label(ch.kind()),
              RescreenSummary.label(ch.reason()),
              p.partyId(),
              p.partyName(),
              orEmpty(p.partyCountry()),
              p.entryId(),
              p.list(),
              p.entryName(),
              ch.oldScore() == null ? "" : Double.toString(ch.oldScore()),
              ch.newScore() == null ? "" : Double.toString(ch.newScore()),
              c == null
                  ? ""
                  : "reviewed by " + c.reviewer() + " on " + c.reviewedAt() + ": " + c.reason()));
    }
  }

  private static void writeWeights(BufferedWriter w, TokenWeights weights) throws IOException {
    line(w, List.of("key", "rarity"));
    for (Map.Entry<String, Float> e : weights.below1().entrySet()) {
      line(w, List.of(e.getKey(), Float.toString(e.getValue())));
    }
  }

  private static String json(List<String> lines) {
    try {
      return PLAIN.writeValueAsString(lines);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an explanation as JSON", e);
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /**
   * Reads a result folder.
   *
   * @throws SourceException naming file, line and column of every problem
   */
  public static Result read(Path dir) {
    Issues issues = new Issues();
    RescreenSummary summary = null;
    Path s = dir.resolve(SUMMARY);
    try {
      summary = RescreenSummary.fromJson(JSON.readTree(s.toFile()));
    } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
      issues.add(
          Position.ofFile(s.toString()), null, null, "not a rescreen summary: " + e.getMessage());
    }
    Map<String, Float> rarity = new HashMap<>();
    readCsv(
        dir.resolve(WEIGHTS),
        List.of("key", "rarity"),
        issues,
        (f, at) -> rarity.put(f.get(0), parseFloat(f.get(1), at, issues)));
    List<PartyMatch> matches = new ArrayList<>();
    readCsv(dir.resolve(MATCHES), MATCH_COLUMNS, issues, (f, at) -> match(f, at, issues, matches));
    PartyStates states = null;
    if (Files.exists(dir.resolve(INDEX)) && Files.exists(dir.resolve(STATES))) {
      try {
        states =
            PartyStates.open(
                dir.resolve(STATES), PartyIndex.read(Files.readAllBytes(dir.resolve(INDEX))));
      } catch (IOException | IllegalArgumentException e) {
        issues.add(
            Position.ofFile(dir.resolve(INDEX).toString()),
            null,
            null,
            "not the index of the party states: " + e.getMessage());
      }
    } else if (Files.exists(dir.resolve(STATES))) {
      states = PartyStates.read(dir.resolve(STATES), issues);
    }
    TokenWeights weights = null;
    if (issues.isEmpty()) {
      weights = TokenWeights.of(rarity);
      if (!weights.hash().equals(summary.weights())) {
        issues.add(
            Position.ofFile(dir.resolve(WEIGHTS).toString()),
            null,
            null,
            "the weights' hash is " + weights.hash() + ", the summary says " + summary.weights());
      }
    }
    if (!issues.isEmpty()) {
      throw new SourceException("cannot read the rescreen result in " + dir, issues.toList());
    }
    return new Result(summary, weights, matches, states);
  }

  /** Reads one row of a checked CSV file. */
  interface RowReader {
    void read(List<String> fields, Position at);
  }

  /**
   * Reads a CSV file whose header must be {@code columns}, row by row, every row of that many
   * fields; problems go to {@code issues} with file, line and column.
   */
  static void readCsv(Path file, List<String> columns, Issues issues, RowReader rows) {
    String display = file.toString();
    Csv.readFile(
        file,
        issues,
        head -> {
          if (!head.fields().equals(columns)) {
            issues.add(
                new Position(display, head.line(), 0),
                null,
                null,
                "the header must be " + String.join(",", columns));
          }
        },
        rec -> {
          Position at = new Position(display, rec.line(), 0);
          if (rec.fields().size() != columns.size()) {
            issues.add(
                at,
                null,
                null,
                String.format(
                    "%d fields where %d are needed", rec.fields().size(), columns.size()));
          } else {
            rows.read(rec.fields(), at);
          }
        });
  }

  private static void match(List<String> f, Position at, Issues issues, List<PartyMatch> out) {
    int before = issues.size();
    double score = parseDouble(f.get(8), at, issues);
    List<String> explanation = List.of();
    try {
      explanation = PLAIN.readValue(f.get(14), LINES);
    } catch (JsonProcessingException e) {
      issues.add(at, null, "explanation", "not a JSON array of strings");
    }
    PartyMatch.Clearance c = null;
    if (f.get(10).equals("cleared")) {
      try {
        c = new PartyMatch.Clearance(f.get(11), Instant.parse(f.get(12)), f.get(13));
      } catch (DateTimeParseException e) {
        issues.add(at, null, "cleared_at", "not an instant: " + f.get(12));
      }
    } else if (!f.get(10).equals("open")) {
      issues.add(at, null, "status", "must be open or cleared, was '" + f.get(10) + "'");
    }
    if (issues.size() > before) {
      return;
    }
    try {
      out.add(
          new PartyMatch(
              f.get(0),
              f.get(1),
              f.get(2).isEmpty() ? null : f.get(2),
              f.get(3),
              f.get(4),
              f.get(5),
              f.get(6),
              f.get(7),
              score,
              explanation,
              c));
    } catch (IllegalArgumentException e) {
      issues.add(new Issue(at, null, null, e.getMessage()));
    }
  }

  private static double parseDouble(String s, Position at, Issues issues) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      issues.add(at, null, "score", "not a number: " + s);
      return 0;
    }
  }

  private static float parseFloat(String s, Position at, Issues issues) {
    try {
      float f = Float.parseFloat(s);
      if (f > 0 && f <= 1) {
        return f;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    issues.add(at, null, "rarity", "not a number in (0, 1]: " + s);
    return 1f;
  }
}
