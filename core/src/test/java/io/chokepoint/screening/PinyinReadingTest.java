package io.chokepoint.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Latin pinyin queries read like the Chinese names they transliterate. */
class PinyinReadingTest {
  private static ListScreener screener;
  private static final NameAnalyzer ANALYZER = NameAnalyzer.standard();

  @BeforeAll
  static void build() {
    screener =
        ListScreener.build(
            List.of(
                TestLists.entity("T-1", "Huawei Technologies Co., Ltd.", "华为技术有限公司"),
                TestLists.entity("T-2", "HiSilicon", "深圳市海思半导体有限公司"),
                TestLists.entity("T-3", "SJ Semiconductor", "盛合晶微"),
                TestLists.entity("T-4", "SMIC Beijing", "中芯国际集成电路制造（北京）有限公司"),
                TestLists.entity("T-5", "DALIAN ZHENGHUA MAOYI YOUXIAN GONGSI"),
                TestLists.entity("T-6", "iFlytek Co., Ltd.", "科大讯飞股份有限公司"),
                TestLists.entity("T-7", "Loongson", "龙芯中科技术股份有限公司"),
                TestLists.entity("T-8", "TAJIDEEN, Ali"),
                TestLists.entity("T-9", "ZHU, Hailun")));
  }

  private static ScreeningMatch alerts(String query, String id) {
    List<ScreeningMatch> m = screener.screen(ScreeningQuery.of(query), 0.8);
    assertThat(m).as("matches of %s", query).isNotEmpty();
    assertThat(m.get(0).entry().id()).as("best entry for %s", query).isEqualTo(id);
    return m.get(0);
  }

  private static String keys(String name) {
    return ANALYZER.analyze(name).keyString();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hua wei ji shu you xian gong si",
        "Huawei Jishu Youxian Gongsi",
        "huaweijishuyouxiangongsi",
        "HUA WEI JISHU YOUXIANGONGSI"
      })
  void pinyinQueryFindsTheChineseAliasSpacedOrJoined(String query) {
    ScreeningMatch m = alerts(query, "T-1");
    assertThat(m.score()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void tableWordsInPinyinReadAsTheirCharactersDo() {
    assertThat(keys("huaweijishuyouxiangongsi")).isEqualTo("huawei technology co ltd");
    assertThat(keys("hua wei ji shu you xian gong si")).isEqualTo("hua wei technology co ltd");
    assertThat(keys("jiang nan ji suan ji shu yan jiu suo"))
        .isEqualTo("jiang nan computing technology institute");
    // a one-syllable table word only after a place: shi is 市 here, not in hai kang wei shi
    assertThat(keys("shen zhen shi hai si ban dao ti"))
        .isEqualTo("shen zhen city hai si semiconductor");
    assertThat(keys("hai kang wei shi ke ji")).isEqualTo("hai kang wei shi technology");
  }

  @Test
  void personNamesAndOtherLatinWordsAreLeftAlone() {
    assertThat(keys("Zhang Wei")).isEqualTo("zhang wei");
    assertThat(keys("Hailun ZHU")).isEqualTo("hailun zhu"); // not 珠海 (zhuhai) + lun
    assertThat(keys("Ali TAJIDEEN")).isEqualTo("ali tajideen"); // "deen" is no pinyin syllable
    assertThat(keys("Zhe Jiang Jiayi Trading")).isEqualTo("zhe jiang jiayi trading");
    alerts("Hailun ZHU", "T-9");
    alerts("Ali TAJIDEEN", "T-8");
  }

  @Test
  void syllablesWrittenApartFindAChineseNameNoTableCovers() {
    alerts("sheng he jing wei", "T-3");
    alerts("ke da xun fei gu fen you xian gong si", "T-6");
  }

  @Test
  void aHomophoneOfATableWordStillMatchesByItsPinyin() {
    // zhong xin reads as 中心 (center); 中芯 in the listed name has the same pinyin
    ScreeningMatch m =
        alerts("zhong xin guo ji ji cheng dian lu zhi zao (bei jing) you xian gong si", "T-4");
    assertThat(m.explanation()).anyMatch(l -> l.contains("same pinyin zhongxin"));
  }

  @Test
  void romanisedPinyinOnTheListMeetsPinyinSpacedDifferently() {
    alerts("da lian zheng hua mao yi you xian gong si", "T-5");
    alerts("Dalian Zhenghua Trading Co., Ltd.", "T-5");
  }

  @Test
  void chineseIsSegmentedForTheMostTableCoverageWithPinyinFirst() {
    assertThat(keys("龙芯中科技术股份有限公司")).startsWith("longxinzhongke technology");
    alerts("long xin zhong ke ji shu gu fen you xian gong si", "T-7");
  }

  @Test
  void explainsThePinyinReading() {
    ScreeningMatch m = alerts("hua wei ji shu you xian gong si", "T-1");
    assertThat(m.explanation())
        .anyMatch(l -> l.startsWith("ji shu → technology (pinyin of 技术)"))
        .anyMatch(l -> l.startsWith("you xian gong si → co ltd (legal form, pinyin)"))
        .anyMatch(l -> l.startsWith("hua wei = huawei (written apart, 1.00"));
  }
}
