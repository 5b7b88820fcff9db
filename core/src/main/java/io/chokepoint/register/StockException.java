package io.chokepoint.register;

/**
 * Thrown when a movement cannot happen to the stock as it stands: it takes more units than the site
 * holds on that date, or names serial numbers that are not there (or already are). The store turns
 * it into a refusal, so that nothing is written.
 */
public class StockException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A stable code: {@code STOCK} for quantities, {@code SERIAL} for serial numbers. */
  private final String code;

  /**
   * Creates the exception.
   *
   * @param code {@code STOCK} or {@code SERIAL}
   * @param message what is wrong, naming the holding, site, date and figures
   */
  public StockException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** The stable code. */
  public String code() {
    return code;
  }
}
