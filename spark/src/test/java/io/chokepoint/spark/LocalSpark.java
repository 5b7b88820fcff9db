package io.chokepoint.spark;

import io.chokepoint.lists.ListLoader;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.screening.ListScreener;
import io.chokepoint.spark.engine.ShippedLists;
import io.chokepoint.testing.ProjectFiles;
import java.time.LocalDate;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * What the module's tests share in their one JVM: a single local[2] session on loopback (starting
 * one costs seconds), the shipped lists loaded once, and their broadcast.
 */
public final class LocalSpark {
  private static SparkSession spark;
  private static ListSnapshot lists;
  private static Broadcast<ShippedLists> shipped;
  private static ListScreener coreScreener;

  private LocalSpark() {}

  /** The session, started on first use; Spark's shutdown hook stops it when the JVM exits. */
  public static synchronized SparkSession session() {
    if (spark == null) {
      spark = Sessions.start("local[2]", "chokepoint-spark tests");
      spark.conf().set("spark.sql.shuffle.partitions", "2");
    }
    return spark;
  }

  /**
   * The shipped lists ({@code data/lists/}), loaded once, as {@code chokepoint check} loads them.
   */
  public static synchronized ListSnapshot lists() {
    if (lists == null) {
      lists =
          ListLoader.load(
              java.util.List.of(ProjectFiles.root().resolve("data/lists")), LocalDate.now());
    }
    return lists;
  }

  /**
   * A screener over the shipped lists built in this JVM by the core, as the command line builds it,
   * apart from the executors' index: what the jobs' answers are compared with.
   */
  public static synchronized ListScreener coreScreener() {
    if (coreScreener == null) {
      coreScreener = ListScreener.build(lists());
    }
    return coreScreener;
  }

  /** The shipped lists, packed and broadcast once. */
  public static synchronized Broadcast<ShippedLists> shippedLists() {
    if (shipped == null) {
      shipped = Sessions.broadcast(session(), ShippedLists.of(lists()));
    }
    return shipped;
  }
}
