package io.chokepoint.source;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when user-supplied data is invalid. Carries every {@link Issue} found, each with file,
 * line and field, so that nothing is reported piecemeal.
 */
public class SourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_IN_MESSAGE = 50;

  private final transient List<Issue> issues;

  /**
   * Creates the exception.
   *
   * @param summary one line saying what was being read
   * @param issues the problems found, at least one
   * @throws IllegalArgumentException if {@code issues} is empty
   */
  public SourceException(String summary, List<Issue> issues) {
    super(render(summary, issues));
    if (issues.isEmpty()) {
      throw new IllegalArgumentException("a SourceException needs at least one issue");
    }
    this.issues = List.copyOf(issues);
  }

  /** The problems found, in the order found. */
  public List<Issue> issues() {
    return issues;
  }

  private static String render(String summary, List<Issue> issues) {
    String body =
        issues.stream().limit(MAX_IN_MESSAGE).map(i -> "  " + i).collect(Collectors.joining("\n"));
    String more =
        issues.size() > MAX_IN_MESSAGE
            ? "\n  ... and " + (issues.size() - MAX_IN_MESSAGE) + " more"
            : "";
    return summary
        + " ("
        + issues.size()
        + " problem"
        + (issues.size() == 1 ? "" : "s")
        + ")\n"
        + body
        + more;
  }
}
