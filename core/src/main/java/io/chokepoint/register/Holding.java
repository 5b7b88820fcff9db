package io.chokepoint.register;

import io.chokepoint.content.Money;
import io.chokepoint.transaction.EndUse;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A holding of controlled items: one lot of one item, with what it is worth, who keeps it, what it
 * is declared to be for and what it came under. How many units are where, on any date, is not
 * stored here: it follows from the holding's movements (see {@link Ledger}).
 *
 * @param id the holding's id, unique in the register, e.g. {@code H-2025-001}
 * @param item what the units are
 * @param lot the lot or batch number, or {@code null}
 * @param serialTracked whether every unit has a serial number that each movement names
 * @param unitValue the value of one unit
 * @param custodian who keeps it
 * @param endUse the declared end use, one of {@link EndUse#PURPOSES}
 * @param licence the licence number it came under, or {@code null}
 * @param transaction the transaction id it came under, or {@code null}
 */
public record Holding(
    String id,
    HeldItem item,
    String lot,
    boolean serialTracked,
    Money unitValue,
    Custodian custodian,
    String endUse,
    String licence,
    String transaction) {
  /**
   * Creates a holding.
   *
   * @throws IllegalArgumentException if a required value is missing or the end use is not one of
   *     FORMATS §1's purposes
   */
  public Holding {
    Text.require("holding id", id);
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(unitValue, "unitValue");
    unitValue = new Money(plain(unitValue.amount()), unitValue.currency());
    Objects.requireNonNull(custodian, "custodian");
    lot = Text.optional("lot", lot);
    licence = Text.optional("licence", licence);
    transaction = Text.optional("transaction", transaction);
    if (!EndUse.PURPOSES.contains(endUse)) {
      throw new IllegalArgumentException(
          "holding "
              + id
              + ": unknown end use '"
              + endUse
              + "' (allowed: "
              + EndUse.PURPOSES
              + ")");
    }
  }

  /**
   * The amount without trailing zeros and never in exponent form, so that 25000.50 read back from a
   * NUMERIC column equals the 25000.5 written.
   */
  private static BigDecimal plain(BigDecimal amount) {
    BigDecimal s = amount.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
