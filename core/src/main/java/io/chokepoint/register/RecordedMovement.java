package io.chokepoint.register;

import java.util.Objects;

/**
 * A movement as the register recorded it: its number, the licence check made when it was recorded,
 * and who recorded it when.
 *
 * @param seq its number in the register, in recording order
 * @param movement what happened
 * @param check what the engine said about it on the movement's date
 * @param recordedBy the user who recorded it
 * @param recordedAt when, as an ISO instant
 */
public record RecordedMovement(
    long seq, Movement movement, LicenceCheck check, String recordedBy, String recordedAt) {
  /** Creates a recorded movement. */
  public RecordedMovement {
    Objects.requireNonNull(movement, "movement");
    Objects.requireNonNull(check, "check");
  }
}
