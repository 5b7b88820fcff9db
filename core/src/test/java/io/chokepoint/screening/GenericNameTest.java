package io.chokepoint.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names made of generic words, function words or initials only. */
class GenericNameTest {
  private static ListScreener screener;

  @BeforeAll
  static void build() {
    screener =
        ListScreener.build(
            List.of(
                TestLists.entity("G-1", "CHINA TELECOM CORPORATION LIMITED"),
                TestLists.entity("G-2", "Group W"),
                TestLists.entity("G-3", "DES INTERNATIONAL CO., LTD."),
                TestLists.entity("G-4", "SEMICONDUCTOR MANUFACTURING INTERNATIONAL CORPORATION"),
                TestLists.entity("G-5", "INTERNATIONAL PACIFIC TRADING, INC."),
                TestLists.entity("G-6", "HUAWEI TECHNOLOGIES")));
  }

  private static List<ScreeningMatch> alerts(String query) {
    return screener.screen(ScreeningQuery.of(query), MatchPolicy.DEFAULT_ALERT_THRESHOLD);
  }

  private static void finds(String query, String id) {
    assertThat(alerts(query)).as("alerts for %s", query).isNotEmpty();
    assertThat(alerts(query).get(0).entry().id()).isEqualTo(id);
  }

  @Test
  void aGenericNameMatchedWholeAlertsInAnyOrderAndLegalForm() {
    finds("TELECOM CORPORATION CHINA LIMITED", "G-1");
    finds("CHINA TELECOM", "G-1");
    finds("SEMICONDUCTOR MANUFACTURING INTERNATIONAL Ltd", "G-4");
  }

  @Test
  void aGenericWordMoreOrLessStillAlerts() {
    finds("SEMICONDUCTOR MANUFACTURING CORPORATION", "G-4");
    finds("CHINA TELECOM CORPORATION Technology LIMITED", "G-1");
  }

  @Test
  void aPlaceOrAFunctionWordMissingKeepsTheGenericCap() {
    assertThat(alerts("International Trading Company")).isEmpty(); // Pacific is missing
    assertThat(alerts("The International Co")).isEmpty(); // the is not des
    assertThat(alerts("CHINA CORPORATION")).isEmpty();
  }

  @Test
  void namesWithoutADistinctiveWordAreFoundByTheirInitialsAndFunctionWords() {
    finds("W Group", "G-2");
    finds("Group W Co., Ltd.", "G-2");
    finds("DES INTERNATIONAL Company Limited", "G-3");
    finds("INTERNATIONAL DES CO., LTD.", "G-3");
  }
}
