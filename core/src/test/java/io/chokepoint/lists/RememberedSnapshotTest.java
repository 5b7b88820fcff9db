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
    String key = RememberedSnapshot.key(List.of(lists), "build-1");
    Path file = tmp.resolve("cache/lists.bin");

    RememberedSnapshot.write(file, key, ListLoader.loadDated(List.of(lists), DAY));
    ListSnapshot read = RememberedSnapshot.read(file, key, DAY).orElseThrow();

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
  void anEditedFileOrAnotherBuildIsAnotherKey() throws IOException {
    Path lists = lists();
    String key = RememberedSnapshot.key(List.of(lists), "build-1");
    Path file = tmp.resolve("cache/lists.bin");
    RememberedSnapshot.write(file, key, ListLoader.loadDated(List.of(lists), DAY));

    assertThat(RememberedSnapshot.key(List.of(lists), "build-1")).isEqualTo(key);
    assertThat(RememberedSnapshot.key(List.of(lists), "build-2")).isNotEqualTo(key);
    Path prc = lists.resolve("prc-lists.csv");
    String text = Files.readString(prc);
    // one letter changed, same length
    int at = text.indexOf("Co., Ltd.");
    Files.writeString(prc, text.substring(0, at) + "CO" + text.substring(at + 2));
    String edited = RememberedSnapshot.key(List.of(lists), "build-1");
    assertThat(edited).isNotEqualTo(key);
    assertThat(RememberedSnapshot.read(file, edited, DAY)).isEmpty();
    assertThat(RememberedSnapshot.key(List.of(lists), null)).isNull();
  }

  @Test
  void aSnapshotHoldsUntilTheFirstDateAListStatesForItselfInTheFuture() throws IOException {
    Path lists = lists();
    // a DPL row updated in ten days: until then the file is as of its latest date before today
    Path dpl;
    try (var s = Files.walk(lists)) {
      dpl =
          s.filter(p -> p.getFileName().toString().toLowerCase().contains("dpl"))
              .filter(Files::isRegularFile)
              .findFirst()
              .orElseThrow();
    }
    List<String> rows = new java.util.ArrayList<>(Files.readAllLines(dpl));
    int updated = List.of(rows.get(0).split("\t", -1)).indexOf("\"Last_Update\"");
    assertThat(updated).as("the DPL's Last_Update column in %s", dpl).isNotNegative();
    String[] cells = rows.get(1).split("\t", -1);
    cells[updated] = "\"" + DAY.plusDays(10) + "\"";
    rows.set(1, String.join("\t", cells));
    Files.write(dpl, rows);

    ListLoader.Dated loaded = ListLoader.loadDated(List.of(lists), DAY);
    assertThat(loaded.changesOn()).isEqualTo(DAY.plusDays(10));
    String key = RememberedSnapshot.key(List.of(lists), "build-1");
    Path file = tmp.resolve("lists.bin");
    RememberedSnapshot.write(file, key, loaded);

    for (LocalDate day : List.of(DAY, DAY.plusDays(1), DAY.plusDays(9))) {
      assertThat(RememberedSnapshot.read(file, key, day)).as(day.toString()).isPresent();
      assertThat(ListLoader.load(List.of(lists), day)).isEqualTo(loaded.snapshot());
    }
    for (LocalDate day : List.of(DAY.minusDays(1), DAY.plusDays(10), DAY.plusYears(1))) {
      assertThat(RememberedSnapshot.read(file, key, day)).as(day.toString()).isEmpty();
    }
    // on that day the file is as of the new date, which its manifest entry contradicts
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ListLoader.load(List.of(lists), DAY.plusDays(10)))
        .isInstanceOfSatisfying(
            io.chokepoint.source.SourceException.class,
            e ->
                assertThat(e.issues())
                    .anySatisfy(
                        i ->
                            assertThat(i.message())
                                .contains("the file itself is as of " + DAY.plusDays(10))));
  }

  @Test
  void aDamagedOrMissingFileRemembersNothing() throws IOException {
    Path lists = lists();
    String key = RememberedSnapshot.key(List.of(lists), "build-1");
    Path file = tmp.resolve("lists.bin");
    assertThat(RememberedSnapshot.read(file, key, DAY)).isEmpty();
    RememberedSnapshot.write(file, key, ListLoader.loadDated(List.of(lists), DAY));
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 100));
    assertThat(RememberedSnapshot.read(file, key, DAY)).isEmpty();
    RememberedSnapshot.write(
        tmp.resolve("none.bin"), null, ListLoader.loadDated(List.of(lists), DAY));
    assertThat(tmp.resolve("none.bin")).doesNotExist();
  }
}
