package io.chokepoint.licence;

import java.math.BigDecimal;

/**
 * What moves against a licence in a drawdown or a return.
 *
 * @param quantity the units, positive
 * @param value the value in the licence's currency, or {@code null} when unknown
 * @param destination the destination country of the shipment, for share caps
 */
public record Movement(BigDecimal quantity, BigDecimal value, String destination) {}
