package io.chokepoint.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.lists.ListEntry;
import io.chokepoint.lists.ListLoader;
import io.chokepoint.lists.ListSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Name analyses kept between runs: the same analyses, the same index, or none at all. */
class RememberedAnalysesTest {
  private static final String BUILD = "test-build-1";
  private static ListSnapshot lists;
  private static Set<String> names;

  @TempDir Path dir;

  @BeforeAll
  static void loadTheShippedLists() {
    lists =
        ListLoader.load(
            List.of(io.chokepoint.testing.ProjectFiles.root().resolve("data/lists")),
            LocalDate.of(2026, 11, 29));
    names = new LinkedHashSet<>();
    for (ListEntry e : lists.entries()) {
      names.addAll(e.names());
    }
  }

  private Path kept() throws IOException {
    RememberedAnalyses fresh = RememberedAnalyses.none(BUILD);
    ListScreener.build(lists, fresh);
    Path file = dir.resolve("cache/name-analyses.bin");
    fresh.write(file, names);
    return file;
  }

  @Test
  void everyNameReadBackIsTheAnalysisTheAnalyserMakes() throws IOException {
    Path file = kept();
    RememberedAnalyses read = RememberedAnalyses.read(file, BUILD);
    assertThat(read.read()).isEqualTo(names.size());
    NameAnalyzer analyzer = NameAnalyzer.standard();
    for (String name : names) {
      assertThat(read.analyze(name, analyzer)).isEqualTo(analyzer.analyze(name));
    }
    assertThat(read.made()).isZero();
  }

  @Test
  void anIndexBuiltFromRememberedAnalysesScreensAsOneBuiltWithout() throws IOException {
    Path file = kept();
    RememberedAnalyses read = RememberedAnalyses.read(file, BUILD);
    ListScreener remembered = ListScreener.build(lists, read);
    ListScreener analysed = ListScreener.build(lists);
    assertThat(read.made()).isZero();
    for (String q : SeededQueries.of(names, 300, 20261129)) {
      ScreeningQuery query = ScreeningQuery.of(q);
      assertThat(remembered.screen(query)).as(q).isEqualTo(analysed.screen(query));
    }
  }

  @Test
  void anotherBuildsFileIsIgnoredAndTheNamesAreAnalysedAfresh() throws IOException {
    Path file = kept();
    RememberedAnalyses other = RememberedAnalyses.read(file, "test-build-2");
    assertThat(other.read()).isZero();
    assertThat(other.status()).contains("another build");
    ListScreener.build(lists, other);
    assertThat(other.made()).isEqualTo(names.size());
  }

  @Test
  void aDamagedFileIsIgnored() throws IOException {
    Path file = kept();
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    RememberedAnalyses cut = RememberedAnalyses.read(file, BUILD);
    assertThat(cut.read()).isZero();
    assertThat(cut.status()).startsWith("ignored");
    Files.write(file, "not ours".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(RememberedAnalyses.read(file, BUILD).status()).contains("not ours");
  }

  @Test
  void noFileMeansNoneRemembered() {
    RememberedAnalyses none = RememberedAnalyses.read(dir.resolve("absent.bin"), BUILD);
    assertThat(none.read()).isZero();
    assertThat(none.status()).isEqualTo("none read");
  }

  @Test
  void classesNotFromAJarRememberNothing() throws IOException {
    RememberedAnalyses unknown = RememberedAnalyses.read(dir.resolve("x.bin"), null);
    ListScreener.build(lists, unknown);
    Path file = dir.resolve("x.bin");
    unknown.write(file, names);
    assertThat(file).doesNotExist();
  }
}
