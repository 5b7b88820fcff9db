package io.chokepoint.store;

/**
 * Thrown when a request is well formed but the rules refuse it: the actor's role does not allow it,
 * or the record is in a state that does not. Nothing was changed.
 */
public class RefusedException extends StoreException {
  private static final long serialVersionUID = 1L;

  /** A stable code that scripts and the HTTP API can rely on, e.g. {@code ROLE}, {@code STATE}. */
  private final String code;

  /**
   * Creates the exception.
   *
   * @param code a stable code
   * @param message why the request was refused, in the user's words
   */
  public RefusedException(String code, String message) {
    super(message, null);
    this.code = code;
  }

  /** The stable refusal code. */
  public String code() {
    return code;
  }
}
