package io.chokepoint.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a list change shows in the typo lookups: which words' lookups may find something that matters
 * to a delta ({@link #mayFind}), and which read the same trigram lists in both lists ({@link
 * #readsAlike}). A word whose lookup cannot find anything that matters is not looked up unless a
 * cut shift's tie asks where its neighbours come, and then against one list only. Built once per
 * list change; safe for concurrent use.
 */
final class LookupChange {
  private final NameIndex before;
  private final NameIndex after;
  private final int twoEditsFrom;
  // the trigrams whose words differ between the lists' typo vocabularies
  private final Set<String> moved;
  // the words a lookup that matters may find (those of affected names, those over the cap in one
  // list only, those one list's lookups hold only), by trigram; and the trigrams whose other words
  // differ between the lists
  private final Map<String, List<String>> hotWords = new HashMap<>();
  private final Set<String> reordered;
  private final Map<String, Boolean> mayFinds = new ConcurrentHashMap<>();

  /**
   * The change between two lists' lookups.
   *
   * @param affected the words of affected names a typo lookup can find
   * @param before the old lists' index
   * @param after the new lists' index
   * @param config the configuration of both
   */
  LookupChange(Set<String> affected, NameIndex before, NameIndex after, MatcherConfig config) {
    this.before = before;
    this.after = after;
    this.twoEditsFrom = config.twoEditsFrom();
    this.moved = before.fuzzy.differingGrams(after.fuzzy);
    Set<String> hot = hotWords(affected, config.postingsCap());
    this.reordered = before.fuzzy.differingGrams(after.fuzzy, hot);
    for (String w : hot) {
      for (String g : FuzzyVocabulary.trigrams(w)) {
        hotWords.computeIfAbsent(g, k -> new ArrayList<>()).add(w);
      }
    }
  }

  /**
   * Whether a lookup of {@code word} can find anything that matters: a word an affected name holds,
   * a word over the cap in one list only, a word one list's lookups hold only, or the other words
   * in another order. A lookup finds only words sharing a trigram with it and within the tolerated
   * edits; and it finds the other words in the same order in both lists when it reads the same
   * trigram lists in the same order ({@link FuzzyVocabulary#probed}) and none of them holds other
   * words, or the same words in another order, in one list. A word for which none of that holds
   * finds nothing that matters. Worked out once per word.
   */
  boolean mayFind(String word) {
    Boolean known = mayFinds.get(word);
    if (known == null) {
      known = worksOut(word);
      mayFinds.put(word, known);
    }
    return known;
  }

  /** Whether none of the trigram lists a lookup of {@code word} may read differs between lists. */
  boolean readsAlike(String word) {
    for (String g : FuzzyVocabulary.trigrams(word)) {
      if (moved.contains(g)) {
        return false;
      }
    }
    return true;
  }

  private boolean worksOut(String word) {
    int max = TokenSimilarity.allowedEdits(word.length(), twoEditsFrom);
    if (max == 0) {
      return false; // no lookup at all
    }
    List<String> grams = FuzzyVocabulary.trigrams(word);
    for (String g : grams) {
      if (reordered.contains(g)) {
        return true;
      }
    }
    if (!before.fuzzy.probed(word, twoEditsFrom).equals(after.fuzzy.probed(word, twoEditsFrom))) {
      return true;
    }
    for (String g : grams) {
      for (String w : hotWords.getOrDefault(g, List.of())) {
        if (Math.abs(w.length() - word.length()) <= max
            && !w.equals(word)
            && TokenSimilarity.fuzzy(word, w, twoEditsFrom) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The words of affected names a lookup can find, the words over the cap in one list only, and the
   * words one list's lookups hold and the other's do not.
   */
  private Set<String> hotWords(Set<String> affected, int cap) {
    Set<String> out = new HashSet<>(affected);
    for (NameIndex index : List.of(before, after)) {
      NameIndex other = index == before ? after : before;
      for (int id = 0; id < index.vocab.length; id++) {
        String w = index.vocab[id];
        if (DeltaReach.frequent(before, w, cap) != DeltaReach.frequent(after, w, cap)) {
          out.add(w);
        }
        int o = other.id(w);
        if (index.fuzzy.holds(id) && (o < 0 || !other.fuzzy.holds(o))) {
          out.add(w);
        }
      }
    }
    return out;
  }
}
