package io.chokepoint.bench;

import io.chokepoint.lists.EntryKind;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.lists.ListLoader;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.source.Position;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The lists and queries the screening benchmarks run against: every shipped list, or the shipped
 * lists grown synthetically (seeded) to a given number of names, and a fixed, seeded mix of
 * queries: listed names as written, listed names with a typo, and names that are not listed.
 */
final class ScreeningCorpus {
  private static final long SEED = 20261129L;
  private static final Position SYNTHETIC = Position.ofFile("synthetic");

  private ScreeningCorpus() {}

  /** Every list the project ships, as {@code chokepoint screen} loads them. */
  static ListSnapshot shipped() {
    return ListLoader.load(List.of(Bench.home().resolve("data/lists")), LocalDate.now());
  }

  /**
   * The shipped lists plus synthetic entries, one name each, until the snapshot holds {@code names}
   * names. Synthetic names recombine the tokens of the shipped names (so token frequencies stay
   * realistic) with 2 to 5 tokens each; one in ten is a Chinese-character name made of the
   * characters of the shipped Chinese names.
   */
  static ListSnapshot grownTo(int names) {
    ListSnapshot shipped = shipped();
    List<String> tokens = new ArrayList<>();
    StringBuilder han = new StringBuilder();
    int have = 0;
    for (ListEntry e : shipped.entries()) {
      for (String n : e.names()) {
        have++;
        for (String t : n.split("[\\s,.;()]+")) {
          if (t.isEmpty()) {
            continue;
          }
          if (Character.UnicodeScript.of(t.codePointAt(0)) == Character.UnicodeScript.HAN) {
            han.append(t);
          } else {
            tokens.add(t);
          }
        }
      }
    }
    Random random = new Random(SEED);
    List<ListEntry> all = new ArrayList<>(shipped.entries());
    for (int i = 0; have < names; i++, have++) {
      String name;
      if (i % 10 == 9 && han.length() > 0) {
        StringBuilder sb = new StringBuilder();
        int len = 4 + random.nextInt(6);
        for (int k = 0; k < len; k++) {
          sb.append(han.charAt(random.nextInt(han.length())));
        }
        name = sb.append("有限公司").toString();
      } else {
        StringBuilder sb = new StringBuilder();
        int len = 2 + random.nextInt(4);
        for (int k = 0; k < len; k++) {
          sb.append(k == 0 ? "" : " ").append(tokens.get(random.nextInt(tokens.size())));
        }
        name = sb.toString();
      }
      all.add(
          new ListEntry(
              String.format("SYN-%07d", i),
              "SYNTHETIC",
              i % 3 == 0 ? EntryKind.INDIVIDUAL : EntryKind.ENTITY,
              name,
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              null,
              null,
              null,
              Map.of(),
              SYNTHETIC));
    }
    return ListSnapshot.of(all, shipped.asOf(), shipped.sources());
  }

  /**
   * A thousand queries, seeded: a third listed names as written, a third listed names with one
   * typo, a third not-listed names (the look-alike Chinese companies and synthetic persons from
   * {@code ../shared}, when present, else shuffled tokens).
   */
  static List<String> queries(ListSnapshot lists) {
    Random random = new Random(SEED + 1);
    List<String> negatives = negatives();
    List<String> out = new ArrayList<>(1000);
    List<ListEntry> entries = lists.entries();
    for (int i = 0; i < 1000; i++) {
      String listed = entries.get(random.nextInt(entries.size())).name();
      switch (i % 3) {
        case 0 -> out.add(listed);
        case 1 -> out.add(typo(listed, random));
        default ->
            out.add(
                negatives.isEmpty()
                    ? typo(typo(listed, random), random)
                    : negatives.get(random.nextInt(negatives.size())));
      }
    }
    return out;
  }

  private static String typo(String s, Random random) {
    if (s.length() < 4) {
      return s;
    }
    int at = 1 + random.nextInt(s.length() - 2);
    char[] c = s.toCharArray();
    char t = c[at];
    c[at] = c[at + 1];
    c[at + 1] = t;
    return new String(c);
  }

  private static List<String> negatives() {
    Path shared = Bench.home().resolve("../shared/data/lists");
    List<String> out = new ArrayList<>();
    try {
      Path companies = shared.resolve("curated/cn_companies_not_listed.csv");
      if (Files.exists(companies)) {
        for (Map<String, String> r : Csv.records(companies, StandardCharsets.UTF_8)) {
          out.add(r.get("name_en"));
        }
      }
      Path persons = shared.resolve("eval/yente/negatives_global.csv");
      if (Files.exists(persons)) {
        List<Map<String, String>> rows = Csv.records(persons, StandardCharsets.UTF_8);
        for (Map<String, String> r : rows.subList(0, Math.min(rows.size(), 2000))) {
          out.add(r.get("full_name"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
