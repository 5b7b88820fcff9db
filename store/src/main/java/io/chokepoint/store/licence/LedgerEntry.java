package io.chokepoint.store.licence;

import io.chokepoint.licence.Shortfall;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One recorded request against a licence, accepted or rejected.
 *
 * @param id the entry id
 * @param licence the licence number
 * @param kind draw, return, adjust, expire or status
 * @param key the idempotency key of a drawdown, or {@code null}
 * @param accepted whether it was accepted
 * @param transaction the transaction drawn for, or {@code null}
 * @param line the line drawn for, or {@code null}
 * @param destination the destination of a drawdown or return, or {@code null}
 * @param quantity the units (signed for an adjustment)
 * @param value the value (signed for an adjustment), or {@code null}
 * @param returns for a return, the drawdown entry it credits; else {@code null}
 * @param reason the reason the person gave, or {@code null}
 * @param reasons why it was rejected; empty when accepted
 * @param recordedAt when it was recorded
 * @param actor who asked
 */
public record LedgerEntry(
    long id,
    String licence,
    String kind,
    String key,
    boolean accepted,
    String transaction,
    String line,
    String destination,
    BigDecimal quantity,
    BigDecimal value,
    Long returns,
    String reason,
    List<Shortfall> reasons,
    OffsetDateTime recordedAt,
    String actor) {
  public LedgerEntry {
    reasons = List.copyOf(reasons);
  }
}
