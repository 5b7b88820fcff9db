package io.chokepoint.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pairwise matcher on hand-picked pairs: the rules, one case each. */
class NameMatcherTest {
  private static final NameMatcher MATCHER = NameMatcher.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Huawei Technologies Co., Ltd.|HUAWEI TECHNOLOGIES COMPANY LIMITED",
        "SiemensAG|Siemens AG",
        "Siemens Aktiengeselschaft|Siemens AG",
        "Sergei Lavrov|Sergei Viktorovich Lavrov",
        "Bashar al-Asasd|Bashar al-Assad",
        "Lavrov Sergei|Sergei Lavrov",
        "A. Khamenei|Ali Khamenei",
        "OAO Gazprom|Gazprom JSC",
        "Brigade Forty-Four|Brigade 44",
        "GUANGZHOU HAIGE COMM GRP|Guangzhou Haige Communications Group",
        "CNOOC ENERGY TECH & SRVCES LTD|CNOOC Energy Technology & Services Limited",
        "HAIGE GUANGZHOU|Guangzhou Haige Communications Group",
      })
  void match(String a, String b) {
    NameScore s = MATCHER.score(a, b);
    assertThat(s.score()).as("%s ~ %s: %s", a, b, s.explanation()).isGreaterThanOrEqualTo(0.8);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "BYD Company Limited|DAY COMPANY",
        "China Railroad Engineering Corporation|China Railway Engineering Corporation",
        "Shanghai Fullhan Microelectronics Co., Ltd.|Shanghai Fudan Microelectronics Group Co., Ltd.",
        "KIM SONG MIN|KIM SONG CHOL",
        "习近朋|习近平",
        "BELLETECH CORP|11420 CORP.",
        "Boris Abramovich|Roman Abramovich",
        "C.B.A. Company|A.B.C. Company",
      })
  void noMatch(String a, String b) {
    NameScore s = MATCHER.score(a, b);
    assertThat(s.score()).as("%s ~ %s: %s", a, b, s.explanation()).isLessThan(0.8);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Huawei|Huawei Technologies Co., Ltd.",
        "Hua Wei Technologies|Huawei Technologies",
        "Technology Group|China Technology Group Corp",
      })
  void scoresAreSymmetricEnough(String a, String b) {
    double ab = MATCHER.score(a, b).score();
    double ba = MATCHER.score(b, a).score();
    assertThat(ab).isBetween(0.0, 1.0).isCloseTo(ba, org.assertj.core.data.Offset.offset(0.05));
  }
}
