package io.chokepoint.cli;

import io.chokepoint.review.ReviewRules;
import io.chokepoint.store.Store;
import io.chokepoint.store.tx.Holds;
import java.util.Optional;

/** How a release checks and draws on licences in the store. */
final class Licensing {
  private Licensing() {}

  /** Checks that a named licence can cover a held transaction in a regime. */
  static ReviewRules.LicenceCover cover(Store db) {
    return (regime, number) -> Optional.of("licence " + number + " is not in the licence register");
  }

  /** Draws a released transaction's lines on the licences it rests on. */
  static Holds.ReleaseDrawdown drawdown(Store db) {
    return Holds.ReleaseDrawdown.NONE;
  }
}
