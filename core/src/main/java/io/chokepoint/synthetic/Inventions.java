package io.chokepoint.synthetic;

import static io.chokepoint.synthetic.NamePools.AE_FORMS;
import static io.chokepoint.synthetic.NamePools.AE_NAMES;
import static io.chokepoint.synthetic.NamePools.AE_PERSONS;
import static io.chokepoint.synthetic.NamePools.AE_WORDS;
import static io.chokepoint.synthetic.NamePools.CN_BRAND;
import static io.chokepoint.synthetic.NamePools.CN_CITIES;
import static io.chokepoint.synthetic.NamePools.CN_FAMILY;
import static io.chokepoint.synthetic.NamePools.CN_FORMS;
import static io.chokepoint.synthetic.NamePools.CN_GIVEN;
import static io.chokepoint.synthetic.NamePools.CN_INDUSTRY;
import static io.chokepoint.synthetic.NamePools.DE_FORMS;
import static io.chokepoint.synthetic.NamePools.DE_GIVEN;
import static io.chokepoint.synthetic.NamePools.DE_NAMES;
import static io.chokepoint.synthetic.NamePools.DE_WORDS;
import static io.chokepoint.synthetic.NamePools.EN_INDUSTRY;
import static io.chokepoint.synthetic.NamePools.FR_FORMS;
import static io.chokepoint.synthetic.NamePools.FR_GIVEN;
import static io.chokepoint.synthetic.NamePools.FR_NAMES;
import static io.chokepoint.synthetic.NamePools.FR_WORDS;
import static io.chokepoint.synthetic.NamePools.GB_FORMS;
import static io.chokepoint.synthetic.NamePools.GB_WORDS;
import static io.chokepoint.synthetic.NamePools.HK_FAMILY;
import static io.chokepoint.synthetic.NamePools.HK_WORDS;
import static io.chokepoint.synthetic.NamePools.IN_FORMS;
import static io.chokepoint.synthetic.NamePools.IN_NAMES;
import static io.chokepoint.synthetic.NamePools.IN_PERSONS;
import static io.chokepoint.synthetic.NamePools.IN_WORDS;
import static io.chokepoint.synthetic.NamePools.JP_GIVEN;
import static io.chokepoint.synthetic.NamePools.JP_INDUSTRY;
import static io.chokepoint.synthetic.NamePools.JP_NAMES;
import static io.chokepoint.synthetic.NamePools.KR_FAMILY;
import static io.chokepoint.synthetic.NamePools.KR_GIVEN;
import static io.chokepoint.synthetic.NamePools.KR_INDUSTRY;
import static io.chokepoint.synthetic.NamePools.KR_NAMES;
import static io.chokepoint.synthetic.NamePools.RU_FORMS;
import static io.chokepoint.synthetic.NamePools.RU_NAMES;
import static io.chokepoint.synthetic.NamePools.RU_PERSONS;
import static io.chokepoint.synthetic.NamePools.SG_NAMES;
import static io.chokepoint.synthetic.NamePools.STREETS;
import static io.chokepoint.synthetic.NamePools.TRADITIONAL_INDUSTRY;
import static io.chokepoint.synthetic.NamePools.TW_WORDS;
import static io.chokepoint.synthetic.NamePools.US_FAMILY;
import static io.chokepoint.synthetic.NamePools.US_FORMS;
import static io.chokepoint.synthetic.NamePools.US_GIVEN;
import static io.chokepoint.synthetic.NamePools.US_WORDS;

import io.chokepoint.lists.EntryKind;
import io.chokepoint.rescreen.Counterparty;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Invents one counterparty of a distributor's master from a random stream: a country by its share
 * of the master, then a company (nine in ten) or a person, named as that country names them, in its
 * script or in Latin letters, with an address for most.
 */
final class Inventions {
  private static final String[] COUNTRIES = {
    "CN", "HK", "TW", "US", "GB", "DE", "FR", "JP", "KR", "IN", "RU", "AE", "SG"
  };
  private static final int[] SHARES = {30, 8, 5, 14, 5, 7, 3, 6, 4, 6, 3, 4, 5};
  private static final List<String> CITIES_HK = List.of("Kwun Tong", "Tsim Sha Tsui", "Sha Tin");
  private static final List<String> CITIES_TW = List.of("Taipei", "Hsinchu", "Taichung");
  private static final List<String> CITIES_US = List.of("San Jose", "Austin", "Phoenix", "Boston");
  private static final List<String> CITIES_OTHER =
      List.of("Bangalore", "Pune", "Dubai", "Munich", "Stuttgart", "Lyon", "Osaka", "Seoul");

  private Inventions() {}

  static Counterparty party(String id, Random r) {
    int pick = r.nextInt(100);
    int c = 0;
    while (pick >= SHARES[c]) {
      pick -= SHARES[c++];
    }
    String country = COUNTRIES[c];
    boolean person = r.nextInt(10) == 0;
    String name = person ? person(country, r) : company(country, r);
    String address = r.nextInt(4) == 0 ? null : address(country, r);
    return new Counterparty(
        id, name, country, person ? EntryKind.INDIVIDUAL : EntryKind.ENTITY, address);
  }

  private static String company(String country, Random r) {
    return switch (country) {
      case "CN" -> chinese(r);
      case "HK" ->
          r.nextInt(5) < 2
              ? "香港"
                  + Perturbations.traditional(brand(r, 2).han())
                  + pick(TRADITIONAL_INDUSTRY, r).han()
                  + "有限公司"
              : join(pick(HK_WORDS, r), pick(HK_WORDS, r), pick(EN_INDUSTRY, r))
                  + (r.nextBoolean() ? " (HK)" : "")
                  + " "
                  + pick(List.of("Limited", "Company Limited", "Co., Limited"), r);
      case "TW" ->
          r.nextInt(5) < 2
              ? Perturbations.traditional(brand(r, 2).han() + pick(TRADITIONAL_INDUSTRY, r).han())
                  + "股份有限公司"
              : join(pick(TW_WORDS, r), pick(TW_WORDS, r), pick(EN_INDUSTRY, r))
                  + " "
                  + pick(List.of("Co., Ltd.", "Corp.", "Corporation", "Inc."), r);
      case "US" ->
          join(
              pick(r.nextBoolean() ? US_WORDS : US_FAMILY, r),
              r.nextInt(10) < 3 ? pick(US_WORDS, r) : "",
              pick(EN_INDUSTRY, r),
              pick(US_FORMS, r));
      case "GB" ->
          join(
              pick(r.nextBoolean() ? GB_WORDS : US_FAMILY, r),
              pick(EN_INDUSTRY, r),
              pick(GB_FORMS, r));
      case "DE" -> join(pick(DE_NAMES, r), pick(DE_WORDS, r), pick(DE_FORMS, r));
      case "FR" ->
          join(
              r.nextInt(5) == 0 ? "Société" : "",
              pick(FR_NAMES, r),
              pick(FR_WORDS, r),
              pick(FR_FORMS, r));
      case "JP" -> japanese(r);
      case "KR" -> {
        NamePools.Han n = pick(KR_NAMES, r);
        NamePools.Han i = pick(KR_INDUSTRY, r);
        yield r.nextInt(5) == 0
            ? "주식회사 " + n.han() + i.han()
            : join(n.pinyin(), i.pinyin(), pick(List.of("Co., Ltd.", "Corporation", "Inc."), r));
      }
      case "IN" -> join(pick(IN_NAMES, r), pick(IN_WORDS, r), pick(IN_FORMS, r));
      case "RU" -> {
        NamePools.Han n = pick(RU_NAMES, r);
        yield r.nextBoolean()
            ? pick(RU_FORMS.subList(0, 2), r) + " «" + n.han() + "»"
            : pick(RU_FORMS.subList(2, 5), r) + " " + n.pinyin();
      }
      case "AE" -> join(pick(AE_NAMES, r), pick(AE_WORDS, r), pick(AE_FORMS, r));
      default ->
          join(pick(SG_NAMES, r), pick(EN_INDUSTRY, r), pick(List.of("Pte. Ltd.", "Pte Ltd"), r));
    };
  }

  /** A Chinese company: in characters, or as it writes itself in English with pinyin. */
  private static String chinese(Random r) {
    NamePools.Han city = pick(CN_CITIES, r);
    boolean withCity = r.nextInt(10) < 7;
    int len = r.nextInt(20) < 16 ? 2 : r.nextInt(4) < 3 ? 3 : 4;
    NamePools.Han brand = brand(r, len);
    NamePools.Han industry = pick(CN_INDUSTRY, r);
    NamePools.Han form = pick(CN_FORMS, r);
    if (r.nextBoolean()) {
      String shi = r.nextBoolean() ? "市" : "";
      return (withCity ? city.han() + shi : "") + brand.han() + industry.han() + form.han();
    }
    String pinyin = brand.pinyin();
    // most write the trade name as one word; some keep the syllables apart
    String trade =
        r.nextInt(10) == 0 ? pinyin : capitalise(pinyin.replace(" ", "").toLowerCase(Locale.ROOT));
    return join(withCity ? city.pinyin() : "", trade, industry.pinyin(), form.pinyin());
  }

  private static String japanese(Random r) {
    NamePools.Han n = pick(JP_NAMES, r);
    NamePools.Han i = pick(JP_INDUSTRY, r);
    if (r.nextInt(4) == 0) {
      return r.nextBoolean() ? "株式会社" + n.han() + i.han() : n.han() + i.han() + "株式会社";
    }
    return join(n.pinyin(), i.pinyin(), pick(List.of("Co., Ltd.", "K.K.", "Corporation"), r));
  }

  /** {@code len} trade-name characters with their pinyin, syllables spaced. */
  private static NamePools.Han brand(Random r, int len) {
    StringBuilder han = new StringBuilder();
    StringBuilder pinyin = new StringBuilder();
    for (int i = 0; i < len; i++) {
      NamePools.Han c = pick(CN_BRAND, r);
      han.append(c.han());
      pinyin.append(i == 0 ? "" : " ").append(capitalise(c.pinyin()));
    }
    return new NamePools.Han(han.toString(), pinyin.toString());
  }

  private static String person(String country, Random r) {
    return switch (country) {
      case "CN" -> {
        NamePools.Han f = pick(CN_FAMILY, r);
        NamePools.Han g = pick(CN_GIVEN, r);
        yield switch (r.nextInt(4)) {
          case 0, 1 -> f.han() + g.han();
          case 2 -> f.pinyin() + " " + g.pinyin();
          default -> g.pinyin() + " " + f.pinyin().toUpperCase(Locale.ROOT);
        };
      }
      case "HK", "SG" ->
          pick(HK_FAMILY, r).toUpperCase(Locale.ROOT)
              + " "
              + pick(HK_WORDS, r)
              + " "
              + pick(HK_WORDS, r);
      case "TW" -> pick(CN_FAMILY, r).pinyin() + " " + pick(TW_WORDS, r) + "-" + pick(TW_WORDS, r);
      case "US", "GB" ->
          join(
              pick(US_GIVEN, r),
              r.nextBoolean() ? (char) ('A' + r.nextInt(26)) + "." : "",
              pick(US_FAMILY, r));
      case "DE" -> pick(DE_GIVEN, r) + " " + pick(DE_NAMES.subList(0, 14), r);
      case "FR" -> pick(FR_GIVEN, r) + " " + pick(FR_NAMES, r);
      case "JP" -> pick(JP_GIVEN, r) + " " + pick(JP_NAMES.subList(0, 7), r).pinyin();
      case "KR" -> pick(KR_FAMILY, r) + " " + pick(KR_GIVEN, r);
      case "IN" -> pick(IN_PERSONS, r);
      case "RU" -> pick(RU_PERSONS, r);
      default -> pick(AE_PERSONS, r);
    };
  }

  private static String address(String country, Random r) {
    int no = 1 + r.nextInt(399);
    return switch (country) {
      case "CN" ->
          r.nextBoolean()
              ? pick(CN_CITIES, r).han() + "市" + pick(CN_BRAND, r).han() + "路" + no + "号"
              : no + " " + pick(STREETS, r) + ", " + pick(CN_CITIES, r).pinyin();
      case "HK" -> no + " " + pick(STREETS, r) + ", " + pick(CITIES_HK, r);
      case "TW" -> no + " " + pick(STREETS, r) + ", " + pick(CITIES_TW, r);
      case "US" -> no + " " + pick(STREETS, r) + ", " + pick(CITIES_US, r);
      default -> no + " " + pick(STREETS, r) + ", " + pick(CITIES_OTHER, r);
    };
  }

  private static <T> T pick(List<T> from, Random r) {
    return from.get(r.nextInt(from.size()));
  }

  private static String capitalise(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** The non-empty parts joined by single spaces. */
  private static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (!p.isEmpty()) {
        sb.append(sb.length() == 0 ? "" : " ").append(p);
      }
    }
    return sb.toString();
  }
}
