package io.chokepoint.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

/**
 * Seeded screening queries drawn from list names, a letter dropped from about half of them so that
 * near matches are compared too: for tests that check two screeners answer alike.
 */
final class SeededQueries {
  private SeededQueries() {}

  /** {@code count} queries from {@code names}, the same for the same seed. */
  static List<String> of(Collection<String> names, int count, long seed) {
    List<String> from = new ArrayList<>(names);
    Random random = new Random(seed);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String q = from.get(random.nextInt(from.size()));
      if (q.length() > 6 && random.nextBoolean()) {
        int at = 1 + random.nextInt(q.length() - 2);
        q = q.substring(0, at) + q.substring(at + 1);
      }
      out.add(q);
    }
    return out;
  }
}
