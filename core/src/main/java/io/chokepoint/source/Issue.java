package io.chokepoint.source;

/**
 * One problem found in user-supplied data: a rule pack, a golden case, a transaction or a chip
 * spec. Problems are data, not exceptions, so that a loader can report all of them at once.
 *
 * @param position where the problem is
 * @param subject what the problem belongs to (a rule id, a transaction id), or {@code null}
 * @param field the path of the field at fault, or {@code null} for the whole document
 * @param message what is wrong, in words a rule author or user can act on
 */
public record Issue(Position position, String subject, String field, String message) {

  /** Renders the issue as {@code file:line:col: [subject] field: message}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(position.toString()).append(": ");
    if (subject != null && !subject.isEmpty()) {
      sb.append(subject).append(": ");
    }
    if (field != null && !field.isEmpty()) {
      sb.append("field '").append(field).append("': ");
    }
    return sb.append(message).toString();
  }
}
