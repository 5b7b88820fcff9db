package io.chokepoint.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A list snapshot kept between runs: read back entry for entry, under its key only. */
class RememberedSnapshotTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

  @TempDir Path tmp;

  private Path lists() throws IOException {
    Path copy = tmp.resolve("lists");
    Path from = ProjectFiles.root().resolve("data/lists");
    try (var s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path to = copy.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return copy;
  }

  @Test
  void theShippedListsComeBackEntryForEntry() throws IOException {
    Path lists = lists();
    ListSnapshot loaded = ListLoader.load(List.of(lists), DAY);
    String key = RememberedSnapshot.key(List.of(lists), DAY, "build-1");
    Path file = tmp.resolve("cache/lists.bin");

    RememberedSnapshot.write(file, key, loaded);
    ListSnapshot read = RememberedSnapshot.read(file, key).orElseThrow();

    assertThat(read.entries()).hasSize(loaded.entries().size());
    for (int i = 0; i < read.entries().size(); i++) {
      assertThat(read.entries().get(i)).isEqualTo(loaded.entries().get(i));
    }
    assertThat(read).isEqualTo(loaded);
    assertThat(ListSnapshot.of(read.entries(), read.asOf(), read.sources()).contentHash())
        .as("the entries hash as they did")
        .isEqualTo(loaded.contentHash());
  }

  @Test
  void anEditedFileAnotherDayOrAnotherBuildIsAnotherKey() throws IOException {
    Path lists = lists();
    String key = RememberedSnapshot.key(List.of(lists), DAY, "build-1");
    Path file = tmp.resolve("cache/lists.bin");
    RememberedSnapshot.write(file, key, ListLoader.load(List.of(lists), DAY));

    assertThat(RememberedSnapshot.key(List.of(lists), DAY, "build-1")).isEqualTo(key);
    assertThat(RememberedSnapshot.key(List.of(lists), DAY.plusDays(1), "build-1"))
        .isNotEqualTo(key);
    assertThat(RememberedSnapshot.key(List.of(lists), DAY, "build-2")).isNotEqualTo(key);
    Path prc = lists.resolve("prc-lists.csv");
    String text = Files.readString(prc);
    // one letter changed, same length
    int at = text.indexOf("Co., Ltd.");
    Files.writeString(prc, text.substring(0, at) + "CO" + text.substring(at + 2));
    String edited = RememberedSnapshot.key(List.of(lists), DAY, "build-1");
    assertThat(edited).isNotEqualTo(key);
    assertThat(RememberedSnapshot.read(file, edited)).isEmpty();
    assertThat(RememberedSnapshot.key(List.of(lists), DAY, null)).isNull();
  }

  @Test
  void aDamagedOrMissingFileRemembersNothing() throws IOException {
    Path lists = lists();
    String key = RememberedSnapshot.key(List.of(lists), DAY, "build-1");
    Path file = tmp.resolve("lists.bin");
    assertThat(RememberedSnapshot.read(file, key)).isEmpty();
    RememberedSnapshot.write(file, key, ListLoader.load(List.of(lists), DAY));
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 100));
    assertThat(RememberedSnapshot.read(file, key)).isEmpty();
    RememberedSnapshot.write(tmp.resolve("none.bin"), null, ListLoader.load(List.of(lists), DAY));
    assertThat(tmp.resolve("none.bin")).doesNotExist();
  }
}
