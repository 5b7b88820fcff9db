package io.chokepoint.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.lists.ListEntry;
import io.chokepoint.lists.ListLoader;
import io.chokepoint.lists.ListSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A screening index kept between runs: read back under the same snapshot and build, it screens
 * exactly as the index built afresh; under another snapshot or build, or damaged, it is not read.
 */
class RememberedIndexTest {
  private static ListSnapshot lists;
  private static ListScreener built;

  @TempDir Path dir;

  @BeforeAll
  static void indexTheShippedLists() {
    lists =
        ListLoader.load(
            List.of(io.chokepoint.testing.ProjectFiles.root().resolve("data/lists")),
            LocalDate.of(2026, 11, 29));
    built = ListScreener.build(lists);
  }

  @Test
  void anIndexReadBackScreensAsTheOneBuilt() throws IOException {
    Path file = dir.resolve("cache/name-index.bin");
    String key = RememberedIndex.key(lists, "build-1");
    RememberedIndex.write(file, key, built);
    ListScreener remembered =
        ListScreener.build(lists, RememberedIndex.read(file, key).orElseThrow());

    List<String> names = new ArrayList<>();
    for (ListEntry e : lists.entries()) {
      names.addAll(e.names());
    }
    List<String> queries = new ArrayList<>(new LinkedHashSet<>(names));
    queries.addAll(List.of("华为技术有限公司", "Huawei Technologies", "Иван Петров", "Acme Widgets"));
    for (String q : SeededQueries.of(queries, 400, 20261129)) {
      ScreeningQuery query = ScreeningQuery.of(q);
      assertThat(remembered.screen(query)).as(q).isEqualTo(built.screen(query));
    }
  }

  @Test
  void anotherSnapshotOrBuildOrADamagedFileIsNotRead() throws IOException {
    Path file = dir.resolve("name-index.bin");
    String key = RememberedIndex.key(lists, "build-1");
    RememberedIndex.write(file, key, built);

    assertThat(RememberedIndex.read(file, RememberedIndex.key(lists, "build-2"))).isEmpty();
    ListSnapshot fewer =
        ListSnapshot.of(
            lists.entries().subList(1, lists.entries().size()), lists.asOf(), List.of());
    assertThat(RememberedIndex.key(fewer, "build-1")).isNotEqualTo(key);
    assertThat(RememberedIndex.read(file, RememberedIndex.key(fewer, "build-1"))).isEmpty();
    assertThat(RememberedIndex.key(lists, null)).isNull();

    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 9));
    assertThat(RememberedIndex.read(file, key)).isEmpty();
    assertThat(RememberedIndex.read(dir.resolve("absent.bin"), key)).isEmpty();
  }
}
