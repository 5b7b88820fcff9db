package io.chokepoint.whatif;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One order line that needs a licence under a regime on one side of a scenario, and a licence that
 * could cover it but for its remaining quantity or value: what the line would draw on that licence.
 * A line that several licences could cover counts against each of them, since which one it is drawn
 * on is decided at release.
 *
 * @param licence the licence number
 * @param scenario whether the line needs the licence under the scenario ({@code false}: under the
 *     baseline)
 * @param order the order id
 * @param line the line id
 * @param quantity the units
 * @param value the line's value in {@code currency}, or {@code null} when unknown
 * @param currency the value's currency, or {@code null}
 */
public record LicenceDemand(
    String licence,
    boolean scenario,
    String order,
    String line,
    BigDecimal quantity,
    BigDecimal value,
    String currency)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
