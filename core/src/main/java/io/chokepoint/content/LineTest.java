package io.chokepoint.content;

import java.util.Set;

/**
 * Decides whether a bill-of-materials line counts towards a content share: Chinese-origin Part-1
 * rare earths for the PRC 0.1% rule, or controlled US-origin content for US de minimis.
 */
@FunctionalInterface
public interface LineTest {
  /** Tests one line. */
  Verdict test(BomLine line);

  /**
   * The answer for one line.
   *
   * @param counts {@code TRUE} if the line's whole value counts, {@code FALSE} if not, {@code null}
   *     if it cannot be told
   * @param reason why, for the trace and the line's contribution
   * @param missing the line's fields whose absence left it undecided
   */
  record Verdict(Boolean counts, String reason, Set<String> missing) {
    /** The line does not count. */
    public static final Verdict NO = new Verdict(false, null, Set.of());

    /** The line does not count, for the reason given. */
    public static Verdict no(String reason) {
      return new Verdict(false, reason, Set.of());
    }

    /** The line counts, for the reason given. */
    public static Verdict counts(String reason) {
      return new Verdict(true, reason, Set.of());
    }

    /** The line cannot be decided without the fields. */
    public static Verdict unknown(String reason, Set<String> missing) {
      return new Verdict(null, reason, missing);
    }
  }
}
