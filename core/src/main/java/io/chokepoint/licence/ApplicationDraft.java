package io.chokepoint.licence;

import java.util.List;

/**
 * The data an authority asks for, drafted from a held transaction and its determination. Nothing is
 * left silently empty: a field the transaction cannot fill is listed with what to supply.
 *
 * @param form the filing
 * @param transaction the transaction id
 * @param lines the item ids the draft covers
 * @param fields every field, in the order the filing asks for them
 * @param documents the documents to attach, from the rule data
 * @param problems what stops the filing as drafted, e.g. more than 6 items in a NAC notification
 * @param clock the review time from the rule data
 * @param terms what an approval licenses
 */
public record ApplicationDraft(
    ApplicationForm form,
    String transaction,
    List<String> lines,
    List<DraftField> fields,
    List<String> documents,
    List<String> problems,
    ReviewClock clock,
    LicenceTerms terms) {
  public ApplicationDraft {
    lines = List.copyOf(lines);
    fields = List.copyOf(fields);
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }

  /** The names of the fields still missing, in order. */
  public List<String> missing() {
    return fields.stream().filter(DraftField::missing).map(DraftField::name).toList();
  }

  /**
   * The draft with a field supplied by the applicant, e.g. {@code items[L1].manufacturer}.
   *
   * @param name the field's name, as the draft lists it
   * @param value the value
   * @throws IllegalArgumentException if the draft has no such field, or the value is blank
   */
  public ApplicationDraft with(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("field " + name + " needs a value");
    }
    List<DraftField> out = new java.util.ArrayList<>();
    boolean found = false;
    for (DraftField f : fields) {
      if (f.name().equals(name)) {
        out.add(new DraftField(name, value, "supplied by the applicant"));
        found = true;
      } else {
        out.add(f);
      }
    }
    if (!found) {
      throw new IllegalArgumentException(
          "the "
              + form.code()
              + " draft has no field '"
              + name
              + "' (fields: "
              + String.join(", ", fields.stream().map(DraftField::name).toList())
              + ")");
    }
    return new ApplicationDraft(form, transaction, lines, out, documents, problems, clock, terms);
  }
}
