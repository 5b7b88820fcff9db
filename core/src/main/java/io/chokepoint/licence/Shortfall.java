package io.chokepoint.licence;

import java.util.Locale;

/**
 * One reason why a licence cannot cover a line or take a drawdown, in words a compliance officer
 * can act on.
 *
 * @param kind what kind of reason
 * @param message the reason with its figures, e.g. "8 units asked, 3 left of 100"
 */
public record Shortfall(Kind kind, String message) {

  /** The kinds of reasons, in the order a licence is checked. */
  public enum Kind {
    /** The licence is revoked. */
    REVOKED,
    /** The licence is suspended. */
    SUSPENDED,
    /** The licence was recorded as expired. */
    EXPIRED_STATUS,
    /** The line's date is before the licence's first day. */
    NOT_YET_VALID,
    /** The line's date is after the licence's last day. */
    EXPIRED,
    /** The line needs a licence under another regime than the licence's authority's. */
    WRONG_REGIME,
    /** No covered item covers the line's item. */
    ITEM_NOT_COVERED,
    /** The licence names consignees and the line's is not one of them. */
    CONSIGNEE_NOT_NAMED,
    /** The licence names end users and the line's is not one of them. */
    END_USER_NOT_NAMED,
    /** The licence names countries and the line's destination is not one of them. */
    DESTINATION_NOT_COVERED,
    /** Nothing is left of the quantity limit. */
    QUANTITY_EXHAUSTED,
    /** Less is left of the quantity limit than the line needs. */
    NOT_ENOUGH_QUANTITY,
    /** The licence has a value limit and the line's value is unknown. */
    VALUE_UNKNOWN,
    /** The line's value is in another currency than the licence's limit. */
    CURRENCY_MISMATCH,
    /** Nothing is left of the value limit. */
    VALUE_EXHAUSTED,
    /** Less is left of the value limit than the line needs. */
    NOT_ENOUGH_VALUE,
    /** Drawing the line would take the capped shipments above their share of the reference. */
    SHARE_CAP_EXCEEDED,
    /** The request itself is wrong: a non-positive quantity, a return of more than was drawn. */
    INVALID_REQUEST;

    /** How output spells the kind, e.g. {@code not-enough-quantity}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  @Override
  public String toString() {
    return kind.code() + ": " + message;
  }
}
