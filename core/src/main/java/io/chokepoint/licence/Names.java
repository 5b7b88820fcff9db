package io.chokepoint.licence;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparison of names and descriptions that licences use: case, width and punctuation aside.
 */
final class Names {
  private Names() {}

  /**
   * The name folded for comparison: NFKC (so full-width letters read as ASCII), lower case,
   * punctuation dropped and spaces collapsed. "Shanghai Yunhai Datacenter Co., Ltd." and "SHANGHAI
   * YUNHAI DATACENTER CO LTD" compare equal; a licence names its parties as the authority wrote
   * them, and a transaction may write them differently.
   */
  static String normalise(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return n.replaceAll("[\\p{P}\\p{S}]+", " ").trim().replaceAll("\\s+", " ");
  }
}
