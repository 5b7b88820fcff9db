package io.chokepoint.licence;

import java.util.Locale;

/** Whether a licence may be drawn on, apart from its dates and balance. */
public enum LicenceStatus {
  /** In force. */
  ACTIVE,
  /** Suspended by the authority; it may be reinstated. */
  SUSPENDED,
  /** Revoked by the authority. */
  REVOKED,
  /** Recorded as expired: its remaining balance lapsed. */
  EXPIRED;

  /** How files and output spell the status. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
