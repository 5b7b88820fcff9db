package io.chokepoint.rules;

import java.util.List;

/**
 * What is known of a list fact that is not known for sure: it holds every {@code known} member and
 * any of the {@code possible} ones. A party whose name matched a list entry only in the review band
 * has such lists: the lists it is surely on, and those it may be on. A condition that gives the
 * same answer for every choice of the possible members is decided (see {@link Condition#evaluate}).
 *
 * @param known the members it surely has
 * @param possible the members it may have, none of them in {@code known}
 */
public record PossibleMembers(List<String> known, List<String> possible) {
  /** The most possible members tried; beyond this the fact stays unknown. */
  public static final int MAX_POSSIBLE = 8;

  public PossibleMembers {
    known = List.copyOf(known);
    possible = List.copyOf(possible);
    for (String p : possible) {
      if (known.contains(p)) {
        throw new IllegalArgumentException(
            String.format("'%s' is both a known and a possible member", p));
      }
    }
  }
}
