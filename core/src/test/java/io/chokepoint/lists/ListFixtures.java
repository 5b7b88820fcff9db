package io.chokepoint.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.chokepoint.source.Issue;
import io.chokepoint.source.SourceException;
import io.chokepoint.testing.ProjectFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The list files the tests read, and the assertions they share. */
final class ListFixtures {
  /** The date the loads run on: after every list's own date. */
  static final LocalDate TODAY = LocalDate.of(2026, 8, 1);

  private ListFixtures() {}

  /** The shipped list folder, {@code data/lists}. */
  static Path shipped() {
    return ProjectFiles.root().resolve("data/lists");
  }

  /** The list data in ../shared. */
  static Path shared() {
    return ProjectFiles.shared().resolve("data/lists");
  }

  /** The UN consolidated list XML, which is read from ../shared and not shipped. */
  static Path unXml() {
    return shared().resolve("un_consolidated/UN_consolidated.xml");
  }

  /** The 2019 CSL sample, kept as test data. */
  static Path csl2019() {
    return ProjectFiles.root().resolve("core/src/test/resources/lists/csl_2019_sample.csv");
  }

  static ListSnapshot load(Path... paths) {
    return ListLoader.load(List.of(paths), TODAY);
  }

  /** Loads the paths, which must fail, and returns the error. */
  static SourceException fails(Path... paths) {
    SourceException e = catchThrowableOfType(SourceException.class, () -> load(paths));
    assertThat(e).as("loading %s must fail", List.of(paths)).isNotNull();
    return e;
  }

  /** Asserts the error has exactly one issue, at the file, line and field, saying the words. */
  static Issue onlyIssue(SourceException e, Path file, int line, String field, String... says) {
    assertThat(e.issues()).as("issues").hasSize(1);
    Issue i = e.issues().get(0);
    assertThat(i.position().file()).as("file of %s", i).isEqualTo(file.toString());
    assertThat(i.position().line()).as("line of %s", i).isEqualTo(line);
    assertThat(i.field()).as("field of %s", i).isEqualTo(field);
    assertThat(i.message()).as("message of %s", i).contains(says);
    return i;
  }

  /** How many entries have each value of {@code key}, sorted by value. */
  static <K extends Comparable<K>> Map<K, Long> count(
      List<ListEntry> entries, Function<ListEntry, K> key) {
    return entries.stream()
        .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
  }

  /** The entry with the id. */
  static ListEntry entry(ListSnapshot s, String id) {
    return s.entries().stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + id));
  }
}
