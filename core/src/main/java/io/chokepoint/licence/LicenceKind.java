package io.chokepoint.licence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What kind of authorisation a licence is. The kind fixes the authority and how a licence file
 * spells it ({@link #code()}).
 */
public enum LicenceKind {
  /** A BIS individual licence (15 CFR 750). */
  BIS_LICENCE("bis-licence", Authority.BIS),
  /** A License Exception NAC notification that BIS let stand (15 CFR 740.8(a)). */
  NAC_NOTIFICATION("nac", Authority.BIS),
  /** License Exception ACA (15 CFR 740.8(b)), recorded so that its use can be tracked. */
  ACA("aca", Authority.BIS),
  /** A PRC single licence: one export to one end user (Decree 792). */
  PRC_SINGLE("prc-single", Authority.MOFCOM),
  /** A PRC general licence: several exports, possibly to several end users (Decree 792). */
  PRC_GENERAL("prc-general", Authority.MOFCOM),
  /** An internal approval. */
  INTERNAL_APPROVAL("internal", Authority.INTERNAL);

  private final String code;
  private final Authority authority;

  LicenceKind(String code, Authority authority) {
    this.code = code;
    this.authority = authority;
  }

  /** How files and output spell the kind. */
  public String code() {
    return code;
  }

  /** The authority that grants this kind. */
  public Authority authority() {
    return authority;
  }

  /** The kind a file spells so, if any. */
  public static Optional<LicenceKind> ofCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }

  /** Every spelling, for messages. */
  public static List<String> codes() {
    return Arrays.stream(values()).map(LicenceKind::code).toList();
  }
}
