package io.chokepoint.licence;

import java.util.List;

/**
 * The answer to a request against a licence's balance (a drawdown, a return, an adjustment or an
 * expiry): accepted with the balance after it, or rejected with every reason.
 */
public sealed interface DrawdownDecision
    permits DrawdownDecision.Accepted, DrawdownDecision.Rejected {

  /** Whether the request was accepted. */
  boolean accepted();

  /**
   * The request was accepted.
   *
   * @param after the balance after it
   * @param notes what the person must know: riders to observe, a balance that lapsed
   */
  record Accepted(Balance after, List<String> notes) implements DrawdownDecision {
    public Accepted {
      notes = List.copyOf(notes);
    }

    @Override
    public boolean accepted() {
      return true;
    }
  }

  /**
   * The request was rejected and changes nothing.
   *
   * @param reasons every reason, at least one
   */
  record Rejected(List<Shortfall> reasons) implements DrawdownDecision {
    public Rejected {
      reasons = List.copyOf(reasons);
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("a rejection needs a reason");
      }
    }

    @Override
    public boolean accepted() {
      return false;
    }
  }
}
