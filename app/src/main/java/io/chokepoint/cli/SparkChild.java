package io.chokepoint.cli;

import io.chokepoint.store.NotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --engine spark}: runs a command of the spark module's {@code SparkMain} in a child JVM,
 * through the home's {@code bin/chokepoint-spark} (which puts the module's runtime classpath and
 * Spark's JVM options together). The command line has no dependency on Spark: the spark module must
 * have been built in the home ({@code spark/target/}), and the child is told the home and the
 * master. Its output and errors go to this process's; its exit code is the command's.
 */
final class SparkChild {
  /** The master when none is given: two local cores, on loopback. */
  static final String DEFAULT_MASTER = "local[2]";

  private SparkChild() {}

  /**
   * Runs {@code bin/chokepoint-spark --master M --home H COMMAND ARGS…} and waits for it.
   *
   * @param home the home (a checkout with the spark module built)
   * @param master the Spark master, or {@code null} for {@link #DEFAULT_MASTER}
   * @param command the SparkMain command and its options
   * @param out where the child's standard output goes, or {@code null} to drop it
   * @return the child's exit code
   * @throws NotFoundException if the spark module is not built in the home
   */
  static int run(Home home, String master, List<String> command, PrintWriter out) {
    Path root = home.root().toAbsolutePath();
    Path script = root.resolve("bin/chokepoint-spark");
    Path jar = root.resolve("spark/target/runtime-classpath.txt");
    if (!Files.isExecutable(script) || !Files.isRegularFile(jar)) {
      throw new NotFoundException(
          "--engine spark needs the spark module built in "
              + root
              + " (bin/chokepoint-spark and spark/target/runtime-classpath.txt): run"
              + " 'mvn -pl spark -am package -DskipTests' there, or 'bin/chokepoint-spark --help'"
              + " once");
    }
    List<String> argv = new ArrayList<>();
    argv.add(script.toString());
    argv.add("--master");
    argv.add(master == null ? DEFAULT_MASTER : master);
    argv.add("--home");
    argv.add(root.toString());
    argv.addAll(command);
    ProcessBuilder pb = new ProcessBuilder(argv);
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
    try {
      Process p = pb.start();
      try (var in = p.getInputStream()) {
        byte[] buf = new byte[8192];
        StringBuilder text = new StringBuilder();
        for (int n; (n = in.read(buf)) > 0; ) {
          text.append(new String(buf, 0, n, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (out != null) {
          out.print(text);
          out.flush();
        }
      }
      return p.waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + script, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the Spark engine ran", e);
    }
  }

  /** Adds {@code --name value} for each value. */
  static void each(List<String> args, String name, List<?> values) {
    for (Object v : values) {
      args.add(name);
      args.add(v.toString());
    }
  }
}
