package io.chokepoint.store.audit;

import java.util.Objects;

/**
 * A hash known from outside the database, such as the chain head recorded in an exported audit
 * pack's manifest. Whoever can rewrite the whole table and its head can forge a chain that checks
 * out on its own; it cannot also change the hashes already handed to an auditor, so the entry with
 * this number must still carry this hash.
 *
 * @param seq the entry's number
 * @param hash the hash it carried when it was exported
 * @param source where the hash comes from, for the message (e.g. a pack's directory)
 */
public record ChainCheckpoint(long seq, String hash, String source) {
  /**
   * Creates a checkpoint.
   *
   * @throws IllegalArgumentException if the number is below 1 or the hash is not 64 hex digits
   */
  public ChainCheckpoint {
    Objects.requireNonNull(source, "source");
    if (seq < 1) {
      throw new IllegalArgumentException("a checkpoint's entry number starts at 1: " + seq);
    }
    if (hash == null || !hash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a checkpoint hash is 64 lower-case hex digits: " + hash);
    }
  }
}
