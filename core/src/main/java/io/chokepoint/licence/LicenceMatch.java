package io.chokepoint.licence;

import java.util.List;

/**
 * Whether one licence can cover one line, and if not, every reason why.
 *
 * @param licence the licence
 * @param balance its balance before the line
 * @param shortfalls every reason it cannot cover the line; empty when it can
 * @param riders the riders to observe when drawing on it (shown, never evaluated)
 */
public record LicenceMatch(
    Licence licence, Balance balance, List<Shortfall> shortfalls, List<String> riders) {
  public LicenceMatch {
    shortfalls = List.copyOf(shortfalls);
    riders = List.copyOf(riders);
  }

  /** Whether the licence covers the line. */
  public boolean covers() {
    return shortfalls.isEmpty();
  }
}
