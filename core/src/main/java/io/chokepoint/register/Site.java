package io.chokepoint.register;

import io.chokepoint.source.Codes;

/**
 * A place where controlled items are held: a data centre, a lab, a warehouse. A site lies in one
 * country for good; the register refuses a site name seen before with another country.
 *
 * @param name the site's name, unique in the register
 * @param country the country it lies in (ISO 3166-1 alpha-2)
 */
public record Site(String name, String country) {
  /**
   * Creates a site.
   *
   * @throws IllegalArgumentException if the name is blank or the country is not an ISO code
   */
  public Site {
    Text.require("site name", name);
    if (!Codes.isCountry(country)) {
      throw new IllegalArgumentException("site " + name + ": unknown country code " + country);
    }
  }

  @Override
  public String toString() {
    return name + " (" + country + ")";
  }
}
