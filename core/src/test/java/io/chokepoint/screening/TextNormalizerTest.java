package io.chokepoint.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "HUAWEI TECH CO., LTD.|huawei tech co ltd",
        "ＨＵＡＷＥＩ　Ｔｅｃｈ|huawei tech",
        "Müller Straße Łódź|muller strasse lodz",
        "S.A. de C.V.|sa de cv",
        "A.B.C. Company|abc company",
        "Xi'an Aero-Engine|xian aero engine",
        "Imp. & Exp.|imp and exp",
        "華為技術有限公司|华为技术有限公司",
        "华为Technologies|华为 technologies",
        "Ротенберг Аркадий|rotenberg arkadij",
        "  lots   of\tspace |lots of space",
      })
  void normalises(String in, String out) {
    assertThat(TextNormalizer.normalize(in)).isEqualTo(out);
  }

  @Test
  void isIdempotentOnRandomStrings() {
    // seeded random strings over the scripts and oddities names bring
    int[][] ranges = {
      {0x20, 0x7e}, // ASCII
      {0xa0, 0x24f}, // Latin-1 and Latin Extended
      {0x300, 0x36f}, // combining marks
      {0x370, 0x3ff}, // Greek
      {0x400, 0x4ff}, // Cyrillic
      {0x600, 0x6ff}, // Arabic
      {0x3000, 0x303f}, // CJK punctuation
      {0x3040, 0x30ff}, // kana
      {0x4e00, 0x9fff}, // Han
      {0xac00, 0xd7a3}, // Hangul
      {0xff00, 0xffef}, // full-width forms
      {0x2000, 0x206f}, // general punctuation
      {0x2150, 0x218f}, // number forms
      {0x1f300, 0x1f5ff}, // pictographs
    };
    Random random = new Random(20260501L);
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + random.nextInt(16);
      for (int i = 0; i < len; i++) {
        int[] r = ranges[random.nextInt(ranges.length)];
        sb.appendCodePoint(r[0] + random.nextInt(r[1] - r[0] + 1));
      }
      String once = TextNormalizer.normalize(sb.toString());
      assertThat(TextNormalizer.normalize(once)).as("normalise(normalise(%s))", sb).isEqualTo(once);
      assertThat(once).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
    }
  }
}
