package io.chokepoint.store;

/** Thrown when a named record (transaction, licence, application, user) does not exist. */
public class NotFoundException extends StoreException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was looked for
   */
  public NotFoundException(String message) {
    super(message, null);
  }
}
