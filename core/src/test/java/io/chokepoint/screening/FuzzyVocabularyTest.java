package io.chokepoint.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two vocabularies that differ by a few words differ in the trigrams of those words only, and a
 * word none of whose trigrams moved finds the same words in the same order in both.
 */
class FuzzyVocabularyTest {
  private static FuzzyVocabulary of(String... words) {
    boolean[] eligible = new boolean[words.length];
    Arrays.fill(eligible, true);
    long[] masks = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      masks[i] = TokenSimilarity.mask(words[i]);
    }
    return new FuzzyVocabulary(words, eligible, masks);
  }

  private static List<String> near(FuzzyVocabulary v, String[] vocab, String word) {
    return v.near(word, 8, new int[vocab.length]).stream().map(id -> vocab[id]).toList();
  }

  @Test
  void onlyTheTrigramsOfWordsAddedRemovedOrMovedDiffer() {
    String[] before = {"huawei", "huawej", "zhongxing", "xinghe", "technology", "technik"};
    // xinghe removed, xinhe added before zhongxing, technik moved before technology
    String[] after = {"technik", "huawei", "xinhe", "huawej", "zhongxing", "technology"};
    FuzzyVocabulary b = of(before);
    FuzzyVocabulary a = of(after);
    var moved = b.differingGrams(a);
    assertThat(moved)
        .contains("\u0001xi", "ghe", "inh", "nhe", "tec")
        .doesNotContain("awe", "\u0001hu");
    assertThat(a.differingGrams(b)).isEqualTo(moved);
    // huawey shares no moved trigram: the same finds, in the same order
    for (String g : FuzzyVocabulary.trigrams("huawey")) {
      assertThat(moved).doesNotContain(g);
    }
    assertThat(near(b, before, "huawey")).containsExactlyInAnyOrder("huawei", "huawej");
    assertThat(near(a, after, "huawey")).isEqualTo(near(b, before, "huawey"));
    assertThat(near(a, after, "xinghi")).isNotEqualTo(near(b, before, "xinghi"));
  }
}
