package io.chokepoint.rescreen;

import io.chokepoint.screening.QueryState;
import io.chokepoint.source.Csv;
import io.chokepoint.source.Issues;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code party-states.csv} of a result folder (docs/formats.md §23.3): per party of the master, in
 * master order, what a later delta rescreen remembers of it ({@link QueryState}): its tokens, how
 * many listed names its keys touched and where the cut to the best candidates fell. Read back
 * compactly (a million parties as a few arrays of strings and numbers) and turned into a {@link
 * QueryState} party by party.
 */
public final class PartyStates {
  /** The columns. */
  public static final List<String> COLUMNS =
      List.of("party_id", "tokens", "han", "touched", "boundary");

  // the script flag, the count and the boundary of a party, joined by a character none holds
  private static final String SEP = "\u001f";

  private final List<String> ids = new ArrayList<>();
  private final List<String> tokens = new ArrayList<>();
  private final List<String> rest = new ArrayList<>();

  private PartyStates() {}

  /** How many parties. */
  public int size() {
    return ids.size();
  }

  /** The id of party {@code i}. */
  public String id(int i) {
    return ids.get(i);
  }

  /**
   * The state of party {@code i}, or {@code null} when the file does not know it.
   *
   * @throws IllegalArgumentException if its line is malformed (checked when read)
   */
  public QueryState state(int i) {
    return parse(text(i));
  }

  /**
   * The state of party {@code i} as one string, or {@code null} when the file does not know it: a
   * string ships to another machine far more cheaply than the state's objects; {@link #parse} reads
   * it there.
   */
  public String text(int i) {
    String r = rest.get(i);
    return r.isEmpty() ? null : tokens.get(i) + SEP + r;
  }

  /**
   * Reads {@link #text}.
   *
   * @param text the text, or {@code null}
   * @return the state, or {@code null} when {@code text} is
   * @throws IllegalArgumentException if the text is malformed
   */
  public static QueryState parse(String text) {
    if (text == null) {
      return null;
    }
    String[] f = text.split(SEP, -1);
    if (f.length != 4) {
      throw new IllegalArgumentException("not a party state: " + f.length + " fields");
    }
    return new QueryState(
        QueryState.parseTokens(f[0]),
        f[1].equals("1"),
        Integer.parseInt(f[2]),
        QueryState.parseBoundary(f[3]),
        QueryState.parseAbove(f[3]));
  }

  static void write(BufferedWriter w, List<Counterparty> parties, List<QueryState> states)
      throws IOException {
    w.write(Csv.row(COLUMNS));
    w.write('\n');
    for (int i = 0; i < parties.size(); i++) {
      QueryState s = states.get(i);
      List<String> row = new ArrayList<>(COLUMNS.size());
      row.add(parties.get(i).id());
      if (s == null) {
        row.addAll(List.of("", "", "", ""));
      } else {
        row.add(s.tokensText());
        row.add(s.han() ? "1" : "0");
        row.add(Integer.toString(s.touched()));
        row.add(s.boundaryText());
      }
      w.write(Csv.row(row));
      w.write('\n');
    }
  }

  /**
   * Reads a state file; each line is checked as it is read.
   *
   * @param file the file
   * @param issues where problems are recorded, with line and column
   * @return the states, or what could be read of them
   */
  static PartyStates read(Path file, Issues issues) {
    PartyStates out = new PartyStates();
    ResultFolder.readCsv(
        file,
        COLUMNS,
        issues,
        (f, at) -> {
          out.ids.add(f.get(0));
          out.tokens.add(f.get(1));
          boolean known = !f.get(3).isEmpty();
          out.rest.add(known ? String.join(SEP, f.subList(2, 5)) : "");
          if (known) {
            try {
              out.state(out.size() - 1);
            } catch (IllegalArgumentException e) {
              issues.add(at, null, null, "not a party state: " + e.getMessage());
            }
          }
        });
    return out;
  }
}
