package io.chokepoint.screening;

import io.chokepoint.lists.EntryCanonicalForm;
import io.chokepoint.lists.ListEntry;
import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's decision that a party is not a list entry (a "good guy"): who decided, why, when,
 * and the entry's {@link EntryCanonicalForm#fingerprint(ListEntry) fingerprint} at that time, so
 * that the decision lapses as soon as the listing changes.
 *
 * @param partyKey the screened party's stable key (customer or supplier id)
 * @param entryId the list entry's id
 * @param entryFingerprint the entry's fingerprint when reviewed
 * @param reviewer who decided
 * @param reason why, in words
 * @param reviewedAt when
 */
public record ReviewedNonMatch(
    String partyKey,
    String entryId,
    String entryFingerprint,
    String reviewer,
    String reason,
    Instant reviewedAt) {
  public ReviewedNonMatch {
    requireText(partyKey, "partyKey");
    requireText(entryId, "entryId");
    requireText(entryFingerprint, "entryFingerprint");
    requireText(reviewer, "reviewer");
    requireText(reason, "reason");
    Objects.requireNonNull(reviewedAt, "reviewedAt");
  }

  /**
   * Records a review of {@code entry} as it is now.
   *
   * @throws IllegalArgumentException if a text is blank
   * @throws NullPointerException if an argument is null
   */
  public static ReviewedNonMatch of(
      String partyKey, ListEntry entry, String reviewer, String reason, Instant reviewedAt) {
    return new ReviewedNonMatch(
        partyKey, entry.id(), EntryCanonicalForm.fingerprint(entry), reviewer, reason, reviewedAt);
  }

  /** Whether this review still covers {@code entry}: same id, unchanged content. */
  public boolean covers(ListEntry entry) {
    return entryId.equals(entry.id())
        && entryFingerprint.equals(EntryCanonicalForm.fingerprint(entry));
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(String.format("%s must not be blank", name));
    }
  }
}
