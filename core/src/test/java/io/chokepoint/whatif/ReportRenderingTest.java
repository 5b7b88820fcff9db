package io.chokepoint.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.source.Csv;
import io.chokepoint.source.Issues;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report's three renderings of the Ann. 61 scenario over the demo orders (the HTML page is
 * well-formed and self-contained, the CSV has a row per changed order and regime, the JSON summary
 * carries the figures), and the sums: a report summed by partitions is the report summed at once,
 * whatever the partitions and their order.
 */
class ReportRenderingTest {
  private static WhatIf run;
  private static List<OrderResult> results;
  private static WhatIfReport report;

  @BeforeAll
  static void runTheScenario() {
    run = Demo.prepare("ann61-lapses");
    results = Demo.orders().orders().stream().map(run::run).toList();
    report =
        WhatIfReport.of(
            run,
            Exposure.of(results),
            LocalDate.of(2026, 11, 29),
            true,
            "examples/orders/orders.yaml",
            "examples/orders/catalogue.yaml");
  }

  @Test
  void theHtmlIsWellFormedAndSelfContained() throws Exception {
    String html = ReportHtml.write(report);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));

    assertThat(html).doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:");
    assertThat(html).doesNotContain("<script", "<link", "@import", "<img", "<iframe");
    assertThat(html.replace("url(#hatch)", "")).doesNotContain("url(");
    NodeList svgs = doc.getElementsByTagName("svg");
    List<String> charts = new ArrayList<>();
    for (int i = 0; i < svgs.getLength(); i++) {
      Element svg = (Element) svgs.item(i);
      if (svg.getAttribute("class").equals("bars")) {
        charts.add(svg.getAttribute("aria-label"));
      }
    }
    assertThat(charts)
        .containsExactly(
            "Value at stake by product (USD)", "Value at stake by destination country (USD)");
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("What-if: Ann. 61 suspension lapses on 2026-11-10");
    assertThat(html)
        .contains("TGT-DY-300", "USD 70,800", "newly exhausted", "items[L1].bom[0].bom[1].origin");
  }

  @Test
  void theCsvHasARowPerChangedOrderAndRegime() {
    String csv = ReportCsv.write(report);
    Issues issues = new Issues();
    List<Csv.Record> all = Csv.parse(csv, "changes.csv", issues);
    List<Csv.Record> rows = all.subList(1, all.size());

    assertThat(issues.isEmpty()).isTrue();
    assertThat(csv.lines().findFirst()).contains(String.join(",", ReportCsv.COLUMNS));
    assertThat(rows).hasSize(6);
    assertThat(rows).allSatisfy(r -> assertThat(r.fields()).hasSize(ReportCsv.COLUMNS.size()));
    Csv.Record first = rows.get(0);
    assertThat(first.fields().subList(0, 14))
        .containsExactly(
            "SO-26-1101",
            "2026-12-15",
            "C-FAL",
            "Formosa Advanced Logic Corp.",
            "TW",
            "TGT-DY-300",
            "12000.00",
            "USD",
            "CN-ECL",
            "newly-required",
            "NO_LICENSE_REQUIRED",
            "",
            "LICENSE_REQUIRED",
            "CASE_BY_CASE");
    assertThat(first.fields().get(21))
        .startsWith("cn.2025-61.route-a now fires: fired for item L1");
    assertThat(ReportCsv.cell("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
  }

  @Test
  void theJsonSummaryCarriesTheFigures() throws Exception {
    JsonNode j = new ObjectMapper().readTree(ReportJson.line(report));

    assertThat(j.get("scenario").asText()).isEqualTo("ann61-lapses");
    assertThat(j.at("/baseline/asOf").asText()).isEqualTo("order date");
    assertThat(j.at("/summary/ordersRun").asInt()).isEqualTo(14);
    assertThat(j.at("/summary/changedOrders").asInt()).isEqualTo(6);
    assertThat(j.at("/summary/changes/newly-required").asInt()).isEqualTo(5);
    assertThat(j.at("/summary/atStake/value/USD").decimalValue()).isEqualByComparingTo("97800");
    assertThat(j.at("/summary/inDoubt/orders").asInt()).isEqualTo(1);
    assertThat(j.at("/summary/licencesNewlyExhausted").asInt()).isEqualTo(1);
    assertThat(j.at("/byReview/1/review").asText()).isEqualTo("PRESUMPTION_OF_DENIAL");
    assertThat(j.at("/changedOrders/0/changes/0/rulesStarted/0/id").asText())
        .isEqualTo("cn.2025-61.route-a");
    assertThat(j.at("/licences/0/newOrders").toString())
        .isEqualTo("[\"SO-26-1101\",\"SO-26-1114\"]");
  }

  @Test
  void sumsOfPartitionsInAnyOrderAreTheSumOfTheWhole() {
    Exposure whole = Exposure.of(results);
    Random random = new Random(61);
    for (int trial = 0; trial < 5; trial++) {
      List<OrderResult> shuffled = new ArrayList<>(results);
      Collections.shuffle(shuffled, random);
      int cut = 1 + random.nextInt(shuffled.size() - 1);
      Exposure left = Exposure.of(shuffled.subList(0, cut));
      Exposure right = Exposure.of(shuffled.subList(cut, shuffled.size()));

      assertThat(right.merge(left)).isEqualTo(whole);
      assertThat(left.merge(Exposure.NONE).merge(right)).isEqualTo(whole);
    }
  }

  @Test
  void anOrderRunsTheSameAloneOrAmongOthersOnAnyThread() {
    List<OrderResult> parallel = Demo.orders().orders().parallelStream().map(run::run).toList();

    assertThat(parallel).isEqualTo(results);
    Order last = Demo.orders().orders().get(Demo.orders().orders().size() - 1);
    assertThat(run.run(last)).isEqualTo(results.get(results.size() - 1));
  }
}
