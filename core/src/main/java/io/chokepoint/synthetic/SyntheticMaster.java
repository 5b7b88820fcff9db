package io.chokepoint.synthetic;

import io.chokepoint.lists.EntryKind;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.rescreen.Counterparty;
import io.chokepoint.rescreen.CounterpartyCsv;
import io.chokepoint.source.Codes;
import io.chokepoint.source.Csv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A seeded synthetic counterparty master for benchmarks and tests: companies and people of thirteen
 * countries as a distributor of electronics would have them (Chinese ones in characters and in
 * pinyin, Hong Kong and Taiwan ones in traditional characters, Japanese, Korean and Russian ones in
 * their scripts too), with a known set of planted list matches: real entries of a list snapshot
 * written as people write them ({@link Perturbations}: typos, other punctuation, word order, legal
 * forms, abbreviations, aliases, traditional characters, pinyin).
 *
 * <p>Party {@code i} is a pure function of the seed, {@code i} and the snapshot, so any range of a
 * master can be generated on its own (a partition) and the same arguments always give the same
 * master. Immutable and safe for concurrent use.
 */
public final class SyntheticMaster {
  /** The default share of parties that are planted list matches. */
  public static final double DEFAULT_PLANT_RATE = 0.01;

  /** The columns of the planted-answers file (docs/formats.md §24). */
  public static final List<String> ANSWER_COLUMNS =
      List.of("party_id", "entry_id", "list", "category", "tier", "listed_name", "party_name");

  private final long seed;
  private final double plantRate;
  private final List<ListEntry> chinese = new ArrayList<>();
  private final List<ListEntry> entities = new ArrayList<>();
  private final List<ListEntry> persons = new ArrayList<>();

  /**
   * A planted match: a party that is a listed entry written another way.
   *
   * @param partyId the party's id
   * @param entryId the entry it must be found as
   * @param list the entry's list
   * @param category the operator that wrote it ({@link Perturbations.Variant#category()})
   * @param tier STRONG or MEDIUM
   * @param listedName the entry's name the party's was made from
   * @param partyName the party's name
   */
  public record Planted(
      String partyId,
      String entryId,
      String list,
      String category,
      String tier,
      String listedName,
      String partyName)
      implements Serializable {}

  /**
   * One generated party.
   *
   * @param party the counterparty
   * @param planted the list entry it was planted as, or {@code null} for an invented party
   */
  public record Generated(Counterparty party, Planted planted) implements Serializable {}

  /**
   * What {@link #write} wrote.
   *
   * @param parties how many parties
   * @param planted how many of them are planted matches
   */
  public record Written(long parties, long planted) {}

  private SyntheticMaster(long seed, ListSnapshot plantFrom, double plantRate) {
    this.seed = seed;
    this.plantRate = plantRate;
    for (ListEntry e : plantFrom.entries()) {
      if (e.kind() == EntryKind.INDIVIDUAL) {
        persons.add(e);
      } else if (e.kind() == EntryKind.ENTITY || e.kind() == EntryKind.UNKNOWN) {
        boolean cn =
            e.countries().contains("CN")
                || e.countries().contains("HK")
                || e.list().startsWith("CN-")
                || e.aliases().stream().anyMatch(Perturbations::isHan);
        (cn ? chinese : entities).add(e);
      }
    }
  }

  /**
   * A generator.
   *
   * @param seed the seed
   * @param plantFrom the lists whose entries are planted
   * @param plantRate the share of parties planted, in [0, 1]
   * @return the generator
   * @throws IllegalArgumentException if the rate is outside [0, 1]
   * @throws NullPointerException if {@code plantFrom} is null
   */
  public static SyntheticMaster of(long seed, ListSnapshot plantFrom, double plantRate) {
    if (!(plantRate >= 0 && plantRate <= 1)) {
      throw new IllegalArgumentException("the plant rate must lie in [0, 1], was " + plantRate);
    }
    return new SyntheticMaster(seed, Objects.requireNonNull(plantFrom, "plantFrom"), plantRate);
  }

  /** The id of party {@code index} (0-based): {@code P00000001} for the first. */
  public static String id(long index) {
    return String.format("P%08d", index + 1);
  }

  /** Party {@code index} (0-based). */
  public Generated party(long index) {
    // one random stream per party, so that a range is generated alone
    Random r = new Random(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L);
    String id = id(index);
    if (r.nextDouble() < plantRate) {
      Generated g = plant(id, r);
      if (g != null) {
        return g;
      }
    }
    return new Generated(Inventions.party(id, r), null);
  }

  /** Parties {@code from} (inclusive) to {@code to} (exclusive), in order. */
  public Stream<Generated> parties(long from, long to) {
    return LongStream.range(from, to).mapToObj(this::party);
  }

  private Generated plant(String id, Random r) {
    int pool = r.nextInt(10);
    List<ListEntry> from = pool < 5 ? chinese : pool < 8 ? entities : persons;
    if (from.isEmpty()) {
      return null;
    }
    ListEntry e = from.get(r.nextInt(from.size()));
    List<Perturbations.Variant> usable = new ArrayList<>();
    for (Perturbations.Variant v : Perturbations.of(e, new Random(r.nextLong()))) {
      if (!v.tier().equals("WEAK")) {
        usable.add(v);
      }
    }
    if (usable.isEmpty()) {
      return null;
    }
    Perturbations.Variant v = usable.get(r.nextInt(usable.size()));
    String country = e.countries().stream().filter(Codes::isCountry).findFirst().orElse(null);
    EntryKind kind = e.kind() == EntryKind.INDIVIDUAL ? EntryKind.INDIVIDUAL : EntryKind.ENTITY;
    Counterparty p = new Counterparty(id, v.query().trim(), country, kind, null);
    return new Generated(
        p, new Planted(id, e.id(), e.list(), v.category(), v.tier(), e.name(), p.name()));
  }

  /**
   * Writes parties {@code 0} to {@code count - 1} as a master CSV ({@link CounterpartyCsv} columns)
   * and the planted ones as an answers CSV.
   *
   * @param count how many parties
   * @param master the master file to write
   * @param answers the planted-answers file to write
   * @return the counts written
   * @throws IOException if a file cannot be written
   */
  public Written write(long count, Path master, Path answers) throws IOException {
    long planted = 0;
    try (BufferedWriter m = Files.newBufferedWriter(master, StandardCharsets.UTF_8);
        BufferedWriter a = Files.newBufferedWriter(answers, StandardCharsets.UTF_8)) {
      m.write(Csv.row(CounterpartyCsv.COLUMNS));
      m.write('\n');
      a.write(Csv.row(ANSWER_COLUMNS));
      a.write('\n');
      for (long i = 0; i < count; i++) {
        Generated g = party(i);
        Counterparty p = g.party();
        m.write(Csv.row(masterRow(p)));
        m.write('\n');
        if (g.planted() != null) {
          a.write(Csv.row(answerRow(g.planted())));
          a.write('\n');
          planted++;
        }
      }
    }
    return new Written(count, planted);
  }

  /**
   * A party as a row of the master ({@link CounterpartyCsv#COLUMNS}), as {@link #write} writes it:
   * an empty field for an unknown country or address, the kind in lower case.
   */
  public static List<String> masterRow(Counterparty p) {
    return List.of(
        p.id(),
        p.name(),
        nullToEmpty(p.country()),
        p.kind().name().toLowerCase(java.util.Locale.ROOT),
        nullToEmpty(p.address()));
  }

  /**
   * A planted party as a row of the answers ({@link #ANSWER_COLUMNS}), as {@link #write} writes it.
   */
  public static List<String> answerRow(Planted x) {
    return List.of(
        x.partyId(), x.entryId(), x.list(), x.category(), x.tier(), x.listedName(), x.partyName());
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
