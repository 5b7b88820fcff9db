package io.chokepoint.review;

import java.util.Objects;

/**
 * Who is acting: a registered user and their role. Every recorded decision names its actor.
 *
 * @param name the user's name, as the audit trail shows it
 * @param role what the user may do
 */
public record Actor(String name, Role role) {
  /**
   * Creates an actor.
   *
   * @throws IllegalArgumentException if the name is blank or holds a line break
   */
  public Actor {
    Objects.requireNonNull(role, "role");
    if (name == null || name.isBlank() || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a user name must be a non-blank single line: " + name);
    }
  }
}
