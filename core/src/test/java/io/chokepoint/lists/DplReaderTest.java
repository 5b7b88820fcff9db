package io.chokepoint.lists;

import static io.chokepoint.lists.ListFixtures.load;
import static io.chokepoint.lists.ListFixtures.shipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The BIS Denied Persons List, tab-separated. */
class DplReaderTest {
  private static final Path DPL = shipped().resolve("us_bis_dpl/dpl.txt");

  @Test
  void everyRowIsAnEntry() {
    ListSnapshot s = load(DPL);
    assertThat(s.entries()).hasSize(581);
    assertThat(s.counts()).containsExactly(entry("US-DPL", 581));
    assertThat(s.entries()).allSatisfy(e -> assertThat(e.id()).matches("US-DPL-[0-9a-f]{10}(-2)?"));
  }

  @Test
  void theListIsAsOfItsLatestPlausibleUpdateAndTheYear3017RowLoads() {
    ListSnapshot s = load(DPL);
    assertThat(s.asOf()).isEqualTo(LocalDate.of(2022, 9, 2));
    assertThat(s.entries())
        .filteredOn(e -> "3017-08-22".equals(e.details().get("lastUpdate")))
        .singleElement()
        .satisfies(e -> assertThat(e.name()).isEqualTo("MANSOUR ZADEH"));
  }

  @Test
  void anEntryKeepsItsOrderDatesAndCitation() {
    ListEntry ash =
        load(DPL).entries().stream()
            .filter(e -> e.name().equals("I. ASH"))
            .findFirst()
            .orElseThrow();
    assertThat(ash.listedOn()).isEqualTo(LocalDate.of(2003, 6, 19));
    assertThat(ash.source()).startsWith("68 F.R. 38290 6/27/03");
    assertThat(ash.addresses())
        .containsExactly(
            "UPON THE DATE OF THE ORDER INCARCERATED AT USM NO: 26265-177, FCI SEAGOVILLE, 2113"
                + " NORTH HIGHWAY 175, SEAGOVILLE, TX, US, 75159");
    assertThat(ash.countries()).containsExactly("US");
    assertThat(ash.details())
        .containsEntry("expirationDate", "06/29/2056")
        .containsEntry("standardOrder", "Y");
  }

  @Test
  void rowsTheListRepeatsWordForWordGetNumberedIds() {
    List<ListEntry> repeated =
        load(DPL).entries().stream().filter(e -> e.id().endsWith("-2")).toList();
    assertThat(repeated)
        .extracting(ListEntry::name)
        .containsExactlyInAnyOrder("DAQING ZHOU", "NEI-CHIEN CHU");
  }

  @Test
  void idsDoNotDependOnRowOrder() throws Exception {
    ListSnapshot s = load(DPL);
    Path tmp = java.nio.file.Files.createTempDirectory("dpl");
    List<String> lines = java.nio.file.Files.readAllLines(DPL);
    List<String> reversed = new java.util.ArrayList<>(lines.subList(1, lines.size()));
    java.util.Collections.reverse(reversed);
    reversed.add(0, lines.get(0));
    Path file = java.nio.file.Files.write(tmp.resolve("dpl.txt"), reversed);
    ListSnapshot r = load(file);
    assertThat(r.contentHash()).isEqualTo(s.contentHash());
  }
}
