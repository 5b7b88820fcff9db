package io.chokepoint.register;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Checks what a movement names as its cover against the records: a licence in force on the
 * movement's date, or a transaction that was released (or needed no licence).
 */
@FunctionalInterface
public interface CoverVerifier {
  /**
   * Why the named cover does not hold on the date, or empty if it does.
   *
   * @param kind {@code licence} or {@code transaction}
   * @param reference the licence number or transaction id
   * @param date the movement's date
   */
  Optional<String> problem(String kind, String reference, LocalDate date);
}
