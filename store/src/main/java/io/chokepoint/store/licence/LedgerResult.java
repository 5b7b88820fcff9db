package io.chokepoint.store.licence;

import io.chokepoint.licence.Balance;
import io.chokepoint.licence.Shortfall;
import java.util.List;

/**
 * What the store answered to a request against a licence: the entry it recorded, whether it was
 * accepted, every reason if not, and the balance afterwards.
 *
 * @param entry the id of the recorded entry (the first one, for a replayed drawdown)
 * @param replayed whether the idempotency key had been used: nothing new was drawn
 * @param accepted whether the request was accepted
 * @param reasons why it was rejected; empty when accepted
 * @param notes riders to observe, what lapsed on expiry, that a request was replayed
 * @param balance the licence's balance after the request
 */
public record LedgerResult(
    long entry,
    boolean replayed,
    boolean accepted,
    List<Shortfall> reasons,
    List<String> notes,
    Balance balance) {
  public LedgerResult {
    reasons = List.copyOf(reasons);
    notes = List.copyOf(notes);
  }
}
