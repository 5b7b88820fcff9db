package io.chokepoint.rescreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.chokepoint.lists.EntryKind;
import io.chokepoint.source.Issue;
import io.chokepoint.source.SourceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counterparty master reader: its columns, and every error named by file, line and field. */
class CounterpartyCsvTest {
  @TempDir Path dir;

  private Path file(String text) throws IOException {
    Path f = dir.resolve("master.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static List<String> issues(SourceException e) {
    return e.issues().stream().map(Issue::toString).toList();
  }

  @Test
  void readsEveryColumnInAnyOrderWithQuotesBomAndBlanks() throws IOException {
    Path f =
        file(
            "\ufeffName,ID,kind,Country,address\r\n"
                + "\"Huawei Technologies Co., Ltd.\",C1,entity,cn,\"Bantian, Longgang\"\r\n"
                + "华为技术有限公司,C2,,CN,\n"
                + "\"Wang \"\"Wei\"\"\",C3,INDIVIDUAL,,\n");
    CounterpartyMaster m = CounterpartyCsv.read(f);
    assertThat(m.parties())
        .containsExactly(
            new Counterparty(
                "C1", "Huawei Technologies Co., Ltd.", "CN", EntryKind.ENTITY, "Bantian, Longgang"),
            new Counterparty("C2", "华为技术有限公司", "CN", EntryKind.UNKNOWN, null),
            new Counterparty("C3", "Wang \"Wei\"", null, EntryKind.INDIVIDUAL, null));
    assertThat(m.sha256()).startsWith("sha256:").hasSize(71);
    // the same bytes, the same hash; another byte, another hash
    assertThat(CounterpartyCsv.read(f).sha256()).isEqualTo(m.sha256());
    Files.writeString(f, Files.readString(f) + "Acme,C4,,,\n");
    assertThat(CounterpartyCsv.read(f).sha256()).isNotEqualTo(m.sha256());
  }

  @Test
  void aMasterKnownByItsDigestReadsInChunksToTheSameParties() throws IOException {
    // over a megabyte, so that it is cut into chunks: quoted commas, quotes and line breaks,
    // CRLF and LF line ends, a byte-order mark, Chinese names, empty optional fields
    StringBuilder text = new StringBuilder("\ufeffName,ID,kind,Country,address\r\n");
    java.util.Random r = new java.util.Random(20261129);
    for (int i = 0; i < 60_000; i++) {
      String name =
          switch (r.nextInt(4)) {
            case 0 -> "\"Acme " + i + ", Ltd.\"";
            case 1 -> "华为技术有限公司" + i;
            case 2 -> "\"Wang \"\"Wei\"\" " + i + "\"";
            default -> "Plain Trading " + i;
          };
      String address = r.nextInt(5) == 0 ? "\"Unit " + i + "\nLonggang, Shenzhen\"" : "";
      text.append(name)
          .append(",P")
          .append(i)
          .append(',')
          .append(r.nextBoolean() ? "entity" : "")
          .append(',')
          .append(r.nextBoolean() ? "cn" : "")
          .append(',')
          .append(address)
          .append(r.nextBoolean() ? "\r\n" : "\n");
    }
    Path f = file(text.toString());
    assertThat(Files.size(f)).isGreaterThan(2L << 20);
    CounterpartyMaster all = CounterpartyCsv.read(f);
    KnownMaster known = KnownMaster.read(f, all.sha256());
    assertThat(known.size()).isEqualTo(60_000);
    assertThat(known.sha256()).isEqualTo(all.sha256());
    assertThat(known.ids()).isEqualTo(all.parties().stream().map(Counterparty::id).toList());
    // every party, and a few in another order, as the whole read takes them apart
    int[] every = java.util.stream.IntStream.range(0, 60_000).toArray();
    assertThat(known.parties(every)).isEqualTo(all.parties());
    assertThat(known.parties(new int[] {59_999, 0, 17}))
        .containsExactly(all.parties().get(59_999), all.parties().get(0), all.parties().get(17));
    // another digest, or another file: not known, to be read with every check
    assertThat(KnownMaster.read(f, "sha256:00")).isNull();
    Files.writeString(f, text + "Acme,,,,\n");
    assertThat(KnownMaster.read(f, all.sha256())).isNull();
  }

  @Test
  void aKnownMasterWithoutAFinalLineFeedOrWithQuotedIdsReadsTheSame() throws IOException {
    Path f =
        file(
            "id,name,country\r\n"
                + "\"C,1\",\"Acme, Ltd.\",US\r\n"
                + "C2 , \"Wang \"\"Wei\"\"\",\r\n"
                + "C3,\"Line\nbreak\",CN\r\n"
                + "C4,Last,DE\r");
    CounterpartyMaster all = CounterpartyCsv.read(f);
    KnownMaster known = KnownMaster.read(f, all.sha256());
    assertThat(known.ids()).containsExactly("C,1", "C2", "C3", "C4");
    assertThat(known.parties(new int[] {0, 1, 2, 3})).isEqualTo(all.parties());
    // a row as written, taken apart where a delta screens it, is the same party; so is the row
    // rendered from a master read whole
    CounterpartyCsv.RowReader reader = new CounterpartyCsv.RowReader(known.header());
    PartyRows whole = PartyRows.of(all);
    CounterpartyCsv.RowReader standard = new CounterpartyCsv.RowReader(whole.header());
    for (int i = 0; i < 4; i++) {
      assertThat(reader.read(known.row(i))).isEqualTo(all.parties().get(i));
      assertThat(standard.read(whole.row(i))).isEqualTo(all.parties().get(i));
      assertThat(known.rowUtf8(i))
          .isEqualTo(known.row(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(whole.rowUtf8(i))
          .isEqualTo(whole.row(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void everyProblemIsNamedAndNothingIsRead() throws IOException {
    Path f =
        file(
            "id,name,country,kind,segment\n"
                + "C1,Acme,US,entity,retail\n"
                + ",Nameless Id,US,entity,retail\n"
                + "C3,,US,entity,retail\n"
                + "C1,Acme Again,US,entity,retail\n"
                + "C5,Bad Country,XX,entity,retail\n"
                + "C6,Bad Kind,US,company,retail\n"
                + "C7,Ragged\n");
    SourceException e = catchThrowableOfType(SourceException.class, () -> CounterpartyCsv.read(f));
    assertThat(e.getMessage()).startsWith("invalid counterparty master: nothing was screened");
    String file = f.toString();
    assertThat(issues(e))
        .containsExactly(
            file
                + ":1:0: field 'segment': unknown column; the columns are id, name, country,"
                + " kind and address",
            file + ":3:0: field 'id': empty id",
            file + ":4:0: field 'name': empty name",
            file + ":5:0: field 'id': id C1 is used on line 2 already",
            file + ":6:0: field 'country': not an ISO 3166 alpha-2 country code: XX",
            file
                + ":7:0: field 'kind': unknown kind 'company'; the kinds are entity, individual,"
                + " vessel, aircraft",
            file + ":8:0: 2 fields where the header has 5");
  }

  @Test
  void theHeaderNeedsIdAndNameOnce() throws IOException {
    Path f = file("name,name,country\nAcme,Acme,US\n");
    SourceException e = catchThrowableOfType(SourceException.class, () -> CounterpartyCsv.read(f));
    assertThat(issues(e))
        .containsExactly(
            f + ":1:0: field 'name': the column is named twice",
            f + ":1:0: field 'id': the header has no 'id' column");
  }

  @Test
  void anEmptyFileAMissingFileAndBadBytesAreErrors() throws IOException {
    assertThat(
            issues(
                catchThrowableOfType(SourceException.class, () -> CounterpartyCsv.read(file("")))))
        .containsExactly(
            dir.resolve("master.csv") + ": empty file: a header with id and name is needed");
    Path missing = dir.resolve("nope.csv");
    assertThat(
            issues(
                catchThrowableOfType(SourceException.class, () -> CounterpartyCsv.read(missing))))
        .containsExactly(missing + ": no such file");
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, "id,name\nC1,M\u00fcller GmbH\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(
            issues(catchThrowableOfType(SourceException.class, () -> CounterpartyCsv.read(latin1))))
        .containsExactly(latin1 + ": not valid UTF-8");
  }

  @Test
  void anUnclosedQuoteIsNamedWithItsLine() throws IOException {
    Path f = file("id,name\nC1,\"Acme\nC2,Other\n");
    assertThat(issues(catchThrowableOfType(SourceException.class, () -> CounterpartyCsv.read(f))))
        .contains(f + ":2:2: a quoted field is not closed");
  }

  @Test
  void aFileWithThousandsOfBadRowsStopsCollectingAfterAThousand() throws IOException {
    StringBuilder sb = new StringBuilder("id,name\n");
    for (int i = 0; i < 3000; i++) {
      sb.append("C").append(i).append(",\n");
    }
    SourceException e =
        catchThrowableOfType(
            SourceException.class, () -> CounterpartyCsv.read(file(sb.toString())));
    assertThat(e.issues()).hasSize(CounterpartyCsv.MAX_ISSUES + 1);
    assertThat(e.issues().get(CounterpartyCsv.MAX_ISSUES).message())
        .isEqualTo("stopped after 1,000 problems");
  }
}
