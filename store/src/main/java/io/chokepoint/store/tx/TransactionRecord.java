package io.chokepoint.store.tx;

import io.chokepoint.determine.Outcome;
import io.chokepoint.review.HoldStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A transaction as the store holds it: its status, its current determination, and who submitted it.
 *
 * @param id the transaction id
 * @param date the export date
 * @param from the country the goods leave
 * @param to the destination country
 * @param status where it stands
 * @param outcome the current determination's overall outcome
 * @param determination the id of the current determination in the log
 * @param revision 1 when submitted, one more for each amendment
 * @param inputHash the canonical input's hash
 * @param input the canonical input (FORMATS.md §1 as JSON), for replay
 * @param sourceFile the file it came from, or {@code null}
 * @param submittedBy who submitted it
 * @param submittedAt when
 * @param updatedAt when it last changed
 */
public record TransactionRecord(
    String id,
    LocalDate date,
    String from,
    String to,
    HoldStatus status,
    Outcome outcome,
    long determination,
    int revision,
    String inputHash,
    String input,
    String sourceFile,
    String submittedBy,
    OffsetDateTime submittedAt,
    OffsetDateTime updatedAt) {}
