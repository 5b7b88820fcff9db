package io.chokepoint.review;

import java.util.List;

/**
 * What an officer decides about a held transaction. Every decision carries a reason, which the
 * audit trail keeps.
 */
public sealed interface ReviewDecision {
  /** Why, in the reviewer's words; never blank. */
  String reason();

  /** The decision's stable name, as stored and printed. */
  String name();

  /**
   * Release the transaction.
   *
   * @param licences licence numbers that cover it (one per regime that needs one)
   * @param exceptions licence exceptions the determination offered (e.g. NAC, ACA) that it uses
   * @param reason why
   */
  record Release(List<String> licences, List<String> exceptions, String reason)
      implements ReviewDecision {
    /** Creates a release. */
    public Release {
      licences = List.copyOf(licences);
      exceptions = List.copyOf(exceptions);
    }

    @Override
    public String name() {
      return "RELEASE";
    }
  }

  /**
   * Reject the transaction: it must not ship.
   *
   * @param reason why
   */
  record Reject(String reason) implements ReviewDecision {
    @Override
    public String name() {
      return "REJECT";
    }
  }

  /**
   * Ask for the facts the determination is missing, or others the reviewer needs.
   *
   * @param facts the facts asked for, never empty
   * @param reason why
   */
  record AskForFacts(List<String> facts, String reason) implements ReviewDecision {
    /** Creates a request. */
    public AskForFacts {
      facts = List.copyOf(facts);
    }

    @Override
    public String name() {
      return "ASK_FOR_FACTS";
    }
  }
}
