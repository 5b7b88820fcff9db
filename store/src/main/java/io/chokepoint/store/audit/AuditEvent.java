package io.chokepoint.store.audit;

import java.util.Map;
import java.util.Objects;

/**
 * Something to record in the audit trail: who did what to which record, with the details an auditor
 * needs (reasons, figures, hashes).
 *
 * @param actor the user who acted
 * @param action a stable dotted name, e.g. {@code hold.release}, {@code licence.draw}
 * @param subject the record acted on, e.g. {@code tx:PO-1}, {@code licence:D1234567}
 * @param detail the details; written as canonical JSON (keys sorted)
 */
public record AuditEvent(String actor, String action, String subject, Map<String, ?> detail) {
  /**
   * Creates an event.
   *
   * @throws IllegalArgumentException if a name is blank or holds a line break (the hash recipe
   *     joins fields by line)
   */
  public AuditEvent {
    singleLine("actor", actor);
    singleLine("action", action);
    singleLine("subject", subject);
    detail = Map.copyOf(Objects.requireNonNull(detail, "detail"));
  }

  private static void singleLine(String field, String value) {
    if (value == null || value.isBlank() || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          "audit " + field + " must be a non-blank single line: " + value);
    }
  }
}
