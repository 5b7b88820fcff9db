package io.chokepoint.store.licence;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The recorded transactions by id: the canonical input of the current revision recorded by {@code
 * tx add}, else of the latest determination that {@code check} recorded. It reads back into the
 * same transaction. Licence matching, drawdowns and applications name a transaction by its id and
 * find it here.
 */
public final class RecordedInputs {
  private final Jdbi jdbi;

  /** Creates the lookup over a database. */
  public RecordedInputs(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The canonical input of the latest recording of a transaction, if any. */
  public Optional<String> latest(String transactionId) {
    Optional<String> recorded =
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT input FROM trade_transaction WHERE id = :tx")
                    .bind("tx", transactionId)
                    .mapTo(String.class)
                    .findOne());
    if (recorded.isPresent()) {
      return recorded;
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT input FROM determination WHERE transaction_id = :tx AND input IS NOT"
                        + " NULL ORDER BY id DESC")
                .bind("tx", transactionId)
                .setMaxRows(1)
                .mapTo(String.class)
                .findFirst());
  }
}
