package io.chokepoint.store.tx;

/**
 * What submitting a transaction did.
 *
 * @param record the transaction as now recorded
 * @param change {@code NEW}, {@code AMENDED} (a new revision, re-determined) or {@code UNCHANGED}
 *     (the same input was recorded before: nothing was written, so a re-run import is harmless)
 */
public record Submission(TransactionRecord record, Change change) {
  /** What a submission changed. */
  public enum Change {
    NEW,
    AMENDED,
    UNCHANGED
  }
}
