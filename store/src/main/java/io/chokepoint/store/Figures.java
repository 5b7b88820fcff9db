package io.chokepoint.store;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/**
 * Read-only figures over the records for a dashboard: determinations by outcome per week and the
 * list entries screening hit most often. Plain SQL that H2 and PostgreSQL both run; the weekly
 * buckets are made in Java because the two databases truncate dates differently.
 */
public final class Figures {
  private final Jdbi jdbi;

  /** Figures over the database behind the handle factory. */
  public Figures(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Determinations recorded per ISO week (weeks start on Monday, UTC) and overall outcome, for the
   * {@code weeks} weeks that end with the week of {@code today}, oldest first; weeks with none are
   * present with no counts.
   */
  public Map<LocalDate, Map<String, Long>> outcomesByWeek(LocalDate today, int weeks) {
    LocalDate last = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate first = last.minusWeeks(weeks - 1L);
    Map<LocalDate, Map<String, Long>> out = new TreeMap<>();
    for (int i = 0; i < weeks; i++) {
      out.put(first.plusWeeks(i), new TreeMap<>());
    }
    OffsetDateTime since = first.atStartOfDay().atOffset(ZoneOffset.UTC);
    jdbi.useHandle(
        h ->
            h.createQuery(
                    "SELECT recorded_at, overall FROM determination WHERE recorded_at >= :since")
                .bind("since", since)
                .map(
                    (rs, ctx) ->
                        Map.entry(
                            rs.getObject(1, OffsetDateTime.class)
                                .withOffsetSameInstant(ZoneOffset.UTC)
                                .toLocalDate(),
                            rs.getString(2)))
                .forEach(
                    e -> {
                      LocalDate week =
                          e.getKey().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                      Map<String, Long> counts = out.get(week);
                      if (counts != null) { // a clock set back may record in a later week
                        counts.merge(e.getValue(), 1L, Long::sum);
                      }
                    }));
    return out;
  }

  /** A list entry that screening matched in recorded determinations. */
  public record Hit(
      String entry, String list, String name, long determinations, BigDecimal bestScore) {}

  /** The list entries matched (as hits or possible matches) in the most determinations. */
  public List<Hit> topHits(int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT entry_id, entry_list, entry_name, COUNT(DISTINCT determination) AS n,"
                        + " MAX(score) AS best FROM screening_result WHERE band <> 'CLEARED'"
                        + " GROUP BY entry_id, entry_list, entry_name"
                        + " ORDER BY n DESC, entry_id LIMIT :limit")
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new Hit(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getLong(4),
                            rs.getBigDecimal(5)))
                .list());
  }
}
