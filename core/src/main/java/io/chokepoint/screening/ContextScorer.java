package io.chokepoint.screening;

import io.chokepoint.lists.EntryKind;
import io.chokepoint.lists.ListEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Raises or lowers a name score with what else is known, when the query and the entry both know it:
 * the country (ISO code agrees +{@value #COUNTRY_AGREES}, differs −{@value #COUNTRY_DIFFERS}), the
 * address (shares a place word +{@value #ADDRESS_AGREES}, shares none −{@value #ADDRESS_DIFFERS}),
 * and the kind of party (an organisation's legal form against a listed person ×{@value
 * #KIND_CONFLICT}). Each adjustment is stated in the explanation.
 */
final class ContextScorer {
  static final double COUNTRY_AGREES = 0.03;
  static final double COUNTRY_DIFFERS = 0.05;
  static final double ADDRESS_AGREES = 0.03;
  static final double ADDRESS_DIFFERS = 0.02;
  static final double KIND_CONFLICT = 0.85;

  // words every address has; they say nothing about where
  private static final Set<String> ADDRESS_NOISE =
      Set.of(
          "road",
          "street",
          "avenue",
          "building",
          "floor",
          "room",
          "district",
          "province",
          "city",
          "town",
          "village",
          "lane",
          "block",
          "unit",
          "suite",
          "tower",
          "park",
          "industrial",
          "zone",
          "area",
          "number",
          "east",
          "west",
          "south",
          "north",
          "middle",
          "center",
          "centre",
          "the");

  private ContextScorer() {}

  /**
   * The adjusted score.
   *
   * @param score the name score
   * @param query the screened party
   * @param queryName the analysed query name
   * @param entry the list entry
   * @param explanation the lines to add reasons to
   * @return the adjusted score in [0, 1]
   */
  static double adjust(
      double score,
      ScreeningQuery query,
      AnalyzedName queryName,
      ListEntry entry,
      List<String> explanation) {
    double s = score;
    if (query.country() != null && !query.country().isBlank() && !entry.countries().isEmpty()) {
      String c = query.country().strip().toUpperCase(Locale.ROOT);
      if (entry.countries().contains(c)) {
        s += COUNTRY_AGREES;
        explanation.add(String.format(Locale.ROOT, "country %s agrees (+%.2f)", c, COUNTRY_AGREES));
      } else {
        s -= COUNTRY_DIFFERS;
        explanation.add(
            String.format(
                Locale.ROOT,
                "country %s differs from %s (-%.2f)",
                c,
                String.join("/", entry.countries()),
                COUNTRY_DIFFERS));
      }
    }
    if (query.address() != null && !query.address().isBlank() && !entry.addresses().isEmpty()) {
      Set<String> mine = placeWords(query.address());
      Set<String> shared = new HashSet<>();
      for (String a : entry.addresses()) {
        Set<String> theirs = placeWords(a);
        theirs.retainAll(mine);
        shared.addAll(theirs);
      }
      if (!shared.isEmpty()) {
        s += ADDRESS_AGREES;
        explanation.add(
            String.format(
                Locale.ROOT,
                "address shares %s (+%.2f)",
                String.join(", ", new java.util.TreeSet<>(shared)),
                ADDRESS_AGREES));
      } else if (!mine.isEmpty()) {
        s -= ADDRESS_DIFFERS;
        explanation.add(
            String.format(
                Locale.ROOT, "address shares no place with the entry's (-%.2f)", ADDRESS_DIFFERS));
      }
    }
    if (entry.kind() == EntryKind.INDIVIDUAL
        && queryName.tokens().stream().anyMatch(t -> t.kind() == TokenKind.LEGAL_FORM)) {
      s *= KIND_CONFLICT;
      explanation.add(
          String.format(
              Locale.ROOT,
              "the query names an organisation, the entry a person (x%.2f)",
              KIND_CONFLICT));
    }
    return NameScorer.clamp(s);
  }

  private static Set<String> placeWords(String address) {
    Set<String> out = new HashSet<>();
    for (String w : TextNormalizer.normalize(address).split(" ")) {
      boolean digits = w.chars().allMatch(Character::isDigit);
      if (w.length() >= 4 && !digits && !ADDRESS_NOISE.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
