package io.chokepoint.classify;

import java.time.LocalDate;
import java.util.List;

/**
 * The PRC control entries that apply to a material on a date, with the entry that excludes it (a
 * deep-processed good), the entries that may apply for lack of facts, a trace and caveats.
 *
 * @param material the material
 * @param regime the regime whose entries were applied
 * @param asOf the evaluation date
 * @param codes the entries that apply
 * @param excludedBy the exclusion that takes the material out of the lists, or {@code null}
 * @param possible entries that may apply if the missing facts were known
 * @param missingFacts the material fields whose absence leaves entries undecided
 * @param trace every entry tried, with its comparisons
 * @param caveats confidence below primary, inferred codes and other caveats of the entries used
 */
public record MaterialClassification(
    Material material,
    String regime,
    LocalDate asOf,
    List<Code> codes,
    Code excludedBy,
    List<Code> possible,
    List<String> missingFacts,
    List<String> trace,
    List<String> caveats) {

  public MaterialClassification {
    codes = List.copyOf(codes);
    possible = List.copyOf(possible);
    missingFacts = List.copyOf(missingFacts);
    trace = List.copyOf(trace);
    caveats = List.copyOf(caveats);
  }

  /** Whether the applicable codes are known: no entry was left undecided. */
  public boolean known() {
    return possible.isEmpty();
  }

  /** The codes that apply, as strings. */
  public List<String> codeNames() {
    return codes.stream().map(Code::code).toList();
  }

  /**
   * One control entry.
   *
   * @param code the code and sub-item, e.g. {@code 1C905.b}
   * @param title what the entry covers
   * @param hsCodes the reference HS codes
   * @param citation where it comes from
   * @param confidence the confidence label: P, S, I or U
   * @param entry the id of the classification entry
   */
  public record Code(
      String code,
      String title,
      List<String> hsCodes,
      String citation,
      String confidence,
      String entry) {
    public Code {
      hsCodes = List.copyOf(hsCodes);
    }
  }
}
