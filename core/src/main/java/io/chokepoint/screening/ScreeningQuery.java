package io.chokepoint.screening;

import java.util.Objects;

/**
 * A name to screen, with the facts that can raise or lower a match when the list has them too.
 *
 * @param name the name as written, in any script
 * @param country ISO 3166 alpha-2 code of the party's country, or {@code null} if unknown
 * @param address the party's address as written, or {@code null} if unknown
 */
public record ScreeningQuery(String name, String country, String address) {
  public ScreeningQuery {
    Objects.requireNonNull(name, "name");
  }

  /** A query by name alone. */
  public static ScreeningQuery of(String name) {
    return new ScreeningQuery(name, null, null);
  }
}
