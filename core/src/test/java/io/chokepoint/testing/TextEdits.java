package io.chokepoint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small text edits of copied project files, for tests that break one thing in a valid file. */
public final class TextEdits {
  private TextEdits() {}

  /**
   * Replaces every occurrence of {@code find} in the file, failing the test if there is none.
   *
   * @return the edited text
   */
  public static String replace(Path file, String find, String replacement) {
    try {
      String text = Files.readString(file);
      assertThat(text).as("%s contains the text to replace", file).contains(find);
      String edited = text.replace(find, replacement);
      Files.writeString(file, edited);
      return edited;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based line on which {@code marker} first starts, failing the test if it is absent. */
  public static int lineOf(String text, String marker) {
    int at = text.indexOf(marker);
    assertThat(at).as("marker '%s' in the text", marker).isNotNegative();
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
