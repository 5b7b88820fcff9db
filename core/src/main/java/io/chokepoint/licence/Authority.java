package io.chokepoint.licence;

import java.util.Locale;

/**
 * Who grants a licence: the authority decides which regime's licence requirement the licence can
 * meet.
 */
public enum Authority {
  /** The US Bureau of Industry and Security: licences under the EAR. */
  BIS("US-EAR"),
  /** The PRC Ministry of Commerce: dual-use export licences under the Export Control Law. */
  MOFCOM("CN-ECL"),
  /**
   * The company itself: an internal approval, which meets no authority's requirement but records
   * who allowed the shipment.
   */
  INTERNAL(null);

  private final String regime;

  Authority(String regime) {
    this.regime = regime;
  }

  /** The regime whose licence requirement the authority's licences meet, or {@code null}. */
  public String regime() {
    return regime;
  }

  /**
   * The authority of a name, in any case.
   *
   * @throws IllegalArgumentException if the name is no authority
   */
  public static Authority of(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
