package io.chokepoint.rules;

/**
 * How well a fact encoded in a rule pack is sourced, using the labels of the project's research
 * notes. Anything below {@link #PRIMARY} shows its caveat in every answer it touches.
 */
public enum Confidence {
  /** Primary text or a verbatim quotation of it ([P]). */
  PRIMARY("P", "primary source"),
  /** A secondary source: law-firm note, press, aggregator ([S]). */
  SECONDARY("S", "secondary source"),
  /** An inference or calculation, not stated by a source ([I]). */
  INFERRED("I", "inferred, not stated by a source"),
  /** Recalled but not verified against a primary source ([U]). */
  UNVERIFIED("U", "unverified");

  private final String label;
  private final String description;

  Confidence(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /** The one-letter label used in rule packs: P, S, I or U. */
  public String label() {
    return label;
  }

  /** Words for the label. */
  public String description() {
    return description;
  }

  /**
   * The caveat lines for something with this confidence and its own caveats: nothing for a primary
   * source without caveats.
   *
   * @param id what the lines are about, e.g. a rule id
   * @param caveats its own caveats
   */
  public java.util.List<String> caveatLines(String id, java.util.List<String> caveats) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    if (this != PRIMARY) {
      lines.add(id + ": confidence " + label + " (" + description + ")");
    }
    caveats.forEach(c -> lines.add(id + ": " + c));
    return lines;
  }

  /**
   * Parses a label.
   *
   * @throws IllegalArgumentException if the label is not P, S, I or U
   */
  public static Confidence fromLabel(String label) {
    for (Confidence c : values()) {
      if (c.label.equals(label)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown confidence label '" + label + "'");
  }
}
