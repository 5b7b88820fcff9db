package io.chokepoint.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.source.Issue;
import io.chokepoint.source.SourceException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Licence files: what they read into, and every kind of error with its line and field. */
class LicenceReaderTest {
  static final String FILE =
      String.join(
          "\n",
          "licences:",
          "  - number: D1234567",
          "    kind: bis-licence",
          "    holder: Pacific Compute Distribution Inc.",
          "    items:",
          "      - {regime: US-EAR, code: 3A090.a}",
          "    consignees: [{name: 'Shanghai Yunhai Datacenter Co., Ltd.', country: CN}]",
          "    endUsers: [{name: 'Shanghai Yunhai Datacenter Co., Ltd.', country: CN, otherNames: [上海云海数据中心有限公司]}]",
          "    countries: [CN]",
          "    quantity: 100",
          "    value: {amount: 2500000.00, currency: USD}",
          "    validFrom: 2026-01-20",
          "    validTo: 2030-01-19",
          "    conditions:",
          "      - rider: No re-export without prior BIS authorisation",
          "      - shareCap: {id: cn-half-of-us, measure: quantity, capped: [CN, MO], share: 0.5, reference: [US], citation: 91 FR 1684}",
          "    application: APP-1",
          "  - number: GL-2025-0042",
          "    kind: prc-general",
          "    holder: Ningbo Permanent Magnet Works Co. Ltd.",
          "    items: [{regime: CN-ECL, code: 1C905}, {description: rotor assemblies}]",
          "    validFrom: 2025-12-02",
          "    validTo: 2026-12-01",
          "    status: suspended",
          "");

  @Test
  void readsAListOfLicences() {
    List<Licence> ls = LicenceReader.parse(FILE, "licences.yaml");
    assertThat(ls).hasSize(2);
    Licence d = ls.get(0);
    assertThat(d.kind()).isEqualTo(LicenceKind.BIS_LICENCE);
    assertThat(d.authority()).isEqualTo(Authority.BIS);
    assertThat(d.valueLimit().amount()).isEqualByComparingTo("2500000");
    assertThat(d.shareCaps())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.share()).isEqualByComparingTo("0.5");
              assertThat(c.capped()).containsExactlyInAnyOrder("CN", "MO");
            });
    assertThat(d.riders()).containsExactly("No re-export without prior BIS authorisation");
    assertThat(d.endUsers().get(0).otherNames()).containsExactly("上海云海数据中心有限公司");
    Licence g = ls.get(1);
    assertThat(g.status()).isEqualTo(LicenceStatus.SUSPENDED);
    assertThat(g.consignees()).isEmpty();
    assertThat(g.quantityLimit()).isNull();
    assertThat(g.items())
        .extracting(CoveredItem::label)
        .containsExactly("CN-ECL 1C905", "'rotor assemblies'");
  }

  @Test
  void theOutputFormatReadsBackUnchanged() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (Licence l : LicenceReader.parse(FILE, "licences.yaml")) {
      String text = json.writeValueAsString(LicenceFormat.licence(l));
      assertThat(LicenceReader.parse(text, "l.json")).containsExactly(l);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown key       | '    validTo: 2030-01-19'                 | '    validTo: 2030-01-19\n    expires: 2030-01-19' | 14 | expires    | unknown key 'expires'",
        "bad kind          | 'kind: bis-licence'                      | 'kind: bis'                                      | 3  | kind       | unknown value 'bis'",
        "wrong regime      | '{regime: US-EAR, code: 3A090.a}'        | '{regime: CN-ECL, code: 1C902}'                  | 6  | regime     | a BIS licence covers US-EAR codes, not CN-ECL",
        "bad country       | 'countries: [CN]'                        | 'countries: [China]'                             | 9  | countries  | unknown country code 'China'",
        "negative quantity | 'quantity: 100'                          | 'quantity: -5'                                   | 10 | quantity   | must not be negative",
        "bad date          | 'validFrom: 2026-01-20'                  | 'validFrom: 2026-02-30'                          | 12 | validFrom  | bad date '2026-02-30'",
        "dates reversed    | 'validTo: 2030-01-19'                    | 'validTo: 2020-01-19'                            | 13 | validTo    | is before validFrom",
        "bad share         | 'share: 0.5'                             | 'share: 0'                                       | 16 | share      | share must be positive",
        "bad measure       | 'measure: quantity'                      | 'measure: units'                                 | 16 | measure    | unknown value 'units'",
        "bad currency      | 'currency: USD'                          | 'currency: usd'                                  | 11 | currency   | unknown currency 'usd'",
      })
  void errorsNameLineAndField(
      String name, String from, String to, int line, String field, String message) {
    String broken = FILE.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
    assertThat(broken).as("the edit applies").isNotEqualTo(FILE);
    assertThatThrownBy(() -> LicenceReader.parse(broken, "licences.yaml"))
        .isInstanceOfSatisfying(
            SourceException.class,
            e -> {
              assertThat(e.issues()).as(e.getMessage()).isNotEmpty();
              Issue i = e.issues().get(0);
              assertThat(i.position().file()).isEqualTo("licences.yaml");
              assertThat(i.position().line()).as(e.getMessage()).isEqualTo(line);
              assertThat(i.field()).as(e.getMessage()).contains(field);
              assertThat(i.message()).contains(message);
            });
  }

  @Test
  void duplicateNumbersAreAnError() {
    String twice = FILE.replace("GL-2025-0042", "D1234567");
    assertThatThrownBy(() -> LicenceReader.parse(twice, "licences.yaml"))
        .hasMessageContaining("licence number D1234567 is also used at line 2");
  }

  @Test
  void aSingleLicenceNeedsNoList() {
    String one =
        "number: X-1\nkind: internal\nholder: Acme\nitems: [{description: samples}]\n"
            + "validFrom: 2026-01-01\nvalidTo: 2026-12-31\nquantity: 2.5\n";
    Licence l = LicenceReader.parse(one, "one.yaml").get(0);
    assertThat(l.quantityLimit()).isEqualTo(new BigDecimal("2.5"));
    assertThat(l.authority().regime()).isNull();
  }

  @Test
  void jsonToo() {
    String one =
        "{\"number\": \"X-1\", \"kind\": \"aca\", \"holder\": \"Acme\", \"items\": [{\"regime\":"
            + " \"US-EAR\", \"code\": \"4A090\"}], \"validFrom\": \"2026-01-01\", \"validTo\":"
            + " \"2026-12-31\", \"colour\": \"red\"}";
    assertThatThrownBy(() -> LicenceReader.parse(one, "one.json"))
        .hasMessageContaining("one.json:1:")
        .hasMessageContaining("unknown key 'colour'");
  }
}
