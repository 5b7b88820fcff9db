package io.chokepoint.lists;

import static io.chokepoint.lists.ListFixtures.TODAY;
import static io.chokepoint.lists.ListFixtures.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.chokepoint.source.SourceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The active snapshot is replaced only by lists that load completely. */
class ActiveListsTest {
  private static final String HEADER = "id,list,name,listedOn\n";

  @TempDir Path tmp;

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  @Test
  void aFolderWithABadFileLeavesThePreviousSnapshotActive() throws IOException {
    ListSnapshot first = load(write("v1/own.csv", HEADER + "A,X,Alpha Co.,2025-01-01\n"));
    ActiveLists active = new ActiveLists(first);
    write("v2/good.csv", HEADER + "A,X,Alpha Co.,2025-01-01\nB,X,Beta Co.,2025-02-01\n");
    write("v2/bad.csv", HEADER + "C,X,Gamma Co.,2025-02-31\n");
    SourceException e =
        catchThrowableOfType(
            SourceException.class, () -> active.replace(List.of(tmp.resolve("v2")), TODAY));
    assertThat(e).isNotNull();
    assertThat(e.issues()).singleElement().extracting(i -> i.field()).isEqualTo("listedOn");
    assertThat(active.current()).isSameAs(first);
  }

  @Test
  void aFailingLoaderLeavesThePreviousSnapshotActive() throws IOException {
    ListSnapshot first = load(write("v1/own.csv", HEADER + "A,X,Alpha Co.,2025-01-01\n"));
    ActiveLists active = new ActiveLists(first);
    catchThrowableOfType(
        IllegalStateException.class,
        () ->
            active.replace(
                () -> {
                  throw new IllegalStateException("disk gone");
                }));
    assertThat(active.current()).isSameAs(first);
  }

  @Test
  void listsThatLoadReplaceTheActiveSnapshotAndSayWhatChanged() throws IOException {
    ListSnapshot first = load(write("v1/own.csv", HEADER + "A,X,Alpha Co.,2025-01-01\n"));
    ActiveLists active = new ActiveLists(first);
    write("v2/own.csv", HEADER + "A,X,Alpha Co.,2025-01-01\nB,X,Beta Co.,2025-02-01\n");
    ListDelta d = active.replace(List.of(tmp.resolve("v2")), TODAY);
    assertThat(d.added()).extracting(ListEntry::id).containsExactly("B");
    assertThat(d.removed()).isEmpty();
    assertThat(active.current().entries()).extracting(ListEntry::id).containsExactly("A", "B");
    assertThat(active.current().contentHash()).isNotEqualTo(first.contentHash());
  }
}
