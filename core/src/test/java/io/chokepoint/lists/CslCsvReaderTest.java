package io.chokepoint.lists;

import static io.chokepoint.lists.ListFixtures.csl2019;
import static io.chokepoint.lists.ListFixtures.entry;
import static io.chokepoint.lists.ListFixtures.load;
import static io.chokepoint.lists.ListFixtures.shipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The trade.gov Consolidated Screening List samples, current and 2019 headers. */
class CslCsvReaderTest {
  private static final Path CURRENT =
      shipped().resolve("us_csl_samples/consolidated_current_format_sample.csv");

  @Test
  void theCurrentFormatSampleGivesOneListPerSource() {
    ListSnapshot s = load(CURRENT);
    assertThat(s.entries()).hasSize(13);
    assertThat(s.counts())
        .containsExactly(
            entry("US-DPL", 1),
            entry("US-DTC", 1),
            entry("US-EL", 1),
            entry("US-FSE", 1),
            entry("US-ISN", 1),
            entry("US-MEU", 1),
            entry("US-NS-PLC", 2),
            entry("US-SDN", 1),
            entry("US-SSI", 3),
            entry("US-UVL", 1));
    assertThat(s.sources())
        .singleElement()
        .extracting(ListSource::format)
        .isEqualTo(ListFormat.CSL_CSV);
  }

  @Test
  void anEntityListRowKeepsItsAliasesAddressesPolicyAndNotice() {
    ListEntry cetc =
        load(CURRENT).entries().stream()
            .filter(e -> e.list().equals("US-EL"))
            .findFirst()
            .orElseThrow();
    assertThat(cetc.id()).matches("US-EL-CSL-[0-9a-f]{10}");
    assertThat(cetc.name())
        .isEqualTo(
            "China Electronics Technology Group Corporation 13th Research Institute (CETC 13)");
    // The Entity List writes its a.k.a.s as prose, "…; and CETC Research Institute 13".
    assertThat(cetc.aliases())
        .contains("Hebei Semiconductor Research Institute", "HSRI", "CETC Research Institute 13");
    assertThat(cetc.addresses())
        .containsExactly(
            "113 Hezuo Road, Shijiazhuang, Hebei, China",
            "21 Changsheng Street, Shijiazhuang, Hebei, China",
            "21 Changsheng Road, Shijiazhuang, Hebei, China, Shijiazhuang, Hebei Province, CN");
    assertThat(cetc.countries()).containsExactly("CN");
    assertThat(cetc.listedOn()).isEqualTo(LocalDate.of(2018, 8, 1));
    assertThat(cetc.source()).isEqualTo("83 FR 37423; 87 FR 77505");
    assertThat(cetc.licencePolicy())
        .startsWith("Policy of denial for all items subject to the EAR");
    assertThat(cetc.details()).containsKey("licenceRequirement").containsKey("cslId");
  }

  @Test
  void ofacRowsAreKeyedByTheirEntityNumber() {
    ListSnapshot s = load(CURRENT);
    ListEntry rim = entry(s, "US-SDN-CSL-52291");
    assertThat(rim.name()).isEqualTo("RIM, Ryong Nam");
    assertThat(rim.kind()).isEqualTo(EntryKind.INDIVIDUAL);
    assertThat(rim.countries()).containsExactly("CN", "KP");
    assertThat(rim.programs()).containsExactly("NPWMD");
    assertThat(entry(s, "US-SSI-CSL-28603").programs())
        .containsExactly("VENEZUELA-EO13850", "UKRAINE-EO13662");
  }

  @Test
  void the2019SampleIsReadWithItsOlderHeader() {
    ListSnapshot s = load(csl2019());
    assertThat(s.entries()).hasSize(115);
    assertThat(s.counts())
        .containsExactly(
            entry("US-CAP", 1),
            entry("US-DPL", 8),
            entry("US-DTC", 10),
            entry("US-EL", 22),
            entry("US-ISN", 3),
            entry("US-NS-PLC", 13),
            entry("US-SDN", 28),
            entry("US-SSI", 26),
            entry("US-UVL", 4));
    // The same name at five addresses is five Entity List entries, each with its own id.
    assertThat(s.entries().stream().filter(e -> e.name().equals("Gunther Migeotte")))
        .hasSize(5)
        .extracting(ListEntry::id)
        .doesNotHaveDuplicates();
    // The sample writes " ADRIAN MANUEL HERNANDEZ" with a leading space.
    assertThat(s.entries())
        .anySatisfy(e -> assertThat(e.name()).isEqualTo("ADRIAN MANUEL HERNANDEZ"));
  }

  @Test
  void sourcesMapToListCodes() {
    assertThat(CslCsvReader.listCode("Entity List (EL) - Bureau of Industry and Security"))
        .isEqualTo("US-EL");
    assertThat(CslCsvReader.listCode("Capta List (CAP) - Treasury Department")).isEqualTo("US-CAP");
    assertThat(
            CslCsvReader.listCode(
                "Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury"
                    + " Department"))
        .isEqualTo("US-NS-CMIC");
    assertThat(CslCsvReader.listCode("Some New List (SNL) - Somewhere")).isEqualTo("US-SNL");
    assertThat(CslCsvReader.listCode("No abbreviation")).isNull();
  }
}
