package io.chokepoint.register;

import java.util.Objects;

/**
 * One movement to record, and the holding it opens when it is the receipt of a new holding.
 *
 * @param opens the new holding, or {@code null} when the holding exists
 * @param movement the movement
 */
public record RegisterChange(Holding opens, Movement movement) {
  /**
   * Creates a change.
   *
   * @throws IllegalArgumentException if a new holding comes with anything but its own receipt
   */
  public RegisterChange {
    Objects.requireNonNull(movement, "movement");
    if (opens != null
        && (!(movement instanceof Movement.Received) || !opens.id().equals(movement.holding()))) {
      throw new IllegalArgumentException(
          "a new holding is opened by its own receipt: " + opens.id());
    }
  }
}
