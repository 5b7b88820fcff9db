package io.chokepoint.determine;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.testing.ProjectFiles;
import io.chokepoint.transaction.Transaction;
import io.chokepoint.transaction.TransactionReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Answers that were once wrong, each pinned by the smallest transaction that showed it. */
class DeterminerRegressionTest {
  private static Determiner determiner;
  private static TransactionReader reader;

  @BeforeAll
  static void load() {
    RuleBook book = RuleBookLoader.load(ProjectFiles.regulations());
    determiner = new Determiner(book);
    reader = new TransactionReader(ProjectFiles.catalogue(), book.declaredFacts());
  }

  private static RegimeDetermination us(String yaml) {
    Transaction t = reader.parse(yaml, "case.yaml").get(0);
    return determiner.determine(t, null).regime("US-EAR");
  }

  private static final String CERTIFIED_H100_TO_CHINA =
      String.join(
          "\n",
          "id: R-1",
          "date: 2026-02-15",
          "route: {from: US, to: CN}",
          "parties:",
          "  - {role: exporter, name: Exporter Inc., country: US}",
          "  - {role: end-user, name: Buyer Ltd., country: CN, headquarters: CN}",
          "facts: {usCommerciallyAvailable: %s, usSupplySufficient: yes, chinaVolumeWithinHalfOfUs: on,",
          "  noProhibitedEndUse: true, consigneeKycScreening: true, usThirdPartyTesting: true}",
          "items:",
          "  - {id: L1, quantity: 1, chip: H100 SXM}");

  @Test
  void yamlYesAndOnAreTrue() {
    assertThat(us(CERTIFIED_H100_TO_CHINA.formatted("yes")).review())
        .isEqualTo(io.chokepoint.rules.ReviewPolicy.CASE_BY_CASE);
    assertThat(us(CERTIFIED_H100_TO_CHINA.formatted("no")).review())
        .isEqualTo(io.chokepoint.rules.ReviewPolicy.PRESUMPTION_OF_DENIAL);
  }

  @Test
  void anInlineSpecThatReusesACatalogueIdIsClassifiedByItsOwnFigures() {
    String catalogue =
        String.join(
            "\n",
            "id: R-2",
            "date: 2024-06-01",
            "route: {from: US, to: CN}",
            "parties: [{role: exporter, name: E, country: US}, {role: end-user, name: B, country: CN, headquarters: CN}]",
            "endUse: {purpose: datacenter}",
            "items: [{id: L1, quantity: 1, chip: H100 SXM}]");
    String inline =
        String.join(
            "\n",
            "id: R-3",
            "date: 2024-06-01",
            "route: {from: US, to: CN}",
            "parties: [{role: exporter, name: E, country: US}, {role: end-user, name: B, country: CN, headquarters: CN}]",
            "endUse: {purpose: datacenter}",
            "items:",
            "  - id: L1",
            "    quantity: 1",
            "    chipSpec: {id: nvidia-h100-sxm5, name: small part, vendor: Example, datacenter: true,",
            "      usTechnology: true, dieAreaMm2: 800, throughput: [{precision: INT8, bits: 8, tops: 10}]}");
    assertThat(us(catalogue).outcome()).isEqualTo(Outcome.LICENSE_REQUIRED);
    assertThat(us(inline).outcome()).isEqualTo(Outcome.NO_LICENSE_REQUIRED);
    assertThat(us(catalogue).outcome()).isEqualTo(Outcome.LICENSE_REQUIRED);
  }

  @Test
  void aFoundryDieWhosePresumptionCannotBeDecidedIsIndeterminate() {
    String die =
        String.join(
            "\n",
            "id: R-4",
            "date: 2025-03-01",
            "route: {from: TW, to: MY}",
            "parties:",
            "  - {role: exporter, name: Foundry Co., country: TW}",
            "  - {role: consignee, name: OSAT Sdn. Bhd., country: MY, headquarters: MY}",
            "items:",
            "  - id: L1",
            "    quantity: 1000",
            "    subjectToEar: true",
            "    chipSpec:",
            "      name: 7 nm logic die",
            "      form: logic-die",
            "      die: {nodeNm: 7, nonPlanar: true, transistorsBillions: 45, hbm: false}",
            "    dueDiligence: {exporterRole: front-end-fabricator}");
    RegimeDetermination d = us(die);
    assertThat(d.outcome()).isEqualTo(Outcome.INDETERMINATE);
    assertThat(d.missingFacts()).contains("items[L1].chip.dueDiligence.approvedIcDesigner");
  }
}
