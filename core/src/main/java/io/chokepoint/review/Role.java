package io.chokepoint.review;

/**
 * What a user may do in Chokepoint. Roles are ordered: each may do what the one before it may.
 *
 * <ul>
 *   <li>{@link #VIEWER} reads: determinations, holds, licences, the audit trail.
 *   <li>{@link #OFFICER} also records transactions and licences, draws on licences, and reviews
 *       holds, never their own.
 *   <li>{@link #ADMIN} also manages users, and alone may release a prohibited transaction.
 * </ul>
 */
public enum Role {
  VIEWER,
  OFFICER,
  ADMIN;

  /** Whether this role includes everything {@code other} may do. */
  public boolean atLeast(Role other) {
    return compareTo(other) >= 0;
  }

  /**
   * The role named by a lower- or upper-case word.
   *
   * @throws IllegalArgumentException if the word names no role
   */
  public static Role parse(String word) {
    for (Role r : values()) {
      if (r.name().equalsIgnoreCase(word)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown role '" + word + "': expected viewer, officer or admin");
  }
}
