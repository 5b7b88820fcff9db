package io.chokepoint.rules;

import io.chokepoint.source.Issue;
import io.chokepoint.source.SourceException;
import java.util.List;

/**
 * Thrown when a rule book cannot be loaded or activated: an invalid pack, or a failing golden case.
 * The whole rule book is rejected; nothing is half-loaded. Every problem carries its file, line and
 * rule id.
 */
public final class RuleBookException extends SourceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param summary what was being loaded
   * @param issues every problem found
   */
  public RuleBookException(String summary, List<Issue> issues) {
    super(summary, issues);
  }
}
