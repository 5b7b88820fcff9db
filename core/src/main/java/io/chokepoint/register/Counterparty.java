package io.chokepoint.register;

import io.chokepoint.source.Codes;

/**
 * Another party that items are transferred to: the consignee and end user of the synthetic
 * transaction a transfer is checked as.
 *
 * @param name its name
 * @param country the country where it receives the items
 * @param headquarters the country of its headquarters or ultimate parent, or {@code null}
 */
public record Counterparty(String name, String country, String headquarters) {
  /**
   * Creates a counterparty.
   *
   * @throws IllegalArgumentException if the name is blank or a country is not an ISO code
   */
  public Counterparty {
    Text.require("counterparty", name);
    if (!Codes.isCountry(country)) {
      throw new IllegalArgumentException("counterparty " + name + ": unknown country " + country);
    }
    if (headquarters != null && !Codes.isCountry(headquarters)) {
      throw new IllegalArgumentException(
          "counterparty " + name + ": unknown headquarters " + headquarters);
    }
  }
}
