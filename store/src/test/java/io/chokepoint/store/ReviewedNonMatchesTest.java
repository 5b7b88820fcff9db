package io.chokepoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.lists.EntryKind;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.screening.ReviewedNonMatch;
import io.chokepoint.source.Position;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reviewed non-matches on a real embedded H2 file database: recorded, read back whole, folded into
 * a memory where the latest review wins, and kept across reopening.
 */
class ReviewedNonMatchesTest {
  @TempDir Path dir;

  private static ListEntry entry(List<String> aliases) {
    return new ListEntry(
        "US-EL-CN-0040",
        "US-EL",
        EntryKind.ENTITY,
        "Sugon",
        aliases,
        List.of("CN"),
        List.of(),
        List.of(),
        null,
        "84 FR 29371",
        null,
        Map.of(),
        Position.ofFile("el.csv"));
  }

  @Test
  void aReviewIsKeptAcrossReopeningAndLapsesWhenTheEntryChanges() {
    ListEntry sugon = entry(List.of("Dawning Information Industry"));
    ReviewedNonMatch review =
        ReviewedNonMatch.of(
            "sugon data storage trading co ltd|CN",
            sugon,
            "a.officer",
            "a storage reseller; no ownership link to Sugon (registry extract on file)",
            Instant.parse("2026-11-29T08:00:00Z"));
    assertThat(Store.embedded(dir).reviewedNonMatches().record(review)).isPositive();

    ReviewedNonMatches reopened = Store.embedded(dir).reviewedNonMatches();
    assertThat(reopened.all()).containsExactly(review);
    assertThat(reopened.memory().clearing("sugon data storage trading co ltd|CN", sugon))
        .contains(review);
    ListEntry relisted = entry(List.of("Dawning Information Industry", "Sugon Storage"));
    assertThat(reopened.memory().clearing("sugon data storage trading co ltd|CN", relisted))
        .isEmpty();
  }

  @Test
  void theLatestReviewOfAPairWins() {
    ListEntry sugon = entry(List.of());
    ReviewedNonMatches store = Store.embedded(dir).reviewedNonMatches();
    store.record(
        ReviewedNonMatch.of(
            "p|CN", sugon, "a.officer", "first", Instant.parse("2026-01-01T00:00:00Z")));
    store.record(
        ReviewedNonMatch.of(
            "p|CN", sugon, "b.officer", "second", Instant.parse("2026-02-01T00:00:00Z")));
    assertThat(store.all()).hasSize(2);
    assertThat(store.memory().clearing("p|CN", sugon).orElseThrow().reviewer())
        .isEqualTo("b.officer");
  }
}
