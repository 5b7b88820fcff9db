package io.chokepoint.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The country spellings of the lists, mapped to ISO 3166-1 alpha-2. */
class CountriesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Korea, North|KP",
        "Korea, South|KR",
        "Democratic People's Republic of Korea|KP",
        "Burma|MM",
        "Myanmar|MM",
        "Congo, Democratic Republic of the|CD",
        "Democratic Republic of the Congo|CD",
        "Congo|CG",
        "Iran|IR",
        "Iran (Islamic Republic of)|IR",
        "Russia|RU",
        "Russian Federation|RU",
        "Hong Kong|HK",
        "China, Hong Kong Special Administrative Region|HK",
        "Hong Kong (China)|HK",
        "Macau|MO",
        "Taiwan|TW",
        "Syria|SY",
        "Syrian Arab Republic|SY",
        "Region: Crimea|UA",
        "Region: Gaza|PS",
        "West Bank|PS",
        "Cote d Ivoire|CI",
        "Côte d’Ivoire|CI",
        "Türkiye|TR",
        "Viet Nam|VN",
        "Bosnia and Herzegovina|BA",
        "Virgin Islands, British|VG",
        "Bahamas, The|BS",
        "United States of America|US",
        "United Kingdom of Great Britain and Northern Ireland|GB",
        "china|CN",
        "PRC|CN",
        "CN|CN",
        "DEU|DE",
        "Kosovo|XK",
        "Germany|DE"
      })
  void aListSpellingHasItsCode(String name, String code) {
    assertThat(Countries.code(name)).contains(code);
  }

  @ParameterizedTest
  @CsvSource({
    "undetermined",
    "Region: Kafia Kingi",
    "Netherlands Antilles",
    "NM",
    "former Soviet Union"
  })
  void anUnknownSpellingHasNoCode(String name) {
    assertThat(Countries.code(name)).isEmpty();
  }
}
