package io.chokepoint.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Misspelt legal forms and table words, and the Chinese legal forms read alike. */
class MisspeltTableWordTest {
  private static final NameAnalyzer ANALYZER = NameAnalyzer.standard();
  private static final NameMatcher MATCHER = NameMatcher.standard();

  private static String keys(String name) {
    return ANALYZER.analyze(name).keyString();
  }

  @Test
  void aLegalFormWithOneTypoOfAnyKindIsStillALegalForm() {
    assertThat(keys("MIRZA CMPANY")).isEqualTo("mirza co");
    assertThat(keys("DEY COMPPANY")).isEqualTo("dey co");
    assertThat(keys("BSQRD LIIMITED")).isEqualTo("bsqrd ltd");
    assertThat(keys("GROUP GRAND LIMIED")).isEqualTo("group grand ltd");
    assertThat(MATCHER.score("REDIN CTMPANY", "REDIN COMPANY").score()).isEqualTo(1.0);
  }

  @Test
  void aMisspeltWordStillCompletesAPhrase() {
    assertThat(keys("VTB BANK PUBLIC JOINT STOCK CMPANY")).isEqualTo("vtb bank pjsc");
    assertThat(ANALYZER.analyze("JOINT STOCK CMPANY").tokens().get(0).note())
        .isEqualTo("legal form, misspelt");
  }

  @Test
  void misspellingsKeepTheFirstLetterAndSpareShortAndPinyinWords() {
    assertThat(keys("BUSINESS DIVERSITY LIMITED"))
        .isEqualTo("business diversity ltd"); // not university
    assertThat(keys("GOLDING")).isEqualTo("golding"); // not holding
    assertThat(keys("PETROM")).isEqualTo("petrom"); // not petro
    assertThat(keys("TONGXING")).isEqualTo("tongxing"); // pinyin: not tongxin, communication
  }

  @Test
  void devAndIndAreAbbreviations() {
    assertThat(keys("EXPORT Dev BANK OF IRAN")).isEqualTo("export development bank of iran");
    assertThat(keys("Aerospace Ind Development Corp.")).startsWith("astronautics industrial");
  }

  @Test
  void aChineseCompanyLimitedBySharesReadsAsCoLtd() {
    assertThat(keys("仲硕科技股份有限公司")).isEqualTo(keys("仲硕科技有限公司"));
    assertThat(keys("gu fen you xian gong si")).isEqualTo("co ltd");
    assertThat(MATCHER.score("闻泰科技有限公司", "闻泰科技股份有限公司").score()).isEqualTo(1.0);
  }
}
