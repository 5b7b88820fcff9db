package io.chokepoint.rescreen;

import io.chokepoint.screening.QueryState;
import io.chokepoint.screening.ScreeningDelta;
import java.io.Serializable;
import java.util.List;

/**
 * One party's rescreen: its matches, best first, what to remember of it for the next delta, and,
 * for a delta, how far the list change reached it.
 *
 * @param matches the matches, open and cleared
 * @param state the party's tokens and candidate cut, or {@code null} when not known
 * @param scope for a delta, how far the change reached the party; {@code null} for a full rescreen
 */
public record PartyOutcome(List<PartyMatch> matches, QueryState state, ScreeningDelta.Scope scope)
    implements Serializable {
  public PartyOutcome {
    matches = List.copyOf(matches);
  }
}
