package io.chokepoint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file replaced in one step: new content in place, or the old left as it was. */
class FileReplacementTest {
  @TempDir Path dir;

  @Test
  void aFileAndItsFolderAreMadeThenReplaced() throws IOException {
    Path file = dir.resolve("cache/x.txt");
    FileReplacement.replace(file, tmp -> Files.writeString(tmp, "one"));
    FileReplacement.replace(file, tmp -> Files.writeString(tmp, "two"));
    assertThat(file).hasContent("two");
    try (var s = Files.list(file.getParent())) {
      assertThat(s).containsExactly(file);
    }
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryOne() throws IOException {
    Path file = dir.resolve("x.txt");
    Files.writeString(file, "old");
    Throwable e =
        catchThrowable(
            () ->
                FileReplacement.replace(
                    file,
                    tmp -> {
                      Files.writeString(tmp, "half");
                      throw new IOException("disk full");
                    }));
    assertThat(e).hasMessage("disk full");
    assertThat(file).hasContent("old");
    try (var s = Files.list(dir)) {
      assertThat(s).containsExactly(file);
    }
  }
}
