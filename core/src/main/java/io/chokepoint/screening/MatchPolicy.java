package io.chokepoint.screening;

/**
 * The alert policy of name screening: a score at or above {@link #DEFAULT_ALERT_THRESHOLD} raises
 * an alert; a score in the review band {@code [}{@link #DEFAULT_REVIEW_FLOOR}{@code , }{@link
 * #DEFAULT_ALERT_THRESHOLD}{@code )} means "review the party", never a silent pass; below it the
 * name is clear of that entry.
 *
 * <p>The threshold was chosen on the nomenklatura name_bench cases (F1 over thresholds, see {@code
 * io.chokepoint.bench.NameBenchQuality --sweep}); the review band catches acronyms read as
 * initials, subset names and two-edit typos.
 */
public final class MatchPolicy {
  /** The default alert threshold. */
  public static final double DEFAULT_ALERT_THRESHOLD = 0.80;

  /** The lowest score of the default review band. */
  public static final double DEFAULT_REVIEW_FLOOR = 0.65;

  /** What a score means for the party. */
  public enum Band {
    /** At or above the alert threshold: a potential match to resolve before going on. */
    ALERT,
    /** In the review band: review the party; not a silent pass. */
    REVIEW,
    /** Below the review band. */
    CLEAR
  }

  private MatchPolicy() {}

  /**
   * The band of {@code score} under the default policy.
   *
   * @throws IllegalArgumentException if {@code score} is outside [0, 1]
   */
  public static Band band(double score) {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must lie in [0, 1], was " + score);
    }
    if (score >= DEFAULT_ALERT_THRESHOLD) {
      return Band.ALERT;
    }
    return score >= DEFAULT_REVIEW_FLOOR ? Band.REVIEW : Band.CLEAR;
  }
}
