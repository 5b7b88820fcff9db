package io.chokepoint.source;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The identity of the Chokepoint build this process runs, for what it remembers between runs (name
 * analyses, golden-case verdicts): something remembered by one build is not trusted by another.
 */
public final class ThisBuild {
  private static volatile String fingerprint;

  private ThisBuild() {}

  /**
   * The jar the classes were loaded from (path, size and time of change) and the Java runtime (its
   * Unicode tables normalise text); null when the classes were not loaded from a jar file, where a
   * change to them could go unnoticed, so nothing should be remembered.
   */
  public static String fingerprint() {
    String f = fingerprint;
    if (f == null) {
      f = compute();
      fingerprint = f == null ? "" : f;
    }
    return f == null || f.isEmpty() ? null : f;
  }

  private static String compute() {
    try {
      var source = ThisBuild.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return null;
      }
      Path jar = Path.of(source.getLocation().toURI());
      if (!Files.isRegularFile(jar)) {
        return null;
      }
      return jar.toAbsolutePath()
          + "|"
          + Files.size(jar)
          + "|"
          + Files.getLastModifiedTime(jar).toMillis()
          + "|"
          + Runtime.version();
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return null;
    }
  }
}
