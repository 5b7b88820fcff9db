package io.chokepoint.content;

import java.math.BigDecimal;

/**
 * An amount of money in one currency. Amounts are decimals so that sums of many lines do not drift.
 *
 * @param amount the amount, never negative
 * @param currency the ISO 4217 code
 */
public record Money(BigDecimal amount, String currency) {}
