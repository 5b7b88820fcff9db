package io.chokepoint.lists;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the country names the lists write (OFAC {@code Korea, North}, UN {@code Iran (Islamic
 * Republic of)}, DPL {@code PRC}, plain ISO codes) into ISO 3166-1 alpha-2 codes. It knows every
 * English name the JDK gives an ISO code, the alpha-3 codes, and the spellings of the official
 * lists. A name it does not know maps to nothing: list readers then keep the text in the entry's
 * details rather than fail, since a new spelling must never stop a list from loading.
 */
public final class Countries {
  // Compiled once: every entry's country goes through key(), thousands per list load.
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern NOT_ALNUM =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Map<String, String> BY_NAME = new HashMap<>();

  static {
    for (String code : Locale.getISOCountries()) {
      Locale l = new Locale("", code);
      BY_NAME.put(key(code), code);
      BY_NAME.put(key(l.getISO3Country()), code);
      BY_NAME.put(key(l.getDisplayCountry(Locale.ENGLISH)), code);
    }
    // The spellings of OFAC, BIS, the UN and MOFCOM where they differ from the JDK's names.
    alias("XK", "XK", "Kosovo", "XKX");
    alias("KP", "Korea, North", "Democratic People's Republic of Korea", "DPRK");
    alias("KR", "Korea, South", "Republic of Korea");
    alias("MM", "Burma", "Myanmar");
    alias("CD", "Congo, Democratic Republic of the", "Democratic Republic of the Congo", "DRC");
    alias("CG", "Congo, Republic of the", "Republic of the Congo", "Congo");
    alias("IR", "Iran (Islamic Republic of)", "Islamic Republic of Iran");
    alias("SY", "Syrian Arab Republic");
    alias("RU", "Russian Federation");
    alias("GB", "United Kingdom of Great Britain and Northern Ireland", "United Kingdom", "UK");
    alias("US", "United States of America", "United States", "USA");
    alias("TZ", "United Republic of Tanzania");
    alias("VN", "Viet Nam");
    alias("LA", "Lao People's Democratic Republic");
    alias("BO", "Bolivia (Plurinational State of)");
    alias("VE", "Venezuela (Bolivarian Republic of)");
    alias("MD", "Republic of Moldova");
    alias("TR", "Türkiye", "Turkiye");
    alias("CN", "PRC", "People's Republic of China", "China, People's Republic of");
    alias("HK", "Hong Kong", "China, Hong Kong Special Administrative Region", "Hong Kong (China)");
    alias("MO", "Macau", "Macao", "China, Macao Special Administrative Region");
    alias("TW", "Taiwan", "Taiwan, Province of China", "Chinese Taipei");
    alias("PS", "State of Palestine", "Palestinian", "West Bank", "Region: Gaza", "Gaza");
    alias("UA", "Region: Crimea", "Crimea");
    alias("ML", "Region: Northern Mali");
    alias("VG", "Virgin Islands, British", "British Virgin Islands");
    alias("VI", "Virgin Islands, U.S.");
    alias("BS", "Bahamas, The");
    alias("GM", "The Gambia", "Gambia, The");
    alias("CI", "Cote d Ivoire", "Côte d'Ivoire", "Ivory Coast");
    alias("CZ", "Czech Republic");
    alias("BA", "Bosnia and Herzegovina");
    alias("KN", "Saint Kitts and Nevis");
    alias("VC", "Saint Vincent and the Grenadines", "St. Vincent and the Grenadines");
    alias("LC", "Saint Lucia");
    alias("TT", "Trinidad and Tobago");
    alias("MK", "Macedonia", "The former Yugoslav Republic of Macedonia");
    alias("SZ", "Swaziland");
    alias("CV", "Cabo Verde");
    alias("FM", "Micronesia, Federated States of", "Micronesia (Federated States of)");
    alias("VA", "Holy See");
    alias("SS", "South Sudan");
  }

  private Countries() {}

  /**
   * The ISO 3166-1 alpha-2 code of a country name or code as a list writes it.
   *
   * @param name a country name, an alpha-2 or alpha-3 code, in any case; may be {@code null}
   * @return the alpha-2 code, or empty if the name is blank or unknown
   */
  public static Optional<String> code(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_NAME.get(key(name)));
  }

  private static void alias(String code, String... names) {
    for (String n : names) {
      BY_NAME.put(key(n), code);
    }
  }

  // Case, accents, punctuation and "&" are spelling, not meaning: "Côte d’Ivoire" is "Cote d
  // Ivoire", "Bosnia & Herzegovina" is "Bosnia and Herzegovina".
  private static String key(String name) {
    String s =
        MARKS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT).replace("&", " and ");
    return NOT_ALNUM.matcher(s).replaceAll(" ").strip();
  }
}
