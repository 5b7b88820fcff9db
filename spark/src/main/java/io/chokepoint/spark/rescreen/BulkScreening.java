package io.chokepoint.spark.rescreen;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.chokepoint.screening.ListScreener;
import io.chokepoint.screening.MatchPolicy;
import io.chokepoint.screening.ScreeningMatch;
import io.chokepoint.screening.ScreeningQuery;
import io.chokepoint.spark.Sessions;
import io.chokepoint.spark.engine.ShippedLists;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Screens a counterparty master against a list snapshot in Spark partitions: every party's name,
 * with its country and address when the master has them, through the core's {@link ListScreener},
 * built once per executor JVM from the broadcast snapshot ({@link ShippedLists#indexed()}). The
 * answers are the core's own, match for match, score for score, explanation line for line.
 *
 * <p>Input: a DataFrame with an {@code id} and a {@code name} column and optionally {@code country}
 * (ISO alpha-2) and {@code address}, read from CSV (with a header) or Parquet; other columns are
 * ignored. As {@code chokepoint screen --file} does, values are trimmed, an empty id, country or
 * address is unknown, and a party with an empty name is not screened. Output: one row per match
 * ({@link #MATCHES}), parties without a match give none.
 */
public final class BulkScreening {
  /** The columns of a match row. */
  public static final StructType MATCHES =
      new StructType()
          .add("partyId", DataTypes.StringType, true)
          .add("partyName", DataTypes.StringType, false)
          .add("partyCountry", DataTypes.StringType, true)
          .add("rank", DataTypes.IntegerType, false)
          .add("entityId", DataTypes.StringType, false)
          .add("list", DataTypes.StringType, false)
          .add("entryName", DataTypes.StringType, false)
          .add("matchedName", DataTypes.StringType, false)
          .add("kind", DataTypes.StringType, false)
          .add("score", DataTypes.DoubleType, false)
          .add("band", DataTypes.StringType, false)
          .add("explanation", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("lists", DataTypes.StringType, false);

  private static final List<String> OPTIONAL = List.of("country", "address");

  private BulkScreening() {}

  /**
   * Reads a counterparty master.
   *
   * @param spark the session
   * @param path a CSV file or folder (by a {@code .csv} name) or Parquet (anything else)
   * @param format {@code csv}, {@code parquet}, or {@code null} to go by the name
   * @return the parties, with the columns of {@link #parties(Dataset)}
   * @throws IllegalArgumentException if the format is unknown or a required column is missing
   */
  public static Dataset<Row> readParties(SparkSession spark, String path, String format) {
    String f =
        format != null
            ? format.toLowerCase(Locale.ROOT)
            : path.toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv" : "parquet";
    Dataset<Row> raw =
        switch (f) {
          case "csv" ->
              spark
                  .read()
                  .option("header", true)
                  .option("escape", "\"") // RFC 4180: a quote inside quotes is doubled
                  .option("mode", "FAILFAST") // a ragged row is an error, never a silent null
                  .csv(path);
          case "parquet" -> spark.read().parquet(path);
          default ->
              throw new IllegalArgumentException(
                  "unknown counterparty format '" + format + "': csv or parquet");
        };
    return parties(raw);
  }

  /**
   * Selects the columns screening reads, as strings: {@code id}, {@code name}, {@code country},
   * {@code address} (the last two null when the master lacks them). Column names are matched
   * without regard to case.
   *
   * @throws IllegalArgumentException if there is no {@code id} or no {@code name} column
   */
  public static Dataset<Row> parties(Dataset<Row> raw) {
    List<Column> cols = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String want : List.of("id", "name", "country", "address")) {
      Optional<String> have =
          Arrays.stream(raw.columns()).filter(c -> c.equalsIgnoreCase(want)).findFirst();
      if (have.isPresent()) {
        cols.add(raw.col("`" + have.get() + "`").cast(DataTypes.StringType).as(want));
      } else if (OPTIONAL.contains(want)) {
        cols.add(lit(null).cast(DataTypes.StringType).as(want));
      } else {
        missing.add(want);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "the counterparties have no "
              + String.join(" and no ", missing)
              + " column; the columns are "
              + String.join(", ", raw.columns()));
    }
    return raw.select(cols.toArray(Column[]::new));
  }

  /**
   * Screens every party.
   *
   * @param parties the parties, with the columns of {@link #parties(Dataset)}
   * @param lists the broadcast snapshot
   * @param threshold the lowest score to report, in [0, 1]; {@link
   *     MatchPolicy#DEFAULT_REVIEW_FLOOR} reports the alerts and the review band
   * @return the matches, {@link #MATCHES}; lazy, like every Dataset
   * @throws IllegalArgumentException if {@code threshold} is outside [0, 1]
   */
  public static Dataset<Row> screen(
      Dataset<Row> parties, Broadcast<ShippedLists> lists, double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must lie in [0, 1], was " + threshold);
    }
    Dataset<Row> input =
        Sessions.spread(parties.select(col("id"), col("name"), col("country"), col("address")));
    return input.mapPartitions(new ScreenPartition(lists, threshold), Encoders.row(MATCHES));
  }

  /**
   * One party as the screener takes it, trimmed as {@code chokepoint screen --file} trims.
   *
   * @param id the party's id in the master, or {@code null}
   * @param name the name, not empty
   * @param country ISO alpha-2, or {@code null}
   * @param address the address, or {@code null}
   */
  public record Counterparty(String id, String name, String country, String address) {
    /** The party a row gives, or empty if its name is empty. */
    public static Optional<Counterparty> of(String id, String name, String country, String addr) {
      String n = blankToNull(name);
      return n == null
          ? Optional.empty()
          : Optional.of(
              new Counterparty(blankToNull(id), n, blankToNull(country), blankToNull(addr)));
    }

    /** The query the screener takes. */
    public ScreeningQuery query() {
      return new ScreeningQuery(name, country, address);
    }

    private static String blankToNull(String s) {
      if (s == null) {
        return null;
      }
      String t = s.trim();
      return t.isEmpty() ? null : t;
    }
  }

  /** Screens the parties of one partition, a party at a time, with the JVM's one index. */
  private static final class ScreenPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<ShippedLists> lists;
    private final double threshold;

    ScreenPartition(Broadcast<ShippedLists> lists, double threshold) {
      this.lists = lists;
      this.threshold = threshold;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> parties) {
      ShippedLists shipped = lists.value();
      ListScreener screener = shipped.indexed().screener();
      String hash = shipped.contentHash();
      ArrayDeque<Row> pending = new ArrayDeque<>();
      // Lazy: a partition of a million parties is never held in memory, only one party's matches.
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          while (pending.isEmpty() && parties.hasNext()) {
            Row r = parties.next();
            Counterparty.of(r.getString(0), r.getString(1), r.getString(2), r.getString(3))
                .ifPresent(p -> rows(p, screener.screen(p.query(), threshold), hash, pending));
          }
          return !pending.isEmpty();
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return pending.poll();
        }
      };
    }
  }

  /** The rows of one party's matches, in the screener's order (best first). */
  static void rows(
      Counterparty p, List<ScreeningMatch> matches, String listsHash, ArrayDeque<Row> out) {
    int rank = 0;
    for (ScreeningMatch m : matches) {
      out.add(
          RowFactory.create(
              p.id(),
              p.name(),
              p.country(),
              ++rank,
              m.entry().id(),
              m.entry().list(),
              m.entry().name(),
              m.matchedName(),
              m.entry().kind().name(),
              m.score(),
              MatchPolicy.band(m.score()).name(),
              m.explanation().toArray(String[]::new),
              listsHash));
    }
  }
}
