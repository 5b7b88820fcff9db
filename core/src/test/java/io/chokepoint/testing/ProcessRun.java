package io.chokepoint.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command run in a child process to its end, as the integration tests start the runnable jars:
 * its exit code and everything it wrote.
 *
 * @param code the exit code
 * @param out what it wrote on standard output
 * @param err what it wrote on standard error
 */
public record ProcessRun(int code, String out, String err) {
  /**
   * Runs {@code argv} in {@code workDir} with {@code env} added to the environment, its output kept
   * in files under {@code tmp}.
   *
   * @throws AssertionError if it has not finished after {@code minutes}
   */
  public static ProcessRun of(
      List<String> argv, Path workDir, Map<String, String> env, Path tmp, int minutes)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    ProcessBuilder pb = new ProcessBuilder(argv).directory(workDir.toFile());
    pb.environment().putAll(env);
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError(String.join(" ", argv) + " did not finish");
    }
    return new ProcessRun(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
