package io.chokepoint.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Starts the Spark session a job runs in. Under {@code spark-submit} the master and the rest of the
 * configuration come from the submission; run directly, the default master is {@code local[2]}. A
 * local session binds the driver to loopback and starts no web UI: nothing listens on the machine's
 * other addresses (../shared/design/STACK.md §6 found Spark picking eth0 otherwise).
 */
public final class Sessions {
  /** The master when neither {@code --master} nor {@code spark-submit} names one. */
  public static final String DEFAULT_MASTER = "local[2]";

  private Sessions() {}

  /**
   * The master a job runs on: the one asked for, else the one {@code spark-submit} set, else {@link
   * #DEFAULT_MASTER}.
   *
   * @param asked the {@code --master} option, or {@code null}
   */
  public static String master(String asked) {
    if (asked != null && !asked.isBlank()) {
      return asked;
    }
    String submitted = System.getProperty("spark.master");
    return submitted != null && !submitted.isBlank() ? submitted : DEFAULT_MASTER;
  }

  /**
   * Starts (or joins) the session.
   *
   * @param master the master URL, e.g. {@code local[2]}, {@code spark://host:7077}, {@code yarn}
   * @param appName the application's name in the cluster's UI
   * @return the session
   */
  public static SparkSession start(String master, String appName) {
    SparkSession.Builder b = SparkSession.builder().master(master).appName(appName);
    if (isLocal(master)) {
      b.config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", false);
    }
    return b.getOrCreate();
  }

  /**
   * Broadcasts a value to every executor: each gets it once, however many tasks use it.
   *
   * @param spark the session
   * @param value the value, serialisable
   * @return the broadcast handle tasks read it from
   */
  public static <T> Broadcast<T> broadcast(SparkSession spark, T value) {
    return JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(value);
  }

  /**
   * The rows spread over at least as many partitions as the session has cores: a small input is one
   * file, one partition, and would keep one core busy while the others wait.
   */
  public static Dataset<Row> spread(Dataset<Row> rows) {
    int cores = rows.sparkSession().sparkContext().defaultParallelism();
    return rows.javaRDD().getNumPartitions() < cores ? rows.repartition(cores) : rows;
  }

  /** Whether a master URL runs everything in this JVM. */
  public static boolean isLocal(String master) {
    return master.startsWith("local");
  }
}
