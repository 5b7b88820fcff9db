package io.chokepoint.register;

import io.chokepoint.source.Codes;

/**
 * Who keeps a holding: the organisation answerable for it. When a holding moves across a border
 * between its own sites, the custodian is both exporter and end user of the synthetic transaction.
 *
 * @param name the organisation's name
 * @param headquarters the country of its headquarters or ultimate parent, or {@code null} if not
 *     given (rules that need it then answer INDETERMINATE)
 */
public record Custodian(String name, String headquarters) {
  /**
   * Creates a custodian.
   *
   * @throws IllegalArgumentException if the name is blank or the headquarters not an ISO code
   */
  public Custodian {
    Text.require("custodian", name);
    if (headquarters != null && !Codes.isCountry(headquarters)) {
      throw new IllegalArgumentException("custodian headquarters: unknown country " + headquarters);
    }
  }
}
