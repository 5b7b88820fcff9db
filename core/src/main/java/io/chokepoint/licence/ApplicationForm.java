package io.chokepoint.licence;

import java.util.Locale;

/** Which filing a draft prepares. */
public enum ApplicationForm {
  /** A License Exception NAC notification to BIS (SNAP-R), 15 CFR 740.8(a). */
  NAC_NOTIFICATION(Authority.BIS, LicenceKind.NAC_NOTIFICATION),
  /** A BIS licence application, with the fields of form BIS-748P. */
  BIS_LICENCE_APPLICATION(Authority.BIS, LicenceKind.BIS_LICENCE),
  /** A MOFCOM dual-use items export application, with the end-user and end-use certificates. */
  MOFCOM_DUAL_USE(Authority.MOFCOM, LicenceKind.PRC_SINGLE);

  private final Authority authority;
  private final LicenceKind grants;

  ApplicationForm(Authority authority, LicenceKind grants) {
    this.authority = authority;
    this.grants = grants;
  }

  /** The authority the filing goes to. */
  public Authority authority() {
    return authority;
  }

  /** The kind of licence an approval grants. */
  public LicenceKind grants() {
    return grants;
  }

  /** How output spells the form, e.g. {@code nac-notification}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The form of a spelling.
   *
   * @throws IllegalArgumentException if it is no form
   */
  public static ApplicationForm of(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
