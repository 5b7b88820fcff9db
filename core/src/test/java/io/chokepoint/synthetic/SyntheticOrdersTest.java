package io.chokepoint.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.determine.PartyScreener;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.testing.ProjectFiles;
import io.chokepoint.transaction.TransactionReader;
import io.chokepoint.whatif.Catalogue;
import io.chokepoint.whatif.CatalogueReader;
import io.chokepoint.whatif.ChangeKind;
import io.chokepoint.whatif.Exposure;
import io.chokepoint.whatif.OrderBook;
import io.chokepoint.whatif.OrderReader;
import io.chokepoint.whatif.ScenarioReader;
import io.chokepoint.whatif.WhatIf;
import io.chokepoint.whatif.WhatIfSetup;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The synthetic orders and catalogue: the same seed gives the same files, slices of the orders add
 * up to the whole, the files read without a problem, and a what-if run over them finds changes of
 * each kind the demo has.
 */
class SyntheticOrdersTest {
  private static final Orders.Options OPTIONS = Orders.Options.of(7, 400);

  @Test
  void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() {
    assertThat(new Orders(OPTIONS).orders()).isEqualTo(new Orders(OPTIONS).orders());
    assertThat(new Orders(OPTIONS).catalogue()).isEqualTo(new Orders(OPTIONS).catalogue());
    assertThat(new Orders(Orders.Options.of(8, 400)).orders())
        .isNotEqualTo(new Orders(OPTIONS).orders());
  }

  @Test
  void slicesOfTheOrdersAddUpToTheWhole() {
    Orders g = new Orders(OPTIONS);
    String whole = body(g.orders());
    String slices = body(g.orders(0, 150)) + body(g.orders(150, 400));

    assertThat(slices).isEqualTo(whole);
    assertThat(whole.lines()).hasSize(400);
  }

  private static String body(String file) {
    return file.substring(file.indexOf("orders:\n") + "orders:\n".length());
  }

  @Test
  void theFilesReadAndAScenarioRunOverThemFindsEveryKindOfChange() {
    RuleBook book = RuleBookLoader.load(ProjectFiles.regulations());
    TransactionReader parts = new TransactionReader(ProjectFiles.catalogue(), book.declaredFacts());
    CatalogueReader catalogueReader = new CatalogueReader(parts);
    Orders g = new Orders(new Orders.Options(7, 400, 60, 90, 4, OPTIONS.firstDate(), 120, 3, 2));
    Catalogue catalogue = catalogueReader.parse(g.catalogue(), "synthetic-catalogue.yaml");
    OrderBook orders = new OrderReader(parts, catalogue).parse(g.orders(), "synthetic-orders.yaml");
    WhatIf run =
        WhatIfSetup.prepare(
            ScenarioReader.read(
                ProjectFiles.root().resolve("scenarios/ann61-lapses.yaml"), "ann61-lapses.yaml"),
            new WhatIfSetup.Inputs(
                ProjectFiles.regulations(),
                book,
                PartyScreener.NONE,
                catalogue,
                catalogueReader,
                orders,
                null,
                List.of()));

    Exposure e = Exposure.of(orders.orders().stream().map(run::run).toList());

    assertThat(catalogue.products()).hasSize(60);
    assertThat(orders.orders()).hasSize(400);
    assertThat(e.orders()).isEqualTo(400);
    assertThat(e.changedOrders()).isBetween(20, 380);
    assertThat(e.changes()).containsKeys(ChangeKind.NEWLY_REQUIRED, ChangeKind.NEWLY_INDETERMINATE);
    assertThat(e.byRegime()).containsOnlyKeys("CN-ECL");
  }
}
