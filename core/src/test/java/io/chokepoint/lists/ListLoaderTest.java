package io.chokepoint.lists;

import static io.chokepoint.lists.ListFixtures.load;
import static io.chokepoint.lists.ListFixtures.shared;
import static io.chokepoint.lists.ListFixtures.shipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.chokepoint.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped list folder loads through its manifest; formats are told by name and header. */
class ListLoaderTest {
  private static ListSnapshot shippedLists;

  @TempDir Path tmp;

  @BeforeAll
  static void loadShipped() {
    shippedLists = load(shipped());
  }

  @Test
  void theShippedFolderLoadsEveryListItsManifestNames() {
    assertThat(shippedLists.entries()).hasSize(8976 + 442 + 581 + 13 + 265 + 133);
    assertThat(shippedLists.counts())
        .containsExactly(
            entry("CN-ECL", 153),
            entry("CN-UEL", 72),
            entry("CN-WATCH", 40),
            entry("US-CAP", 1),
            entry("US-DPL", 581 + 1),
            entry("US-DTC", 1),
            entry("US-EL", 133 + 1),
            entry("US-FSE", 1),
            entry("US-ISN", 1),
            entry("US-MEU", 1),
            entry("US-NS-CMIC", 68),
            entry("US-NS-MBS", 9),
            entry("US-NS-PLC", 78 + 2),
            entry("US-SDN", 8976 + 1),
            entry("US-SSI", 286 + 3),
            entry("US-UVL", 1));
    assertThat(shippedLists.contentHash()).matches("sha256:[0-9a-f]{64}");
  }

  @Test
  void theSnapshotIsAsOfItsStalestList() {
    // The SDN copy of 2021 is the oldest list shipped.
    assertThat(shippedLists.asOf()).isEqualTo(LocalDate.of(2021, 7, 7));
    Map<String, LocalDate> dates = new java.util.TreeMap<>();
    shippedLists
        .sources()
        .forEach(s -> dates.put(Path.of(s.path()).getFileName().toString(), s.asOf()));
    assertThat(dates)
        .containsEntry("sdn.csv", LocalDate.of(2021, 7, 7))
        .containsEntry("alt.csv", LocalDate.of(2021, 7, 7))
        .containsEntry("cons_prim.csv", LocalDate.of(2025, 12, 19))
        .containsEntry("dpl.txt", LocalDate.of(2022, 9, 2))
        .containsEntry("consolidated_current_format_sample.csv", LocalDate.of(2025, 6, 25))
        .containsEntry("prc-lists.csv", LocalDate.of(2026, 7, 24))
        .containsEntry("us-entity-list-cn-ai-semis.csv", LocalDate.of(2026, 7, 24));
    assertThat(shippedLists.sources()).hasSize(12);
  }

  @Test
  void positionsNameTheFileAsTheUserNamedIt() {
    ListEntry huawei = ListFixtures.entry(shippedLists, "US-EL-CN-0001");
    assertThat(huawei.position().file())
        .isEqualTo(shipped().resolve("us-entity-list-cn-ai-semis.csv").toString());
    assertThat(huawei.position().line()).isEqualTo(2);
  }

  @Test
  void aFolderWithoutAManifestLoadsEveryListFileBelowIt() throws IOException {
    Path dir = tmp.resolve("lists");
    Files.createDirectories(dir.resolve("ofac"));
    for (String f :
        new String[] {"cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv"}) {
      Files.copy(
          shipped().resolve("us_ofac_non_sdn_consolidated").resolve(f),
          dir.resolve("ofac").resolve(f));
    }
    Files.copy(shipped().resolve("us_bis_dpl/dpl.txt"), dir.resolve("dpl.txt"));
    Files.copy(ListFixtures.unXml(), dir.resolve("un.xml"));
    Files.copy(shipped().resolve("prc-lists.csv"), dir.resolve("prc.csv"));
    Files.writeString(dir.resolve("README.md"), "not a list");
    Files.writeString(dir.resolve(".hidden.csv"), "not a list either");
    ListSnapshot s = load(dir);
    assertThat(s.entries()).hasSize(442 + 581 + 1003 + 265);
    assertThat(s.sources())
        .extracting(ListSource::format)
        .containsExactly(
            ListFormat.BIS_DPL,
            ListFormat.OFAC_CSV,
            ListFormat.OFAC_CSV,
            ListFormat.OFAC_CSV,
            ListFormat.OFAC_CSV,
            ListFormat.SIMPLE_CSV,
            ListFormat.UN_XML);
    // Only the DPL and the UN list say when they are from.
    assertThat(s.asOf()).isEqualTo(LocalDate.of(2022, 9, 2));
  }

  @Test
  void formatsAreToldByNameAndHeader() throws IOException {
    assertThat(detect(shipped().resolve("us_ofac_sdn_2021/sdn.csv")))
        .isEqualTo(ListFormat.OFAC_CSV);
    assertThat(detect(shipped().resolve("us_csl_samples/consolidated_current_format_sample.csv")))
        .isEqualTo(ListFormat.CSL_CSV);
    assertThat(detect(ListFixtures.csl2019())).isEqualTo(ListFormat.CSL_CSV);
    assertThat(detect(shipped().resolve("us_bis_dpl/dpl.txt"))).isEqualTo(ListFormat.BIS_DPL);
    assertThat(detect(ListFixtures.unXml())).isEqualTo(ListFormat.UN_XML);
    assertThat(detect(shipped().resolve("prc-lists.csv"))).isEqualTo(ListFormat.SIMPLE_CSV);
    assertThat(detect(ProjectFiles.root().resolve("data/chips.yaml"))).isNull();
    assertThat(detect(shared().resolve("curated/prc_lists.csv"))).isNull();
  }

  @Test
  void aByteOrderMarkDoesNotHideTheFormat() throws IOException {
    Path xml = tmp.resolve("un.xml");
    Files.writeString(xml, "\ufeff" + Files.readString(ListFixtures.unXml()));
    Path csv = tmp.resolve("own.csv");
    Files.writeString(csv, "\ufeffid,list,name\nX-1,X,Acme Co.\n");
    assertThat(detect(xml)).isEqualTo(ListFormat.UN_XML);
    assertThat(detect(csv)).isEqualTo(ListFormat.SIMPLE_CSV);
    assertThat(load(csv).entries()).extracting(ListEntry::id).containsExactly("X-1");
  }

  private static ListFormat detect(Path p) throws IOException {
    return ListLoader.detect(
        p.getFileName().toString(), new ListText(p, p.toString(), Files.readAllBytes(p)));
  }
}
