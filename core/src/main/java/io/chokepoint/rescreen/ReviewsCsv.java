package io.chokepoint.rescreen;

import io.chokepoint.determine.ClearedMatches;
import io.chokepoint.screening.ReviewedNonMatch;
import io.chokepoint.source.Csv;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads good-guy decisions (reviewed non-matches) from a CSV file (docs/formats.md §23.4): a {@code
 * matches.csv} of a rescreen whose reviewer filled in {@code cleared_by}, {@code cleared_reason}
 * and {@code cleared_at} on the rows that are not the entry. Any CSV with the columns {@code
 * party_name}, {@code party_country}, {@code entry_id}, {@code entry_fingerprint}, {@code
 * cleared_by}, {@code cleared_at} and {@code cleared_reason} will do; other columns are ignored,
 * and so are rows without {@code cleared_by}. A decision holds for the entry as it was (its
 * fingerprint) and lapses when the entry changes. All or nothing.
 */
public final class ReviewsCsv {
  /** The columns read. */
  public static final List<String> COLUMNS =
      List.of(
          "party_name",
          "party_country",
          "entry_id",
          "entry_fingerprint",
          "cleared_by",
          "cleared_at",
          "cleared_reason");

  private ReviewsCsv() {}

  /**
   * Reads the decisions of a file.
   *
   * @param file the CSV file
   * @return the decisions, in file order
   * @throws SourceException naming file, line and column of every problem
   */
  public static List<ReviewedNonMatch> read(Path file) {
    String display = file.toString();
    Issues issues = new Issues();
    List<ReviewedNonMatch> out = new ArrayList<>();
    int[] at = new int[COLUMNS.size()];
    Csv.readFile(
        file,
        issues,
        head -> {
          List<String> names = head.fields().stream().map(String::strip).toList();
          for (int i = 0; i < COLUMNS.size(); i++) {
            at[i] = names.indexOf(COLUMNS.get(i));
            if (at[i] < 0) {
              issues.add(
                  new Position(display, head.line(), 0),
                  null,
                  COLUMNS.get(i),
                  "the header has no such column");
            }
          }
        },
        rec -> {
          if (issues.isEmpty()) {
            review(rec.fields(), at, new Position(display, rec.line(), 0), issues, out);
          }
        });
    if (!issues.isEmpty()) {
      throw new SourceException("invalid file of reviewed non-matches", issues.toList());
    }
    return out;
  }

  private static void review(
      List<String> f, int[] at, Position p, Issues issues, List<ReviewedNonMatch> out) {
    String by = field(f, at[4]);
    if (by.isEmpty()) {
      return;
    }
    String name = field(f, at[0]);
    String country = field(f, at[1]);
    String reason = field(f, at[6]);
    Instant when = null;
    try {
      String w = field(f, at[5]);
      when =
          w.length() == 10
              ? LocalDate.parse(w).atStartOfDay().toInstant(ZoneOffset.UTC)
              : Instant.parse(w);
    } catch (DateTimeParseException e) {
      issues.add(p, null, "cleared_at", "not a date or an instant: '" + field(f, at[5]) + "'");
    }
    String[] required = {name, field(f, at[2]), field(f, at[3]), reason};
    String[] names = {"party_name", "entry_id", "entry_fingerprint", "cleared_reason"};
    for (int i = 0; i < required.length; i++) {
      if (required[i].isEmpty()) {
        issues.add(p, null, names[i], "empty, and cleared_by is given");
      }
    }
    if (when != null
        && !name.isEmpty()
        && !reason.isEmpty()
        && !required[1].isEmpty()
        && !required[2].isEmpty()) {
      out.add(
          new ReviewedNonMatch(
              ClearedMatches.partyKey(name, country.isEmpty() ? null : country),
              required[1],
              required[2],
              by,
              reason,
              when));
    }
  }

  private static String field(List<String> f, int i) {
    return i < f.size() ? f.get(i).strip() : "";
  }
}
