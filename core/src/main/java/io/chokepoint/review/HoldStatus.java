package io.chokepoint.review;

/**
 * Where a recorded transaction stands. A determination other than NO_LICENSE_REQUIRED puts it on
 * hold; only a review takes it off.
 */
public enum HoldStatus {
  /** Determined NO_LICENSE_REQUIRED in every regime: it may ship, no review needed. */
  CLEARED,
  /** Waiting for an officer's review. */
  HELD,
  /** An officer asked for facts; it stays held until the transaction is amended or decided. */
  AWAITING_FACTS,
  /** An officer released it, under a licence, a licence exception or their finding. */
  RELEASED,
  /** An officer rejected it. */
  REJECTED;

  /** Whether a review may still decide it. */
  public boolean open() {
    return this == HELD || this == AWAITING_FACTS;
  }

  /** Whether it is decided for good: no amendment or review changes it any more. */
  public boolean closed() {
    return this == RELEASED || this == REJECTED;
  }
}
