package io.chokepoint.spark.rescreen;

import io.chokepoint.rescreen.Counterparty;
import io.chokepoint.rescreen.DeltaRescreen;
import io.chokepoint.rescreen.LocalRescreen;
import io.chokepoint.rescreen.PartyMatch;
import io.chokepoint.rescreen.PartyOutcome;
import io.chokepoint.rescreen.PartyRows;
import io.chokepoint.rescreen.Rescreen;
import io.chokepoint.rescreen.RescreenEngine;
import io.chokepoint.rescreen.RescreenJob;
import io.chokepoint.screening.FalsePositiveMemory;
import io.chokepoint.screening.ReviewedNonMatch;
import io.chokepoint.screening.TokenWeights;
import io.chokepoint.spark.Sessions;
import io.chokepoint.spark.engine.PerJvm;
import io.chokepoint.spark.engine.ShippedLists;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * The core's rescreen ({@link io.chokepoint.rescreen}) with its parties screened in Spark
 * partitions: the engine {@code spark}. Everything but the screening is the in-process engine's
 * ({@link LocalRescreen}): the driver reads the master and the previous result, and compares and
 * writes the result folder; the executors screen each party with the core's {@link Rescreen} or
 * {@link DeltaRescreen}, built once per executor JVM from the broadcast lists (old and new, for a
 * delta), token weights, reviewed non-matches and threshold. So a Spark run gives the same result
 * folder as an in-process one: the same matches, scores, explanations, clearances and changes.
 *
 * <p>The master is read on the driver and spread over the executors with each party's previous
 * matches (for a delta); the parties' matches come back to the driver in master order. A master
 * must therefore fit the driver's heap (about a million parties in a few gigabytes), as it must for
 * the in-process engine.
 */
public final class SparkRescreen implements LocalRescreen.Screening {
  /** Parties per partition, at most: enough partitions to spread the work and to see progress. */
  static final int PARTITION = 4096;

  private static final PerJvm<Rescreen> FULL = new PerJvm<>(2);
  private static final PerJvm<DeltaRescreen> DELTA = new PerJvm<>(2);

  private final SparkSession spark;

  private SparkRescreen(SparkSession spark) {
    this.spark = Objects.requireNonNull(spark, "spark");
  }

  /**
   * The engine {@code spark} over a session.
   *
   * @param spark the session the parties are screened in
   * @return the engine
   */
  public static RescreenEngine engine(SparkSession spark) {
    return new LocalRescreen("spark", new SparkRescreen(spark));
  }

  /** How many full and delta rescreens this JVM has built: one per engine, not one per task. */
  public static int builds() {
    return FULL.builds() + DELTA.builds();
  }

  @Override
  public List<PartyOutcome> full(List<Counterparty> parties, Rescreen rescreen, RescreenJob job) {
    Shipped e =
        new Shipped(
            ShippedLists.of(rescreen.lists()),
            null,
            job.keepWeights() ? rescreen.weights() : null,
            Reviews.of(rescreen.memory()),
            rescreen.threshold());
    // the driver built it already: executors in this JVM (local mode) take it instead of another
    FULL.get(e.key(), () -> rescreen);
    Broadcast<Shipped> b = Sessions.broadcast(spark, e);
    try {
      return context()
          .parallelize(parties, slices(parties.size()))
          .map(p -> b.value().full().outcome(p))
          .collect();
    } finally {
      b.destroy();
    }
  }

  @Override
  public List<LocalRescreen.Screening.Rescreened> delta(
      PartyRows master,
      int[] places,
      Map<String, List<PartyMatch>> before,
      java.util.function.IntFunction<byte[]> states,
      DeltaRescreen delta,
      TokenWeights weights,
      RescreenJob job) {
    Shipped e =
        new Shipped(
            ShippedLists.of(job.lists()),
            ShippedLists.of(job.previousLists()),
            weights,
            Reviews.of(job.memory()),
            delta.threshold());
    // the driver built it already: executors in this JVM (local mode) take it instead of another
    DELTA.get(e.key(), () -> delta);
    // the parties go as slices of strings, and come back so (PartyBatch); only the parties the
    // change reaches come here
    List<PartyBatch> slices =
        java.util.stream.IntStream.range(0, (places.length + PARTITION - 1) / PARTITION)
            .parallel()
            .mapToObj(
                k -> {
                  int from = k * PARTITION;
                  int to = Math.min(places.length, from + PARTITION);
                  return PartyBatch.of(
                      master,
                      java.util.Arrays.copyOfRange(places, from, to),
                      states == null ? null : i -> states.apply(from + i),
                      before);
                })
            .toList();
    Broadcast<Shipped> b = Sessions.broadcast(spark, e);
    List<PartyBatch.Outcomes> back;
    try {
      back =
          context()
              .parallelize(slices, Math.max(1, slices.size()))
              .map(s -> s.screen(b.value().delta()))
              .collect();
    } finally {
      b.destroy();
    }
    List<LocalRescreen.Screening.Rescreened> out = new ArrayList<>(places.length);
    for (PartyBatch.Outcomes o : back) {
      out.addAll(o.outcomes());
    }
    return out;
  }

  private JavaSparkContext context() {
    return JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  private int slices(int parties) {
    int cores = spark.sparkContext().defaultParallelism();
    return Math.max(1, Math.max(cores, (parties + PARTITION - 1) / PARTITION));
  }

  /**
   * What an executor builds its rescreen from: the lists (and the previous lists, for a delta), the
   * pinned token weights ({@code null}: the lists' own), the reviews and the threshold.
   */
  private record Shipped(
      ShippedLists lists,
      ShippedLists previousLists,
      TokenWeights weights,
      Reviews reviews,
      double threshold)
      implements Serializable {

    /** The key of what is built from this: the same inputs give the same rescreen. */
    String key() {
      return String.join(
          "|",
          lists.contentHash(),
          previousLists == null ? "-" : previousLists.contentHash(),
          weights == null ? "own" : weights.hash(),
          reviews.hash(),
          Double.toString(threshold));
    }

    Rescreen full() {
      return FULL.get(
          key(), () -> Rescreen.of(lists.unpack(), weights, reviews.memory(), threshold));
    }

    DeltaRescreen delta() {
      return DELTA.get(
          key(),
          () ->
              DeltaRescreen.of(
                  previousLists.unpack(), lists.unpack(), weights, reviews.memory(), threshold));
    }
  }

  /** The reviewed non-matches as plain strings ({@link ReviewedNonMatch} is not serializable). */
  private record Reviews(List<List<String>> rows, String hash) implements Serializable {
    static Reviews of(FalsePositiveMemory memory) {
      List<List<String>> rows = new ArrayList<>();
      for (ReviewedNonMatch r : memory.reviews()) {
        rows.add(
            List.of(
                r.partyKey(),
                r.entryId(),
                r.entryFingerprint(),
                r.reviewer(),
                r.reason(),
                r.reviewedAt().toString()));
      }
      rows.sort((a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b)));
      try {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        rows.forEach(
            r -> d.update((String.join("\u0000", r) + "\n").getBytes(StandardCharsets.UTF_8)));
        return new Reviews(List.copyOf(rows), HexFormat.of().formatHex(d.digest()));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    FalsePositiveMemory memory() {
      FalsePositiveMemory m = FalsePositiveMemory.empty();
      for (List<String> r : rows) {
        m =
            m.with(
                new ReviewedNonMatch(
                    r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), Instant.parse(r.get(5))));
      }
      return m;
    }
  }
}
