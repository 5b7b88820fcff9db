package io.chokepoint.spark.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.determine.ClearedMatches;
import io.chokepoint.determine.PartyScreener;
import io.chokepoint.licence.Balance;
import io.chokepoint.licence.LicenceMatcher;
import io.chokepoint.licence.LicenceReader;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.spark.LocalSpark;
import io.chokepoint.spark.SparkMain;
import io.chokepoint.testing.ProjectFiles;
import io.chokepoint.whatif.Catalogue;
import io.chokepoint.whatif.CatalogueReader;
import io.chokepoint.whatif.Exposure;
import io.chokepoint.whatif.OrderBook;
import io.chokepoint.whatif.OrderReader;
import io.chokepoint.whatif.ReportCsv;
import io.chokepoint.whatif.ReportHtml;
import io.chokepoint.whatif.ReportJson;
import io.chokepoint.whatif.ScenarioReader;
import io.chokepoint.whatif.WhatIf;
import io.chokepoint.whatif.WhatIfReport;
import io.chokepoint.whatif.WhatIfSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chokepoint-spark whatif} gives the in-process what-if's report: the shipped "Ann. 61
 * suspension lapses" scenario over the shipped demo orders, parties screened against the shipped
 * lists, its orders run in Spark partitions and the partitions' sums merged.
 */
class SparkWhatIfTest {
  @Test
  void ann61LapsesInSparkIsTheInProcessReport(@TempDir Path tmp) throws IOException {
    Path root = ProjectFiles.root();
    Path scenario = root.resolve("scenarios/ann61-lapses.yaml");
    Path orders = root.resolve("examples/orders/orders.yaml");
    Path catalogue = root.resolve("examples/orders/catalogue.yaml");
    Path licences = root.resolve("examples/orders/licences.yaml");
    Path out = tmp.resolve("out");
    int code =
        SparkMain.run(
            "--home",
            root.toString(),
            "whatif",
            "--scenario",
            "ann61-lapses",
            "--orders",
            orders.toString(),
            "--catalogue",
            catalogue.toString(),
            "--licences",
            licences.toString(),
            "--out",
            out.toString());
    assertThat(code).isZero();

    // in process, as chokepoint whatif does it
    RuleBook book = RuleBookLoader.load(ProjectFiles.regulations());
    io.chokepoint.transaction.TransactionReader parts =
        new io.chokepoint.transaction.TransactionReader(
            ProjectFiles.catalogue(), book.declaredFacts());
    CatalogueReader cr = new CatalogueReader(parts);
    Catalogue products = cr.read(catalogue, catalogue.toString());
    OrderBook ob = new OrderReader(parts, products).read(orders, orders.toString());
    List<LicenceMatcher.Standing> standings =
        LicenceReader.read(licences, licences.toString()).stream()
            .map(l -> new LicenceMatcher.Standing(l, Balance.ZERO))
            .toList();
    PartyScreener screener =
        PartyScreener.of(LocalSpark.coreScreener(), LocalSpark.lists(), ClearedMatches.NONE);
    WhatIf run =
        WhatIfSetup.prepare(
            ScenarioReader.read(scenario, scenario.toString()),
            new WhatIfSetup.Inputs(
                ProjectFiles.regulations(), book, screener, products, cr, ob, null, standings));
    Exposure e = Exposure.of(ob.orders().stream().map(run::run).toList());
    WhatIfReport r =
        WhatIfReport.of(run, e, LocalDate.now(), true, orders.toString(), catalogue.toString());

    assertThat(e.changedOrders()).isPositive();
    assertThat(Files.readString(out.resolve("summary.json")))
        .isEqualTo(ReportJson.pretty(r) + "\n");
    assertThat(Files.readString(out.resolve("changes.csv"))).isEqualTo(ReportCsv.write(r));
    assertThat(Files.readString(out.resolve("report.html"))).isEqualTo(ReportHtml.write(r));
    assertThat(Files.readString(out.resolve("changed-orders.json"))).contains("\"transactions\"");
  }
}
