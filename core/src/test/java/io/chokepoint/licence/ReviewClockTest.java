package io.chokepoint.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Review deadlines in calendar and working days. */
class ReviewClockTest {

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
    "2026-03-02, 1, 2026-03-03", // Monday -> Tuesday
    "2026-03-06, 1, 2026-03-09", // Friday -> Monday
    "2026-03-07, 1, 2026-03-09", // received on a Saturday
    "2026-03-02, 5, 2026-03-09",
    "2026-03-02, 45, 2026-05-04", // nine working weeks
    "2025-09-15, 45, 2025-11-17", // across 1 October: the National Day week is not skipped
  })
  void workingDaysSkipWeekendsOnly(LocalDate received, int days, LocalDate deadline) {
    ReviewClock c = ReviewClock.working(days, "test", List.of());
    assertThat(c.deadline(received)).isEqualTo(deadline);
    assertThat(c.caveats()).contains(ReviewClock.NO_HOLIDAYS);
  }

  @ParameterizedTest(name = "{0} + {1} calendar days = {2}")
  @CsvSource({"2026-03-02, 25, 2026-03-27", "2026-12-20, 90, 2027-03-20"})
  void calendarDays(LocalDate received, int days, LocalDate deadline) {
    ReviewClock c = ReviewClock.calendar(days, "test", List.of());
    assertThat(c.deadline(received)).isEqualTo(deadline);
    assertThat(c.caveats()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void noReviewTimeGivesNoDeadline() {
    assertThat(ReviewClock.unknown("none").deadline(LocalDate.parse("2026-01-01"))).isNull();
  }
}
