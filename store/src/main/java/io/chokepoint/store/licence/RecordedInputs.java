package io.chokepoint.store.licence;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The transactions the determination log recorded, by id: the canonical input of the latest
 * recording, which reads back into the same transaction. Licence matching, drawdowns and
 * applications name a transaction by its id and find it here.
 */
public final class RecordedInputs {
  private final Jdbi jdbi;

  /** Creates the lookup over a database. */
  public RecordedInputs(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The canonical input of the latest recording of a transaction, if any. */
  public Optional<String> latest(String transactionId) {
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
