package io.chokepoint.licence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How long an authority has to decide, from the rule data: calendar days (BIS: 15 CFR 750.4, NAC's
 * 25 days) or working days (MOFCOM's 45). Working days skip Saturdays and Sundays only: public
 * holidays are not encoded, so a working-day deadline carries that caveat.
 *
 * @param days the number of days, or {@code null} when the rule data gives none
 * @param workingDays whether the days are working days
 * @param basis where the number comes from, e.g. "licensing.reviewWorkingDays of CN-ECL"
 * @param caveats what the deadline does not account for
 */
public record ReviewClock(Integer days, boolean workingDays, String basis, List<String> caveats) {
  public ReviewClock {
    caveats = List.copyOf(caveats);
    if (days != null && days <= 0) {
      throw new IllegalArgumentException("review days must be positive");
    }
  }

  /** The caveat of every working-day deadline. */
  public static final String NO_HOLIDAYS =
      "working days skip weekends only: public holidays (e.g. the PRC Spring Festival and National"
          + " Day weeks) are not encoded, so the real deadline may be later";

  /** A clock for which the rule data gives no review time. */
  public static ReviewClock unknown(String why) {
    return new ReviewClock(null, false, why, List.of());
  }

  /** A working-day clock, with the holiday caveat and any others. */
  public static ReviewClock working(int days, String basis, List<String> more) {
    List<String> c = new ArrayList<>();
    c.add(NO_HOLIDAYS);
    c.addAll(more);
    return new ReviewClock(days, true, basis, c);
  }

  /** A calendar-day clock. */
  public static ReviewClock calendar(int days, String basis, List<String> caveats) {
    return new ReviewClock(days, false, basis, caveats);
  }

  /**
   * The last day of the review for an application received on a day: the day itself does not count,
   * as with "within 45 working days of receipt".
   *
   * @param received the day the authority received it
   * @return the deadline, or {@code null} when the rule data gives no review time
   */
  public LocalDate deadline(LocalDate received) {
    if (days == null) {
      return null;
    }
    if (!workingDays) {
      return received.plusDays(days);
    }
    LocalDate d = received;
    int left = days;
    while (left > 0) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return d;
  }

  /** The clock as one line: "45 working days (basis)". */
  public String describe() {
    return days == null
        ? "no review time in the rule data (" + basis + ")"
        : days + (workingDays ? " working days" : " calendar days") + " (" + basis + ")";
  }
}
