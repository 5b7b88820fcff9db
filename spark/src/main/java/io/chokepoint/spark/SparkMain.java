package io.chokepoint.spark;

import io.chokepoint.lists.ListLoader;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.rules.RuleBookException;
import io.chokepoint.source.SourceException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The entry point for {@code spark-submit} (and for a local run): {@code rescreen} screens a
 * counterparty master against the lists, {@code determine} determines transaction files. See
 * docs/spark.md.
 *
 * <p>The rule book, the chip catalogue and the lists are read on the driver, from the home (the
 * checkout or an unpacked release: {@code regulations/}, {@code data/chips.yaml}, {@code
 * data/lists/}), and broadcast; the counterparties and transaction files are read by the executors,
 * so on a cluster they must be at a path every node can read (HDFS, S3, a shared file system). Exit
 * codes: 0 done, 1 failure, 2 invalid input (nothing is written).
 */
@Command(
    name = "chokepoint-spark",
    mixinStandardHelpOptions = true,
    version = "chokepoint-spark 0.1.0",
    description = "Chokepoint's engine in Spark partitions.",
    subcommands = {
      ScreenCommand.class,
      RescreenCommand.class,
      WhatIfCommand.class,
      DetermineCommand.class,
      GenerateCommand.class
    })
public final class SparkMain implements Runnable {
  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master (default: the one spark-submit sets, else "
              + Sessions.DEFAULT_MASTER
              + ").")
  String master;

  @Option(
      names = "--home",
      paramLabel = "DIR",
      description =
          "Where regulations/, data/chips.yaml and data/lists/ are (default: the chokepoint.home"
              + " property, else CHOKEPOINT_HOME, else the working folder).")
  Path home;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs a command and exits with its code, as {@code spark-submit} expects of a main class.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int code = run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs a command.
   *
   * @param args the command line
   * @return the exit code: 0 done, 1 failure, 2 invalid input
   */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new SparkMain());
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          PrintWriter err = line.getErr();
          // bad input: invalid lists or rule book, bad options, an input path that is missing
          if (e instanceof SourceException
              || e instanceof RuleBookException
              || e instanceof IllegalArgumentException
              || e instanceof org.apache.spark.sql.AnalysisException) {
            err.println("chokepoint-spark: " + e.getMessage());
            return 2;
          }
          err.println("chokepoint-spark: failed: " + e);
          e.printStackTrace(err);
          return 1;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "name a command: screen, rescreen, whatif, determine or generate-parties");
  }

  /** The home folder. */
  Path home() {
    if (home != null) {
      return home;
    }
    String p = System.getProperty("chokepoint.home");
    if (p == null || p.isBlank()) {
      p = System.getenv("CHOKEPOINT_HOME");
    }
    return (p == null || p.isBlank()) ? Path.of("").toAbsolutePath() : Path.of(p);
  }

  /**
   * Loads the lists on the driver: those named, else the shipped {@code data/lists/}.
   *
   * @throws SourceException if a list file is invalid
   */
  ListSnapshot lists(List<Path> named) {
    List<Path> paths = named.isEmpty() ? List.of(home().resolve("data/lists")) : named;
    return ListLoader.load(paths, LocalDate.now());
  }

  /**
   * A session for one command, and whether the command should stop it: a session that was already
   * running (a test's, a notebook's) is left running.
   */
  record Session(SparkSession spark, boolean owned) implements AutoCloseable {
    @Override
    public void close() {
      if (owned) {
        spark.stop();
      }
    }
  }

  /** Starts the session for a command, or joins the one running (whose master then stands). */
  Session session(String appName) {
    scala.Option<SparkSession> running = SparkSession.getDefaultSession();
    if (running.isDefined()) {
      return new Session(running.get(), false);
    }
    return new Session(Sessions.start(Sessions.master(master), appName), true);
  }
}
