package io.chokepoint.golden;

import io.chokepoint.source.FileReplacement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The rule books whose golden cases passed, remembered by a digest of everything the verdict
 * depends on: every file under the rule book (packs and cases), the other files the cases read (the
 * chip catalogue) and the build that ran them. A determination is a function of these alone, so a
 * rule book whose digest is remembered passes again without running its cases; a change to any
 * file, or another build, runs them. The file keeps the latest {@value #KEPT} digests, one per
 * line.
 */
public final class PassedRuleBooks {
  static final int KEPT = 16;

  private final Path file;
  private final String build;

  /**
   * Remembers in {@code file} for {@code build}.
   *
   * @param build the build's fingerprint ({@link io.chokepoint.source.ThisBuild}); null to remember
   *     nothing, so that every activation runs the cases
   * @throws NullPointerException if {@code file} is null
   */
  public PassedRuleBooks(Path file, String build) {
    this.file = Objects.requireNonNull(file, "file");
    this.build = build;
  }

  /**
   * The digest of a rule book, the files its cases also read and this build; null when nothing is
   * remembered for this build.
   *
   * @throws UncheckedIOException if a file cannot be read
   */
  public String digest(Path root, List<Path> alsoRead) {
    if (build == null) {
      return null;
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(build.getBytes(StandardCharsets.UTF_8));
      List<Path> files = new ArrayList<>();
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
      for (Path p : alsoRead) {
        if (Files.isRegularFile(p)) {
          files.add(p);
        }
      }
      for (Path p : files) {
        sha.update((p.toAbsolutePath() + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(p);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        sha.update(bytes);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether a rule book with this digest passed its golden cases (false for a null digest). */
  public boolean passed(String digest) {
    return digest != null && lines().contains(digest);
  }

  /**
   * Remembers that the rule book with this digest passed; does nothing for a null digest. The file
   * is replaced in one step, so a reader never sees half of it.
   *
   * @throws IOException if the file cannot be written
   */
  public void record(String digest) throws IOException {
    if (digest == null) {
      return;
    }
    List<String> lines = new ArrayList<>(lines());
    lines.remove(digest);
    lines.add(digest);
    List<String> kept = lines.subList(Math.max(0, lines.size() - KEPT), lines.size());
    FileReplacement.replace(file, tmp -> Files.write(tmp, kept, StandardCharsets.UTF_8));
  }

  private List<String> lines() {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      // no file, or an unreadable one, remembers nothing: the cases run
      return List.of();
    }
  }
}
