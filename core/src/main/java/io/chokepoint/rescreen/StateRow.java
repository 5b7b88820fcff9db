package io.chokepoint.rescreen;

import io.chokepoint.screening.QueryState;
import java.util.List;

/**
 * A row of {@code party-states.csv} taken apart: the state it holds, with its tokens and boundary
 * as the row writes them. A delta rescreen writes a reached party's new state from it: a party's
 * tokens never change, and its boundary often does not, so their text is written again as read
 * instead of from the state's objects (the same text: the file holds what {@link PartyStates#text}
 * writes, which reads back to the same objects).
 *
 * @param state the state, or {@code null} when the row does not know it
 * @param tokens the tokens field as written
 * @param boundary the boundary field as written
 */
record StateRow(QueryState state, String tokens, String boundary) {

  /**
   * Takes a row apart.
   *
   * @param line the row as {@link PartyStates#line} gives it, one line ending in LF
   * @return the row
   * @throws IllegalArgumentException if the line is not a party state row
   */
  static StateRow parse(String line) {
    List<String> f = PartyStates.fields(line);
    if (f == null) {
      throw new IllegalArgumentException("not a party state row");
    }
    if (f.get(3).isEmpty()) {
      return new StateRow(null, f.get(1), f.get(4));
    }
    QueryState state =
        new QueryState(
            QueryState.parseTokens(f.get(1)),
            f.get(2).equals("1"),
            Integer.parseInt(f.get(3)),
            QueryState.parseBoundary(f.get(4)),
            QueryState.parseAbove(f.get(4)));
    return new StateRow(state, f.get(1), f.get(4));
  }

  /**
   * A new state of the row's party as {@link PartyStates#text} writes it, reusing the row's text of
   * what did not change.
   *
   * @param now the new state, or {@code null}
   * @return its text, or {@code null} when {@code now} is
   */
  String text(QueryState now) {
    if (now == null) {
      return null;
    }
    if (state == null) {
      return PartyStates.text(now);
    }
    boolean sameBoundary =
        now.boundary().equals(state.boundary()) && now.above().equals(state.above());
    return PartyStates.text(
        now,
        now.tokens().equals(state.tokens()) ? tokens : now.tokensText(),
        sameBoundary ? boundary : now.boundaryText());
  }
}
