package io.chokepoint.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A determination as the log holds it.
 *
 * @param id the row id
 * @param transactionId the transaction id
 * @param asOf the evaluation date
 * @param overall the overall outcome
 * @param rulebookHash the rule book's content hash
 * @param listsHash the list snapshot's hash
 * @param inputHash the transaction's hash
 * @param engine the engine version
 * @param sourceFile the file the transaction came from, or {@code null}
 * @param recordedAt when it was recorded
 * @param body the determination as one line of JSON (FORMATS.md §2)
 * @param actor who asked for it, or {@code null} for determinations recorded before users existed
 * @param input the transaction's canonical form, or {@code null} if it was not kept
 */
public record RecordedDetermination(
    long id,
    String transactionId,
    LocalDate asOf,
    String overall,
    String rulebookHash,
    String listsHash,
    String inputHash,
    String engine,
    String sourceFile,
    OffsetDateTime recordedAt,
    String body,
    String actor,
    String input) {}
