package io.chokepoint.source;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;

/** Checks of the standard codes user data carries: ISO 3166-1 countries and ISO 4217 currencies. */
public final class Codes {
  private static final Set<String> COUNTRIES;

  static {
    java.util.HashSet<String> s = new java.util.HashSet<>(Set.of(Locale.getISOCountries()));
    // Kosovo has a user-assigned code that customs and list publishers use.
    s.add("XK");
    COUNTRIES = Set.copyOf(s);
  }

  private Codes() {}

  /** Whether the code is an ISO 3166-1 alpha-2 country code (upper case). */
  public static boolean isCountry(String code) {
    return code != null && COUNTRIES.contains(code);
  }

  /** Whether the code is an ISO 4217 currency code. */
  public static boolean isCurrency(String code) {
    if (code == null || code.length() != 3 || !code.equals(code.toUpperCase(Locale.ROOT))) {
      return false;
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Reads a country field, recording an issue if it is not an ISO code. */
  public static String country(Fields f, String key, boolean required) {
    String v = required ? f.requiredString(key) : f.optionalString(key);
    if (v != null && !isCountry(v)) {
      f.issues()
          .add(
              f.raw(key),
              f.subject(),
              "unknown country code '" + v + "' (expected ISO 3166-1 alpha-2, e.g. CN)");
      return null;
    }
    return v;
  }
}
