package io.chokepoint.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed interval of days, both ends included. A {@code null} end means open-ended. Dates in the
 * law are days ("suspended until 2026-11-10" means 2026-11-10 is the last suspended day), so both
 * ends are inclusive.
 *
 * @param from first day, never null
 * @param to last day, or {@code null} when open-ended
 */
public record Interval(LocalDate from, LocalDate to) {
  public Interval {
    Objects.requireNonNull(from, "from");
    if (to != null && to.isBefore(from)) {
      throw new IllegalArgumentException(
          "interval ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /** Whether the day lies in the interval. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && (to == null || !day.isAfter(to));
  }

  /** Whether the two intervals share at least one day. */
  public boolean overlaps(Interval other) {
    boolean thisEndsBefore = to != null && to.isBefore(other.from);
    boolean otherEndsBefore = other.to != null && other.to.isBefore(from);
    return !thisEndsBefore && !otherEndsBefore;
  }

  /** Whether {@code other} lies entirely inside this interval. */
  public boolean encloses(Interval other) {
    if (other.from.isBefore(from)) {
      return false;
    }
    if (to == null) {
      return true;
    }
    return other.to != null && !other.to.isAfter(to);
  }

  /** Renders as {@code 2025-11-07..2026-11-10} or {@code 2025-11-07..} when open-ended. */
  @Override
  public String toString() {
    return from + ".." + (to == null ? "" : to.toString());
  }
}
