package io.chokepoint.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chokepoint.lists.EntryKind;
import io.chokepoint.lists.ListEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The screener against the frozen SDN, the curated Entity List extract and a few hand entries. */
class ListScreenerTest {
  static final double ALERT = MatchPolicy.DEFAULT_ALERT_THRESHOLD;
  private static ListScreener screener;

  @BeforeAll
  static void build() {
    List<ListEntry> entries = new ArrayList<>(TestLists.sdn());
    entries.addAll(TestLists.entityList());
    entries.add(TestLists.entity("TEST-X-1", "DAY COMPANY"));
    entries.add(
        TestLists.entity(
            "TEST-X-2",
            "Beijing University of Aeronautics and Astronautics",
            "Beihang University"));
    screener = ListScreener.build(entries);
  }

  private static Optional<ScreeningMatch> top(String name) {
    List<ScreeningMatch> m = screener.screen(ScreeningQuery.of(name), 0.0);
    return m.isEmpty() ? Optional.empty() : Optional.of(m.get(0));
  }

  private static ScreeningMatch alerts(String query, String expectedEntryName) {
    ScreeningMatch m = top(query).orElseThrow(() -> new AssertionError("no match for " + query));
    assertThat(m.entry().name()).as("best entry for %s", query).isEqualTo(expectedEntryName);
    assertThat(m.score())
        .as("score of %s: %s", query, m.explanation())
        .isGreaterThanOrEqualTo(ALERT);
    assertThat(m.explanation()).isNotEmpty();
    return m;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "华为技术有限公司",
        "華為技術有限公司",
        "HUAWEI TECH CO LTD",
        "Hua Wei Technologies",
        "Huawei Technologies Co., Ltd.",
        "Huawei Technologies Company Limited",
        "Huawey Technologies Co Ltd",
        "Technologies Huawei"
      })
  void findsHuawei(String query) {
    alerts(query, "Huawei Technologies Co., Ltd.");
  }

  @Test
  void explainsChineseTokenByToken() {
    ScreeningMatch m = alerts("华为技术有限公司", "Huawei Technologies Co., Ltd.");
    assertThat(m.matchedName()).isEqualTo("华为技术有限公司"); // CJK against the listed CJK name
    assertThat(m.explanation())
        .contains("华为 → hua wei → huawei", "技术 → technology")
        .anyMatch(l -> l.startsWith("有限公司 → co ltd (legal form"));
    ScreeningMatch latin = alerts("HUAWEI TECH CO LTD", "Huawei Technologies Co., Ltd.");
    assertThat(latin.explanation())
        .anyMatch(l -> l.startsWith("huawei = huawei (weight"))
        .anyMatch(l -> l.startsWith("tech ~ technologies (abbreviation"))
        .anyMatch(l -> l.contains("legal form, low weight"));
  }

  @Test
  void pinyinSyllablesJoinAcrossTheScripts() {
    ScreeningMatch m = alerts("丹东鸿祥实业发展有限公司", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD");
    assertThat(m.explanation()).contains("鸿祥 → hong xiang → hongxiang");
    alerts(
        "Dan Dong Hong Xiang Industrial Development",
        "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD");
  }

  @Test
  void chineseWordsAreTranslated() {
    alerts("北京航空航天大学", "Beijing University of Aeronautics and Astronautics");
  }

  @Test
  void acronymFindsTheListedAcronymAndTheFullNameAtLowerConfidence() {
    ScreeningMatch m =
        alerts("CPMIEC", "CHINA NATIONAL PRECISION MACHINERY IMPORT/EXPORT CORPORATION");
    assertThat(m.matchedName()).isEqualTo("CPMIEC");
    NameScore initials =
        NameMatcher.standard()
            .score("CPMIEC", "China National Precision Machinery Import/Export Corporation");
    assertThat(MatchPolicy.band(initials.score())).isEqualTo(MatchPolicy.Band.REVIEW);
    assertThat(initials.explanation()).anyMatch(l -> l.contains("initials"));
  }

  @Test
  void genericTokensDoNotCarryAMatch() {
    assertThat(top("BYD Company Limited").map(ScreeningMatch::score).orElse(0.0)).isLessThan(ALERT);
    assertThat(top("Shanghai Fullhan Microelectronics Co., Ltd."))
        .hasValueSatisfying(m -> assertThat(m.score()).isLessThan(ALERT));
    assertThat(top("China Technology Group International Co., Ltd."))
        .map(ScreeningMatch::score)
        .hasValueSatisfying(s -> assertThat(s).isLessThan(ALERT));
    // the SDN lists "11420 CORP.": a legal form in common does not make a match (watchman #483)
    assertThat(top("BELLETECH CORP").map(ScreeningMatch::score).orElse(0.0)).isLessThan(ALERT);
    assertThat(top("11420 Corporation").map(ScreeningMatch::score).orElse(0.0))
        .isGreaterThanOrEqualTo(ALERT);
  }

  @Test
  void typosAndWordOrder() {
    alerts(
        "Shangai Fudan Microelectronic Group", "Shanghai Fudan Microelectronics Group Co., Ltd.");
    alerts("HONGXIANG DANDONG INDUSTRIAL", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD");
    alerts("Hikvsion Digital Technology", "Hikvision");
  }

  @Test
  void contextRaisesAndLowersTheScore() {
    ListEntry listed =
        TestLists.entry(
            "TEST-C-1",
            EntryKind.ENTITY,
            "Dalian Zhenghua Maoyi Youxian Gongsi",
            List.of(),
            List.of("CN"),
            List.of("No. 5 Jinma Road, Dalian, Liaoning"));
    ListScreener s = ListScreener.build(List.of(listed));
    assertThat(s.screen(ScreeningQuery.of("Dalian Zhenghua Trading Co Ltd"), 0).get(0).score())
        .isEqualTo(1.0);
    double plain = s.screen(ScreeningQuery.of("Dalian Zhenghua"), 0).get(0).score();
    ScreeningMatch agrees =
        s.screen(new ScreeningQuery("Dalian Zhenghua", "CN", "Dalian, China"), 0).get(0);
    ScreeningMatch differs = s.screen(new ScreeningQuery("Dalian Zhenghua", "US", null), 0).get(0);
    assertThat(plain).isGreaterThanOrEqualTo(ALERT);
    assertThat(agrees.score()).isGreaterThan(plain);
    assertThat(agrees.explanation())
        .contains("country CN agrees (+0.03)", "address shares dalian (+0.03)");
    assertThat(differs.score()).isLessThan(plain);
    assertThat(differs.explanation()).anyMatch(l -> l.startsWith("country US differs from CN"));
  }

  @Test
  void rejectsABadThreshold() {
    assertThatThrownBy(() -> screener.screen(ScreeningQuery.of("x"), 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
  }

  @Test
  void screensToTheReviewBandByDefault() {
    List<ScreeningMatch> m = screener.screen(ScreeningQuery.of("CPMIEC"));
    assertThat(m).allMatch(x -> x.score() >= MatchPolicy.DEFAULT_REVIEW_FLOOR);
    assertThat(screener.screen(ScreeningQuery.of("  ...  "))).isEmpty();
  }

  @Test
  void manyThreadsAtOnceGetWhatOneThreadGets() throws Exception {
    // the candidate step lends its scratch arrays out; a set used by two screenings at once, or
    // returned dirty, would change supports and so candidates and scores
    List<String> names = new ArrayList<>();
    java.util.Random random = new java.util.Random(20261129L);
    List<ListEntry> entries = TestLists.entityList();
    for (int i = 0; i < 300; i++) {
      String n = entries.get(random.nextInt(entries.size())).name();
      names.add(i % 2 == 0 ? n : n.substring(0, n.length() - 1) + "x");
    }
    List<String> alone = new ArrayList<>();
    for (String n : names) {
      alone.add(screener.screen(ScreeningQuery.of(n), 0.5).toString());
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<String>> together = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (String n : names) {
          together.add(pool.submit(() -> screener.screen(ScreeningQuery.of(n), 0.5).toString()));
        }
      }
      for (int i = 0; i < together.size(); i++) {
        assertThat(together.get(i).get())
            .as(names.get(i % names.size()))
            .isEqualTo(alone.get(i % names.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
