package io.chokepoint.rules;

/**
 * Where a rule comes from in the law.
 *
 * @param instrument the legal instrument, e.g. "Implementation of Additional Export Controls (AC/S
 *     IFR)" or "MOFCOM Announcement 2025 No. 61"
 * @param paragraph the article or paragraph, e.g. "15 CFR 742.6(a)(6)(iii)" or "Art. 1(1)"
 * @param reference the Federal Register or announcement number, e.g. "88 FR 73458"
 * @param url where the text can be read, or {@code null}
 */
public record Citation(String instrument, String paragraph, String reference, String url) {

  /** The short form used in answers: reference and paragraph, e.g. "88 FR 73458, 15 CFR 742.6". */
  public String shortForm() {
    StringBuilder sb = new StringBuilder();
    if (reference != null) {
      sb.append(reference);
    } else {
      sb.append(instrument);
    }
    if (paragraph != null) {
      sb.append(", ").append(paragraph);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return shortForm();
  }
}
