package io.chokepoint.register;

import static io.chokepoint.register.Holdings.ASHBURN;
import static io.chokepoint.register.Holdings.SAN_JOSE;
import static io.chokepoint.register.Holdings.SHANGHAI;
import static io.chokepoint.register.Holdings.classified;
import static io.chokepoint.register.Holdings.move;
import static io.chokepoint.register.Holdings.receive;
import static io.chokepoint.register.Holdings.recorded;
import static io.chokepoint.register.Holdings.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.register.RegisterReport.Filter;
import io.chokepoint.register.RegisterReport.Total;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report as of a date: counts and values from the movements alone. */
class RegisterReportTest {
  private final Holding a = classified("H-A", "3A090.a", "30000");
  private final Holding b = classified("H-B", "4A090.a", "250000.50");
  private final List<RecordedMovement> movements =
      List.of(
          recorded(1, receive("H-A", "2025-01-10", 3, ASHBURN, List.of("A1", "A2", "A3"))),
          recorded(2, receive("H-B", "2025-01-12", 2, SAN_JOSE, List.of("B1", "B2"))),
          recorded(3, move("H-A", "2025-02-01", 1, ASHBURN, SAN_JOSE, List.of("A2"), null)),
          recorded(
              4,
              move("H-A", "2025-03-01", 1, ASHBURN, SHANGHAI, List.of("A3"), null),
              new LicenceCheck(
                  LicenceCheck.Status.FLAGGED,
                  io.chokepoint.determine.Outcome.LICENSE_REQUIRED,
                  List.of(),
                  List.of(),
                  List.of(),
                  null,
                  "a licence is required",
                  null,
                  null)),
          recorded(
              5,
              new Movement.Scrapped(
                  "H-B",
                  LocalDate.parse("2025-03-05"),
                  1,
                  List.of("B1"),
                  SAN_JOSE,
                  "water damage")));

  private RegisterReport report(String asOf, Filter f) {
    return RegisterReport.of(
        List.of(b, a), movements, LocalDate.parse(asOf), f, HoldingClassifier.stated());
  }

  @Test
  void countsAndValuesAsOfEachDate() {
    RegisterReport feb = report("2025-02-15", Filter.ALL);
    assertThat(feb.total()).isEqualTo(new Total("all", 5, List.of(usd("590001.0"))));
    assertThat(feb.byClassification())
        .containsExactly(
            new Total("3A090.a", 3, List.of(usd("90000"))),
            new Total("4A090.a", 2, List.of(usd("500001.0"))));
    assertThat(feb.bySite())
        .containsExactly(
            new Total("Ashburn DC2 (US)", 2, List.of(usd("60000"))),
            new Total("San Jose Lab (US)", 3, List.of(usd("530001.0"))));
    assertThat(feb.byEndUse())
        .containsExactly(new Total("ai-research", 5, List.of(usd("590001.0"))));
    assertThat(feb.flagged()).isEmpty();

    RegisterReport april = report("2025-04-01", Filter.ALL);
    assertThat(april.total().quantity()).isEqualTo(4);
    assertThat(april.bySite())
        .extracting(Total::key, Total::quantity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Ashburn DC2 (US)", 1L),
            org.assertj.core.groups.Tuple.tuple("San Jose Lab (US)", 2L),
            org.assertj.core.groups.Tuple.tuple("Shanghai Lingang DC (CN)", 1L));
    assertThat(april.flagged()).extracting(RecordedMovement::seq).containsExactly(4L);
    assertThat(report("2025-01-01", Filter.ALL).total().quantity()).isZero();
  }

  @Test
  void positionsCarryTheirSerialNumbers() {
    RegisterReport march = report("2025-03-02", Filter.ALL);
    assertThat(march.positions())
        .extracting(p -> p.holding().id() + "@" + p.site().name() + "=" + p.serials())
        .containsExactly(
            "H-A@Ashburn DC2=[A1]",
            "H-A@San Jose Lab=[A2]",
            "H-A@Shanghai Lingang DC=[A3]",
            "H-B@San Jose Lab=[B1, B2]");
  }

  @Test
  void filtersBySiteAndByClassificationStem() {
    RegisterReport sanJose = report("2025-04-01", new Filter("San Jose Lab", null));
    assertThat(sanJose.total().quantity()).isEqualTo(2);
    assertThat(sanJose.flagged()).isEmpty();
    RegisterReport stem = report("2025-04-01", new Filter(null, "3A090"));
    assertThat(stem.total().quantity()).isEqualTo(3);
    assertThat(stem.byClassification()).extracting(Total::key).containsExactly("3A090.a");
    assertThat(report("2025-04-01", new Filter(null, "3A090.b")).positions()).isEmpty();
    assertThat(report("2025-04-01", new Filter("Shanghai Lingang DC", "3A090.a")).flagged())
        .extracting(RecordedMovement::seq)
        .containsExactly(4L);
    // 3A09 is not a stem of 3A090.a: only whole codes and dotted stems match
    assertThat(report("2025-04-01", new Filter(null, "3A09")).positions()).isEmpty();
  }
}
