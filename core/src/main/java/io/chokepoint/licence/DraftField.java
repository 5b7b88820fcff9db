package io.chokepoint.licence;

/**
 * One field of an application draft: its value from the transaction or determination, or nothing
 * when the applicant must still supply it.
 *
 * @param name the field's path, e.g. {@code endUser.name} or {@code items[L1].tpp}
 * @param value the value (a string, number or boolean), or {@code null} when missing
 * @param source where the value comes from, or what to supply when missing
 */
public record DraftField(String name, Object value, String source) {

  /** Whether the field still needs a value. */
  public boolean missing() {
    return value == null;
  }
}
