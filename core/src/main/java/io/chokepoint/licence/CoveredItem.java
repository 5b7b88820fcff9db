package io.chokepoint.licence;

import java.util.Locale;

/**
 * One entry of what a licence covers: a control code under a regime ({@code US-EAR 3A090.a}, {@code
 * CN-ECL 1C902.a}), or, for an item without a code, a description.
 *
 * <p>A code covers itself and every sub-paragraph below it: {@code 3A090} covers {@code 3A090.a}
 * and {@code 3A090.a.1}, because a licence for an ECCN covers its sub-items; {@code 3A090.a} does
 * not cover {@code 3A090.b}, and {@code 3A09} covers nothing but itself, since the match is on
 * whole dotted parts.
 *
 * @param regime the regime of the code, or {@code null} for a description
 * @param code the control code, or {@code null} for a description
 * @param description what the item is; required when there is no code
 */
public record CoveredItem(String regime, String code, String description) {
  public CoveredItem {
    if ((regime == null) != (code == null)) {
      throw new IllegalArgumentException("a covered code needs both regime and code");
    }
    if (code == null && (description == null || description.isBlank())) {
      throw new IllegalArgumentException("a covered item needs a code or a description");
    }
  }

  /** Whether the entry is a description rather than a code. */
  public boolean byDescription() {
    return code == null;
  }

  /**
   * Whether the entry covers an item with this code under this regime.
   *
   * @param lineRegime the regime of the item's code
   * @param lineCode the item's code
   */
  public boolean coversCode(String lineRegime, String lineCode) {
    if (code == null || !regime.equals(lineRegime) || lineCode == null) {
      return false;
    }
    String mine = code.toLowerCase(Locale.ROOT);
    String theirs = lineCode.toLowerCase(Locale.ROOT);
    return theirs.equals(mine) || theirs.startsWith(mine + ".");
  }

  /** Whether a description-only entry covers an item so described (case and spacing ignored). */
  public boolean coversDescription(String lineDescription) {
    return code == null
        && lineDescription != null
        && Names.normalise(description).equals(Names.normalise(lineDescription));
  }

  /** The entry as a person reads it: {@code US-EAR 3A090.a} or the description in quotes. */
  public String label() {
    return code == null ? "'" + description + "'" : regime + " " + code;
  }
}
