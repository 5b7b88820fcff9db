package io.chokepoint.lists;

import static io.chokepoint.lists.ListFixtures.count;
import static io.chokepoint.lists.ListFixtures.entry;
import static io.chokepoint.lists.ListFixtures.load;
import static io.chokepoint.lists.ListFixtures.unXml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The UN Security Council consolidated list XML, read from ../shared (it is not shipped). */
class UnXmlReaderTest {
  private static ListSnapshot un;

  @BeforeAll
  static void read() {
    un = load(unXml());
  }

  @Test
  void everyIndividualAndEntityIsAnEntryAsOfTheDateGenerated() {
    assertThat(un.entries()).hasSize(1003);
    assertThat(un.counts()).containsExactly(entry("UN-SC", 1003));
    assertThat(count(un.entries(), ListEntry::kind))
        .containsExactly(entry(EntryKind.ENTITY, 273L), entry(EntryKind.INDIVIDUAL, 730L));
    assertThat(un.asOf()).isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(un.sources())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.format()).isEqualTo(ListFormat.UN_XML);
              assertThat(s.asOf()).isEqualTo(LocalDate.of(2026, 2, 27));
            });
  }

  @Test
  void anIndividualHasItsNamePartsAliasesOriginalScriptAndCountries() {
    ListEntry saddam = entry(un, "UN-SC-IQi.001");
    assertThat(saddam.name()).isEqualTo("SADDAM HUSSEIN AL-TIKRITI");
    assertThat(saddam.kind()).isEqualTo(EntryKind.INDIVIDUAL);
    assertThat(saddam.aliases()).containsExactly("Abu Ali", "صدام حسين التكريتي");
    assertThat(saddam.countries()).containsExactly("IQ");
    assertThat(saddam.programs()).containsExactly("Iraq");
    assertThat(saddam.listedOn()).isEqualTo(LocalDate.of(2003, 6, 27));
    ListEntry badege = entry(un, "UN-SC-CDi.001");
    // Nationality DR Congo, an address in Rwanda.
    assertThat(badege.countries()).containsExactly("CD", "RW");
    assertThat(badege.addresses()).containsExactly("Rwanda");
  }

  @Test
  void anEntityHasItsAliasesAddressAndComments() {
    ListEntry adf = entry(un, "UN-SC-CDe.001");
    assertThat(adf.name()).isEqualTo("ADF");
    assertThat(adf.kind()).isEqualTo(EntryKind.ENTITY);
    assertThat(adf.aliases())
        .containsExactly(
            "Allied Democratic Forces",
            "Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda",
            "ADF/NALU",
            "NALU");
    assertThat(adf.addresses()).containsExactly("North Kivu, Democratic Republic of the Congo");
    assertThat(adf.countries()).containsExactly("CD");
    assertThat(adf.details()).containsEntry("lastUpdated", "2020-08-19");
    assertThat(adf.details().get("comments")).startsWith("ADF founder and leader");
  }

  @Test
  void aListedOnDateWithAZoneIsRead() {
    assertThat(un.entries())
        .filteredOn(e -> LocalDate.of(2015, 4, 7).equals(e.listedOn()))
        .isNotEmpty();
  }

  @Test
  void aliasesSeparatedBySemicolonsAreSeveralAliases() {
    assertThat(un.entries())
        .anySatisfy(e -> assertThat(e.aliases()).contains("Azim Adhajani", "Azim Agha-Jani"));
  }
}
