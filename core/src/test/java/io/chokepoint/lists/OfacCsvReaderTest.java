package io.chokepoint.lists;

import static io.chokepoint.lists.ListFixtures.count;
import static io.chokepoint.lists.ListFixtures.entry;
import static io.chokepoint.lists.ListFixtures.load;
import static io.chokepoint.lists.ListFixtures.shipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OFAC's legacy CSV files, the shipped SDN (2021) and non-SDN consolidated (2025) sets. */
class OfacCsvReaderTest {
  private static final Path SDN = shipped().resolve("us_ofac_sdn_2021/sdn.csv");
  private static final Path NON_SDN = shipped().resolve("us_ofac_non_sdn_consolidated");

  @TempDir Path tmp;

  @Test
  void theSdnFileGivesEveryEntryByKind() {
    ListSnapshot s = load(SDN);
    // The shared README says 8,977 entries, but its own breakdown adds up to 8,976: it counted
    // the 0x1A byte after the last line break as a line.
    assertThat(s.entries()).hasSize(8976);
    assertThat(s.counts()).containsExactly(entry("US-SDN", 8976));
    assertThat(count(s.entries(), ListEntry::kind))
        .containsExactly(
            entry(EntryKind.ENTITY, 3673L),
            entry(EntryKind.INDIVIDUAL, 4620L),
            entry(EntryKind.VESSEL, 406L),
            entry(EntryKind.AIRCRAFT, 277L));
    assertThat(entry(s, "US-SDN-32391").name()).isEqualTo("DJIBO, Ousmane Illiassou");
    assertThat(entry(s, "US-SDN-36").name()).isEqualTo("AEROCARIBBEAN AIRLINES");
  }

  @Test
  void aliasesAddressesAndCommentsAreAttachedToTheirEntries() {
    ListSnapshot s = load(SDN);
    // alt.csv has 11,910 rows; 6 repeat their entry's name or another alias of it.
    assertThat(s.entries().stream().mapToInt(e -> e.aliases().size()).sum()).isEqualTo(11904);
    assertThat(s.entries().stream().filter(e -> !e.aliases().isEmpty())).hasSize(4138);
    ListEntry cpmiec = entry(s, "US-SDN-9753");
    assertThat(cpmiec.name())
        .isEqualTo("CHINA NATIONAL PRECISION MACHINERY IMPORT/EXPORT CORPORATION");
    assertThat(cpmiec.aliases())
        .containsExactly(
            "CPMIEC",
            "CHINA NATIONAL PRECISION MACHINERY I/E CORP.",
            "ZHONGGUO JINGMI JIXIE JINCHUKOU ZONGGONGSI",
            "CHINA PRECISION MACHINERY IMPORT/EXPORT CORPORATION");
    assertThat(cpmiec.kind()).isEqualTo(EntryKind.ENTITY);
    assertThat(cpmiec.programs()).containsExactly("NPWMD", "IFSR");
    assertThat(cpmiec.addresses()).containsExactly("No. 30 Haidian Nanlu, Beijing, China");
    assertThat(cpmiec.countries()).containsExactly("CN");
    // The shared README: 252 SDN entries have an address in China, 134 of them not individuals.
    List<ListEntry> inChina =
        s.entries().stream()
            .filter(e -> e.addresses().stream().anyMatch(a -> a.matches("(.*, )?China")))
            .toList();
    assertThat(inChina).hasSize(252);
    assertThat(inChina.stream().filter(e -> e.kind() != EntryKind.INDIVIDUAL)).hasSize(134);
    assertThat(s.entries().stream().filter(e -> e.details().containsKey("remarksExtended")))
        .extracting(ListEntry::id)
        .containsExactlyInAnyOrder(
            "US-SDN-12300", "US-SDN-28263", "US-SDN-28264", "US-SDN-29703", "US-SDN-30518");
  }

  @Test
  void theSdnFilesAndTheirHashesAreTheSources() {
    ListSnapshot s = load(SDN);
    assertThat(s.sources())
        .extracting(src -> Path.of(src.path()).getFileName().toString(), ListSource::entries)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sdn.csv", 8976),
            org.assertj.core.groups.Tuple.tuple("add.csv", 0),
            org.assertj.core.groups.Tuple.tuple("alt.csv", 0),
            org.assertj.core.groups.Tuple.tuple("sdn_comments.csv", 0));
    assertThat(s.sources().get(0).sha256())
        .isEqualTo("2a08fac873a3be0b92208f8874b2e7c138b7938190eeeb7ef991c15ba60e855b");
    // Neither the files nor a manifest say when they are from.
    assertThat(s.asOf()).isNull();
  }

  @Test
  void theNonSdnFileSplitsIntoItsListsByProgram() {
    ListSnapshot s = load(NON_SDN);
    assertThat(s.entries()).hasSize(442);
    assertThat(s.counts())
        .containsExactly(
            entry("US-CAP", 1),
            entry("US-NS-CMIC", 68),
            entry("US-NS-MBS", 9),
            entry("US-NS-PLC", 78),
            entry("US-SSI", 286));
    assertThat(s.entries().stream().mapToInt(e -> e.aliases().size()).sum()).isEqualTo(1071);
    ListEntry kunlun = entry(s, "US-CAP-15268");
    assertThat(kunlun.name()).isEqualTo("BANK OF KUNLUN CO LTD");
    assertThat(entry(s, "US-NS-MBS-31695").name())
        .isEqualTo("CENTRAL BANK OF THE RUSSIAN FEDERATION");
    assertThat(entry(s, "US-NS-PLC-9639").kind()).isEqualTo(EntryKind.INDIVIDUAL);
    assertThat(s.entries().stream().filter(e -> e.list().equals("US-NS-CMIC")))
        .allSatisfy(e -> assertThat(e.programs()).contains("CMIC-EO13959"));
  }

  @Test
  void theProgramTableNamesTheNonSdnLists() {
    assertThat(OfacPrograms.nonSdnList(List.of("UKRAINE-EO13662", "RUSSIA-EO14024")))
        .isEqualTo("US-SSI");
    assertThat(OfacPrograms.nonSdnList(List.of("SDGT", "NS-PLC"))).isEqualTo("US-NS-PLC");
    assertThat(OfacPrograms.nonSdnList(List.of("FSE-IR"))).isEqualTo("US-FSE");
    assertThat(OfacPrograms.nonSdnList(List.of("CAATSA - RUSSIA"))).isEqualTo("US-NS-MBS");
    assertThat(OfacPrograms.nonSdnList(List.of("SOMETHING-NEW"))).isEqualTo("US-NS");
  }

  @Test
  void windows1252NamesAreDecoded() throws IOException {
    Charset cp1252 = Charset.forName("windows-1252");
    Files.write(
        tmp.resolve("sdn.csv"),
        ("1,\"MÜLLER, Jürgen\",individual,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
                + "\"nationality Germany; Gender Male.\"\r\n"
                + "2,\"SOCIÉTÉ GÉNÉRALE D’ÉTUDES\",-0- ,\"IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- "
                + "\r\n\u001a")
            .getBytes(cp1252));
    Files.write(
        tmp.resolve("add.csv"),
        "2,10,\"Rue de l’Étoile 3\",\"Genève\",\"Switzerland\",-0- \r\n\u001a".getBytes(cp1252));
    Files.write(
        tmp.resolve("alt.csv"), "1,5,\"aka\",\"MUELLER, Juergen\",-0- \r\n\u001a".getBytes(cp1252));
    ListSnapshot s = load(tmp.resolve("sdn.csv"));
    ListEntry person = entry(s, "US-SDN-1");
    assertThat(person.name()).isEqualTo("MÜLLER, Jürgen");
    assertThat(person.aliases()).containsExactly("MUELLER, Juergen");
    assertThat(person.countries()).containsExactly("DE");
    ListEntry company = entry(s, "US-SDN-2");
    assertThat(company.name()).isEqualTo("SOCIÉTÉ GÉNÉRALE D’ÉTUDES");
    assertThat(company.addresses()).containsExactly("Rue de l’Étoile 3, Genève, Switzerland");
    assertThat(company.countries()).containsExactly("CH");
    assertThat(company.details()).isEqualTo(Map.of());
  }
}
