package io.chokepoint.lists;

import static io.chokepoint.lists.ListFixtures.load;
import static io.chokepoint.lists.ListFixtures.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot hash is over the entries' content: the same listings in another row order, column
 * order or file layout hash alike, and one changed alias changes the hash.
 */
class ListSnapshotHashTest {
  private static final Path PRC = shipped().resolve("prc-lists.csv");

  @TempDir Path tmp;

  private List<String> prcLines() throws IOException {
    return Files.readAllLines(PRC, StandardCharsets.UTF_8);
  }

  private Path write(String name, List<String> lines) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.write(p, lines, StandardCharsets.UTF_8);
  }

  @Test
  void rowsInAnotherOrderHashAlike() throws IOException {
    List<String> lines = prcLines();
    List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
    Collections.reverse(rows);
    rows.add(0, lines.get(0));
    ListSnapshot original = load(PRC);
    ListSnapshot reversed = load(write("reversed.csv", rows));
    assertThat(reversed.contentHash()).isEqualTo(original.contentHash());
    assertThat(reversed.entries()).isNotEqualTo(original.entries()); // the positions differ
  }

  @Test
  void theSameListingsSplitOverTwoFilesWithOtherLineEndsHashAlike() throws IOException {
    List<String> lines = prcLines();
    List<String> first = new ArrayList<>(lines.subList(0, 100));
    List<String> second = new ArrayList<>(List.of(lines.get(0)));
    second.addAll(lines.subList(100, lines.size()));
    write("split/a.csv", first);
    Files.writeString(
        tmp.resolve("split/b.csv"), String.join("\r\n", second) + "\r\n", StandardCharsets.UTF_8);
    assertThat(load(tmp.resolve("split")).contentHash()).isEqualTo(load(PRC).contentHash());
  }

  @Test
  void columnsInAnotherOrderHashAlike() throws IOException {
    Path a = tmp.resolve("a.csv");
    Path b = tmp.resolve("b.csv");
    Files.writeString(a, "id,list,name,aliases,country\nX-1,X,Acme Co.,ACME; 阿克米,CN\n");
    Files.writeString(b, "country,aliases,name,list,id\nCN,\"ACME;阿克米\",\"Acme Co.\",X,X-1\n");
    assertThat(load(b).contentHash()).isEqualTo(load(a).contentHash());
  }

  @Test
  void oneChangedAliasChangesTheHash() throws IOException {
    List<String> lines = new ArrayList<>(prcLines());
    String row = lines.get(1);
    assertThat(row).contains("洛克希德·马丁公司");
    lines.set(1, row.replace("洛克希德·马丁公司", "洛克希德马丁公司"));
    assertThat(load(write("changed.csv", lines)).contentHash())
        .isNotEqualTo(load(PRC).contentHash());
  }

  @Test
  void ofacAliasLinesInAnotherOrderHashAlike() throws IOException {
    Path dir = tmp.resolve("ofac");
    Files.createDirectories(dir);
    Path from = shipped().resolve("us_ofac_non_sdn_consolidated");
    for (String f : List.of("cons_prim.csv", "cons_add.csv", "cons_comments.csv")) {
      Files.copy(from.resolve(f), dir.resolve(f));
    }
    String alt = Files.readString(from.resolve("cons_alt.csv"), StandardCharsets.ISO_8859_1);
    List<String> altLines = new ArrayList<>(List.of(alt.replace("\u001a", "").split("\r\n")));
    Collections.reverse(altLines);
    Files.writeString(
        dir.resolve("cons_alt.csv"),
        String.join("\r\n", altLines) + "\r\n",
        StandardCharsets.ISO_8859_1);
    assertThat(load(dir.resolve("cons_prim.csv")).contentHash())
        .isEqualTo(load(from.resolve("cons_prim.csv")).contentHash());
  }

  @Test
  void anEmptySnapshotHasTheHashOfNothing() {
    assertThat(ListSnapshot.of(List.of(), null, List.of()).contentHash())
        .isEqualTo("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
}
