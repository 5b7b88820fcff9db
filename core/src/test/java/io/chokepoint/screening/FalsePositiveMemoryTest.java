package io.chokepoint.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chokepoint.lists.EntryKind;
import io.chokepoint.lists.ListEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FalsePositiveMemoryTest {
  private static final Instant WHEN = Instant.parse("2026-06-01T10:00:00Z");

  private static ListEntry dayCompany(List<String> aliases) {
    return TestLists.entry(
        "US-SDN-1", EntryKind.ENTITY, "DAY COMPANY", aliases, List.of(), List.of());
  }

  @Test
  void suppressesUntilTheEntryChanges() {
    ListEntry before = dayCompany(List.of());
    FalsePositiveMemory memory =
        FalsePositiveMemory.empty()
            .with(ReviewedNonMatch.of("CUST-42", before, "ana", "BYD is a car maker", WHEN));
    List<ScreeningMatch> found =
        ListScreener.build(List.of(before)).screen(ScreeningQuery.of("Day Company"), 0.5);
    assertThat(found).hasSize(1);

    FalsePositiveMemory.Filtered f = memory.apply("CUST-42", found);
    assertThat(f.kept()).isEmpty();
    assertThat(f.suppressed())
        .singleElement()
        .satisfies(s -> assertThat(s.review().reviewer()).isEqualTo("ana"));
    // another party is not cleared by this review
    assertThat(memory.apply("CUST-43", found).kept()).hasSize(1);

    // the listing gains an alias: the review lapses and the match alerts again
    ListEntry after = dayCompany(List.of("DAY CO LTD"));
    List<ScreeningMatch> again =
        ListScreener.build(List.of(after)).screen(ScreeningQuery.of("Day Company"), 0.5);
    assertThat(memory.apply("CUST-42", again).kept()).hasSize(1);
    assertThat(memory.clearing("CUST-42", after)).isEmpty();
    assertThat(memory.clearing("CUST-42", before)).isPresent();
  }

  @Test
  void aLaterReviewReplacesAnEarlierOne() {
    ListEntry e = dayCompany(List.of());
    FalsePositiveMemory m =
        FalsePositiveMemory.empty()
            .with(ReviewedNonMatch.of("P", e, "ana", "first", WHEN))
            .with(ReviewedNonMatch.of("P", e, "bo", "second", WHEN.plusSeconds(60)));
    assertThat(m.reviews())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo("second"));
  }

  @Test
  void reviewsNeedWhoAndWhy() {
    ListEntry e = dayCompany(List.of());
    assertThatThrownBy(() -> ReviewedNonMatch.of("P", e, " ", "why", WHEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reviewer");
    assertThatThrownBy(() -> ReviewedNonMatch.of("P", e, "ana", "why", null))
        .isInstanceOf(NullPointerException.class);
  }
}
