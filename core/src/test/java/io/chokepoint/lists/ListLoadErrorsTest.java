package io.chokepoint.lists;

import static io.chokepoint.lists.ListFixtures.fails;
import static io.chokepoint.lists.ListFixtures.onlyIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.source.Issue;
import io.chokepoint.source.SourceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad input per test, in each format: the load fails as a whole, and the one issue names the
 * file, the line and the field (none for a problem of the whole file: empty, unrecognised, not
 * well-formed XML).
 */
class ListLoadErrorsTest {
  private static final String SIMPLE_HEADER = "id,list,name,aliases,country,source,listedOn,kind\n";
  private static final String SIMPLE_ROW =
      "X-0001,X-TEST,Acme Trading Co.,ACME; 阿克米,CN,Test list 1,2025-01-02,entity\n";
  private static final String SDN_ROW =
      "10,\"ACME TRADING CO\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
  private static final String CSL_HEADER_2019 =
      "source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,"
          + "end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,"
          + "gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,"
          + "source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,"
          + "source_information_url,ids\n";
  private static final String DPL_HEADER =
      "\"Name\"\t\"Street_Address\"\t\"City\"\t\"State\"\t\"Country\"\t\"Postal_Code\"\t"
          + "\"Effective_Date\"\t\"Expiration_Date\"\t\"Standard_Order\"\t\"Last_Update\"\t"
          + "\"Action\"\t\"FR_Citation\"\n";

  @TempDir Path tmp;

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private Path writeBytes(String name, byte[] bytes) throws IOException {
    return Files.write(tmp.resolve(name), bytes);
  }

  private static String un(String entry) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:09.554Z\">\n"
        + "  <INDIVIDUALS>\n"
        + entry
        + "  </INDIVIDUALS>\n"
        + "</CONSOLIDATED_LIST>\n";
  }

  private static String individual(String ref, String listedOn) {
    return "    <INDIVIDUAL>\n"
        + "      <FIRST_NAME>ERIC</FIRST_NAME>\n"
        + "      <SECOND_NAME>BADEGE</SECOND_NAME>\n"
        + "      <UN_LIST_TYPE>DRC</UN_LIST_TYPE>\n"
        + (ref == null ? "" : "      <REFERENCE_NUMBER>" + ref + "</REFERENCE_NUMBER>\n")
        + "      <LISTED_ON>"
        + listedOn
        + "</LISTED_ON>\n"
        + "    </INDIVIDUAL>\n";
  }

  // ---- the simple CSV ----

  @Test
  void aValidSimpleCsvLoads() throws IOException {
    Path f = write("own.csv", SIMPLE_HEADER + SIMPLE_ROW);
    ListEntry e = ListFixtures.load(f).entries().get(0);
    assertThat(e.aliases()).containsExactly("ACME", "阿克米");
    assertThat(e.countries()).containsExactly("CN");
    assertThat(e.kind()).isEqualTo(EntryKind.ENTITY);
  }

  @Test
  void anUnclosedQuote() throws IOException {
    Path f = write("own.csv", SIMPLE_HEADER + SIMPLE_ROW + "X-0002,X-TEST,\"Beta Co.,,CN,,,\n");
    onlyIssue(fails(f), f, 3, "name", "quoted field is not closed");
  }

  @Test
  void aByteThatIsNotUtf8() throws IOException {
    byte[] head =
        (SIMPLE_HEADER + SIMPLE_ROW + "X-0002,X-TEST,Caf").getBytes(StandardCharsets.UTF_8);
    byte[] tail = " Co.,,CN,,,\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xE9; // Latin-1 é in a UTF-8 file
    System.arraycopy(tail, 0, all, head.length + 1, tail.length);
    Path f = writeBytes("own.csv", all);
    onlyIssue(fails(f), f, 3, "name", "not valid UTF-8", "0xE9");
  }

  @Test
  void aRowWithTooFewFields() throws IOException {
    Path f = write("own.csv", SIMPLE_HEADER + "X-0001,X-TEST,Acme,,CN\n");
    onlyIssue(fails(f), f, 2, "source", "5 fields, 8 expected");
  }

  @Test
  void aRowWithTooManyFields() throws IOException {
    Path f = write("own.csv", SIMPLE_HEADER + SIMPLE_ROW.replace("\n", ",extra\n"));
    onlyIssue(fails(f), f, 2, "kind", "9 fields, 8 expected");
  }

  @Test
  void anEmptyRequiredField() throws IOException {
    Path f = write("own.csv", SIMPLE_HEADER + SIMPLE_ROW.replace("Acme Trading Co.", " "));
    onlyIssue(fails(f), f, 2, "name", "required field 'name' is empty");
  }

  @Test
  void aDateThatDoesNotExist() throws IOException {
    Path f = write("own.csv", SIMPLE_HEADER + SIMPLE_ROW.replace("2025-01-02", "2025-02-30"));
    onlyIssue(fails(f), f, 2, "listedOn", "'2025-02-30' is not a date");
  }

  @Test
  void aDuplicateIdInOneFile() throws IOException {
    Path f = write("own.csv", SIMPLE_HEADER + SIMPLE_ROW + SIMPLE_ROW.replace("Acme", "Other"));
    onlyIssue(fails(f), f, 3, "id", "duplicate id 'X-0001' (first on line 2)");
  }

  @Test
  void aDuplicateIdAcrossFiles() throws IOException {
    write("lists/a.csv", SIMPLE_HEADER + SIMPLE_ROW);
    Path b = write("lists/b.csv", SIMPLE_HEADER + SIMPLE_ROW.replace("Acme", "Other"));
    Issue i = onlyIssue(fails(tmp.resolve("lists")), b, 2, "id", "duplicate id X-0001");
    assertThat(i.message()).contains(tmp.resolve("lists/a.csv") + ":2");
  }

  @Test
  void anUnknownColumn() throws IOException {
    Path f = write("own.csv", SIMPLE_HEADER.replace("aliases", "alias") + SIMPLE_ROW);
    Issue i = onlyIssue(fails(f), f, 1, "alias", "unknown column 'alias'");
    assertThat(i.position().column()).isEqualTo(4);
  }

  @Test
  void anUnknownKind() throws IOException {
    Path f = write("own.csv", SIMPLE_HEADER + SIMPLE_ROW.replace(",entity", ",company"));
    onlyIssue(fails(f), f, 2, "kind", "unknown kind 'company'");
  }

  @Test
  void anEmptyFile() throws IOException {
    Path f = write("own.csv", "\n");
    onlyIssue(fails(f), f, 1, null, "the file is empty");
  }

  @Test
  void aFileOfNoKnownFormat() throws IOException {
    Path f = write("names.csv", "name,country\nAcme,CN\n");
    onlyIssue(fails(f), f, 1, null, "unknown list file", "'name,country'");
  }

  @Test
  void aBadFileStopsTheGoodOnesBesideItFromLoading() throws IOException {
    write("lists/a-good.csv", SIMPLE_HEADER + SIMPLE_ROW);
    Path bad =
        write(
            "lists/b-bad.csv",
            SIMPLE_HEADER
                + SIMPLE_ROW.replace("X-0001", "X-0002").replace("2025-01-02", "2 Jan 2025"));
    SourceException e = fails(tmp.resolve("lists"));
    onlyIssue(e, bad, 2, "listedOn", "'2 Jan 2025' is not a date");
  }

  // ---- OFAC ----

  private Path sdnSet(String sdn, String alt) throws IOException {
    write("ofac/sdn.csv", sdn);
    write("ofac/add.csv", "");
    return write("ofac/alt.csv", alt);
  }

  @Test
  void anOfacByteThatIsNotWindows1252() throws IOException {
    sdnSet("", "");
    String text = SDN_ROW.replace("10,", "9,") + SDN_ROW.replace("ACME", "AC\u0081ME");
    // U+0081 is the byte 0x81 in ISO-8859-1, a byte Windows-1252 leaves undefined.
    Path f = writeBytes("ofac/sdn.csv", text.getBytes(StandardCharsets.ISO_8859_1));
    onlyIssue(fails(f), f, 2, "SDN_Name", "not valid windows-1252", "0x81");
  }

  @Test
  void anOfacRowWithTooFewFields() throws IOException {
    sdnSet(SDN_ROW.replace(",-0- \r\n", "\r\n"), "");
    Path f = tmp.resolve("ofac/sdn.csv");
    onlyIssue(fails(f), f, 1, "Remarks", "11 fields, 12 expected");
  }

  @Test
  void anUnknownSdnType() throws IOException {
    sdnSet(SDN_ROW.replace("-0- ,\"SDGT\"", "\"ship\",\"SDGT\""), "");
    Path f = tmp.resolve("ofac/sdn.csv");
    onlyIssue(fails(f), f, 1, "SDN_Type", "unknown SDN_Type 'ship'");
  }

  @Test
  void anAliasOfNoEntry() throws IOException {
    Path alt = sdnSet(SDN_ROW, "10,1,\"aka\",\"ACME\",-0- \r\n11,2,\"aka\",\"BETA\",-0- \r\n");
    onlyIssue(fails(tmp.resolve("ofac")), alt, 2, "ent_num", "no entry 11 in sdn.csv");
  }

  @Test
  void aDuplicateEntNum() throws IOException {
    sdnSet(SDN_ROW + SDN_ROW, "");
    Path f = tmp.resolve("ofac/sdn.csv");
    onlyIssue(fails(f), f, 2, "ent_num", "duplicate ent_num 10 (first on line 1)");
  }

  @Test
  void anEntNumThatIsNotANumber() throws IOException {
    sdnSet(SDN_ROW.replace("10,", "1O,"), "");
    Path f = tmp.resolve("ofac/sdn.csv");
    onlyIssue(fails(f), f, 1, "ent_num", "'1O' is not a number");
  }

  @Test
  void theAliasFileIsMissing() throws IOException {
    Path f = write("ofac/sdn.csv", SDN_ROW);
    write("ofac/add.csv", "");
    Issue i = onlyIssue(fails(f), tmp.resolve("ofac/alt.csv"), 0, null, "missing", "aliases");
    assertThat(i.message()).contains("alt.csv");
  }

  @Test
  void aCompanionFileNamedAlone() throws IOException {
    Path alt = sdnSet(SDN_ROW, "");
    onlyIssue(fails(alt), alt, 0, null, "read with sdn.csv");
  }

  // ---- CSL ----

  /** A 2019-header CSL row for Acme with the source and start date. */
  private static String csl(String source, String startDate) {
    String[] cells = new String[28];
    java.util.Arrays.fill(cells, "");
    cells[0] = source;
    cells[4] = "Acme";
    cells[6] = "\"Beijing, CN\"";
    cells[8] = startDate;
    return String.join(",", cells) + "\n";
  }

  @Test
  void aCslStartDateThatIsNoDate() throws IOException {
    Path f =
        write(
            "csl.csv",
            CSL_HEADER_2019
                + csl("Entity List (EL) - Bureau of Industry and Security", "2020-13-01"));
    onlyIssue(fails(f), f, 2, "start_date", "'2020-13-01' is not a date");
  }

  @Test
  void aCslSourceWithoutAListAbbreviation() throws IOException {
    Path f = write("csl.csv", CSL_HEADER_2019 + csl("Some list", ""));
    onlyIssue(fails(f), f, 2, "source", "unknown source 'Some list'");
  }

  @Test
  void aCslHeaderWithAnUnknownColumn() throws IOException {
    Path f = write("csl.csv", CSL_HEADER_2019.replace(",remarks,", ",comments,"));
    onlyIssue(fails(f), f, 1, "comments", "unknown header", "CSL columns");
  }

  // ---- DPL ----

  @Test
  void aDplEffectiveDateThatDoesNotExist() throws IOException {
    Path f =
        write(
            "dpl.txt",
            DPL_HEADER
                + "\"ACME\"\t\"1 MAIN ST\"\t\"BEIJING\"\t\"\"\t\"CN\"\t\"\"\t\"02/30/2020\"\t\"\"\t\"Y\"\t"
                + "\"2020-03-01\"\t\"\"\t\"85 F.R. 1\"\n");
    onlyIssue(fails(f), f, 2, "Effective_Date", "'02/30/2020' is not a date", "MM/DD/YYYY");
  }

  @Test
  void aDplHeaderWithAColumnMissing() throws IOException {
    Path f = write("dpl.txt", DPL_HEADER.replace("\t\"Action\"", ""));
    onlyIssue(fails(f), f, 1, "FR_Citation", "unknown header");
  }

  // ---- UN XML ----

  @Test
  void anUnListedOnThatIsNoDate() throws IOException {
    Path f = write("un.xml", un(individual("CDi.001", "31/12/2012")));
    onlyIssue(fails(f), f, 9, "LISTED_ON", "'31/12/2012' is not a date");
  }

  @Test
  void anUnEntryWithoutAReferenceNumber() throws IOException {
    Path f = write("un.xml", un(individual(null, "2012-12-31")));
    onlyIssue(fails(f), f, 4, "REFERENCE_NUMBER", "has no REFERENCE_NUMBER");
  }

  @Test
  void xmlThatIsNotWellFormed() throws IOException {
    Path f = write("un.xml", un(individual("CDi.001", "2012-12-31")).replace("</SECOND_NAME>", ""));
    Issue i = onlyIssue(fails(f), f, 10, null, "malformed XML");
    assertThat(i.message()).contains("SECOND_NAME");
  }

  @Test
  void aDtdIsRejectedAndNoEntityIsExpanded() throws IOException {
    Path secret = write("secret.txt", "TOP-SECRET");
    String xml =
        un(individual("CDi.001", "2012-12-31"))
            .replace(
                "<CONSOLIDATED_LIST ",
                "<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM \""
                    + secret.toUri()
                    + "\">]>\n<CONSOLIDATED_LIST ")
            .replace("<FIRST_NAME>ERIC", "<FIRST_NAME>&xxe;");
    Path f = write("un.xml", xml);
    SourceException e = fails(f);
    onlyIssue(e, f, 2, null, "DTD is not allowed");
    assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
  }

  @Test
  void anUnListWithABadGenerationDate() throws IOException {
    Path f =
        write(
            "un.xml",
            un(individual("CDi.001", "2012-12-31"))
                .replace("2026-02-27T00:00:09.554Z", "27 February 2026"));
    onlyIssue(fails(f), f, 2, "dateGenerated", "'27 February 2026' is not a date");
  }

  // ---- the manifest ----

  @Test
  void aManifestNamingAMissingFile() throws IOException {
    write("lists/own.csv", SIMPLE_HEADER + SIMPLE_ROW);
    Path m =
        write(
            "lists/lists.yaml",
            "lists:\n  - file: own.csv\n    format: SIMPLE_CSV\n  - file: gone.csv\n"
                + "    format: SIMPLE_CSV\n");
    onlyIssue(fails(tmp.resolve("lists")), m, 4, "file", "no such file");
  }

  @Test
  void aManifestNamingTheWrongFormat() throws IOException {
    write("lists/own.csv", SIMPLE_HEADER + SIMPLE_ROW);
    Path m = write("lists/lists.yaml", "lists:\n  - file: own.csv\n    format: CSL_CSV\n");
    onlyIssue(
        fails(tmp.resolve("lists")), m, 2, "format", "the manifest says CSL_CSV", "is SIMPLE_CSV");
  }

  @Test
  void aManifestWithAnUnknownKey() throws IOException {
    write("lists/own.csv", SIMPLE_HEADER + SIMPLE_ROW);
    Path m =
        write(
            "lists/lists.yaml",
            "lists:\n  - file: own.csv\n    format: SIMPLE_CSV\n    licence: MIT\n    licnese: MIT\n");
    onlyIssue(fails(tmp.resolve("lists")), m, 5, "lists[0].licnese", "unknown key 'licnese'");
  }

  @Test
  void aManifestDateThatContradictsTheFile() throws IOException {
    write("lists/un.xml", un(individual("CDi.001", "2012-12-31")));
    Path m =
        write(
            "lists/lists.yaml",
            "lists:\n  - file: un.xml\n    format: UN_XML\n    asOf: 2026-03-01\n");
    onlyIssue(
        fails(tmp.resolve("lists")),
        m,
        2,
        "asOf",
        "asOf 2026-03-01 but the file itself is as of 2026-02-27");
  }

  @Test
  void aManifestFileOutsideTheFolder() throws IOException {
    write("own.csv", SIMPLE_HEADER + SIMPLE_ROW);
    Path m = write("lists/lists.yaml", "lists:\n  - file: ../own.csv\n    format: SIMPLE_CSV\n");
    onlyIssue(fails(tmp.resolve("lists")), m, 2, "lists[0].file", "inside the folder");
  }
}
