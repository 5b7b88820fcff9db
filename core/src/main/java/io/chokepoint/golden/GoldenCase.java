package io.chokepoint.golden;

import io.chokepoint.source.Position;
import io.chokepoint.transaction.Transaction;
import java.time.LocalDate;
import java.util.Map;

/**
 * A dated determination case beside a rule pack: a transaction, an as-of date and what each regime
 * must answer. A rule book whose golden cases fail is not activated.
 *
 * @param id the case id, e.g. US-1
 * @param title what the case is
 * @param source where the expectation comes from
 * @param asOf the evaluation date
 * @param transaction the transaction
 * @param expect the expectations by regime code
 * @param position where the case is written
 */
public record GoldenCase(
    String id,
    String title,
    String source,
    LocalDate asOf,
    Transaction transaction,
    Map<String, Expectation> expect,
    Position position) {}
