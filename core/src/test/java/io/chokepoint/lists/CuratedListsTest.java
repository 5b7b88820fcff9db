package io.chokepoint.lists;

import static io.chokepoint.lists.ListFixtures.count;
import static io.chokepoint.lists.ListFixtures.entry;
import static io.chokepoint.lists.ListFixtures.load;
import static io.chokepoint.lists.ListFixtures.shared;
import static io.chokepoint.lists.ListFixtures.shipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The simple CSVs made from the curated fact files: the PRC lists and the US Entity List selection.
 * The shipped files must be exactly what {@link CuratedListsConverter} makes.
 */
class CuratedListsTest {

  @Test
  void theShippedFilesAreWhatTheConverterMakes() throws IOException {
    assertThat(
            Files.readString(
                shipped().resolve(CuratedListsConverter.PRC_OUT), StandardCharsets.UTF_8))
        .as("data/lists/prc-lists.csv: rerun CuratedListsConverter")
        .isEqualTo(CuratedListsConverter.prc(shared().resolve("curated/prc_lists.csv")));
    assertThat(
            Files.readString(
                shipped().resolve(CuratedListsConverter.EL_OUT), StandardCharsets.UTF_8))
        .as("data/lists/us-entity-list-cn-ai-semis.csv: rerun CuratedListsConverter")
        .isEqualTo(
            CuratedListsConverter.entityList(
                shared().resolve("curated/us_entity_list_cn_ai_semis.csv")));
  }

  @Test
  void thePrcListsHaveTheirRowsPerList() {
    ListSnapshot s = load(shipped().resolve("prc-lists.csv"));
    assertThat(s.entries()).hasSize(265);
    assertThat(s.counts())
        .containsExactly(entry("CN-ECL", 153), entry("CN-UEL", 72), entry("CN-WATCH", 40));
    assertThat(s.entries()).allSatisfy(e -> assertThat(e.kind()).isEqualTo(EntryKind.ENTITY));
    Map<String, Long> byCountry = count(s.entries(), e -> String.join(",", e.countries()));
    assertThat(byCountry)
        .containsEntry("US", 154L)
        .containsEntry("JP", 80L)
        .containsEntry("TW", 8L)
        .containsEntry("", 2L);
    ListEntry lockheed = entry(s, "CN-UEL-0001");
    assertThat(lockheed.name()).isEqualTo("Lockheed Martin Corporation");
    assertThat(lockheed.aliases()).containsExactly("洛克希德·马丁公司");
    assertThat(lockheed.listedOn()).isEqualTo(LocalDate.of(2023, 2, 16));
    assertThat(lockheed.source()).isEqualTo("MOFCOM UEL Working Mechanism Announcement 2023 No. 1");
    assertThat(lockheed.details().get("measures")).startsWith("Banned from China-related");
    assertThat(lockheed.details().get("reference")).startsWith("MOFCOM UEL Working Mechanism");
  }

  @Test
  void statusEventsStayInTheNotes() {
    ListSnapshot s = load(shipped().resolve("prc-lists.csv"));
    ListEntry skydio =
        s.entries().stream()
            .filter(e -> e.list().equals("CN-UEL") && e.name().equals("Skydio, Inc."))
            .findFirst()
            .orElseThrow();
    assertThat(skydio.details().get("notes"))
        .isEqualTo(
            "suspended 2025-05-14 for 90 days; suspension continued for 1 year from 2025-11-10"
                + " (MOFCOM 2025-11-05); domestic firms may apply to transact");
    // The curated file has status notes on 146 of its 265 rows.
    assertThat(s.entries().stream().filter(e -> e.details().containsKey("notes"))).hasSize(146);
    assertThat(s.entries())
        .filteredOn(e -> e.details().getOrDefault("notes", "").contains("measures stopped"))
        .isNotEmpty();
    // The two rows the compilation gives only as "EU member state (not verified)".
    assertThat(s.entries())
        .filteredOn(e -> e.countries().isEmpty())
        .allSatisfy(
            e ->
                assertThat(e.details())
                    .containsEntry("unmappedCountries", "EU member state (not verified)"));
  }

  @Test
  void theEntityListSelectionHasHuaweiWithItsChineseName() {
    ListSnapshot s = load(shipped().resolve("us-entity-list-cn-ai-semis.csv"));
    assertThat(s.entries()).hasSize(133);
    assertThat(s.counts()).containsExactly(entry("US-EL", 133));
    Map<String, Long> byCountry = count(s.entries(), e -> String.join(",", e.countries()));
    assertThat(byCountry).containsExactly(entry("CN", 127L), entry("HK", 6L));
    ListEntry huawei = entry(s, "US-EL-CN-0001");
    assertThat(huawei.name()).isEqualTo("Huawei Technologies Co., Ltd.");
    assertThat(huawei.aliases()).containsExactly("Huawei", "Huawei Technologies", "华为技术有限公司");
    assertThat(huawei.listedOn()).isEqualTo(LocalDate.of(2019, 5, 16));
    assertThat(huawei.source()).isEqualTo("84 FR 22961");
    assertThat(huawei.licencePolicy()).startsWith("Presumption of denial");
    assertThat(huawei.details()).containsEntry("footnote", "FN1");
    assertThat(huawei.addresses()).containsExactly("Shenzhen");
  }
}
