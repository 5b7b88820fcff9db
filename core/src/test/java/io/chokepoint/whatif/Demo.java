package io.chokepoint.whatif;

import io.chokepoint.determine.PartyScreener;
import io.chokepoint.licence.Balance;
import io.chokepoint.licence.LicenceMatcher;
import io.chokepoint.licence.LicenceReader;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.testing.ProjectFiles;
import io.chokepoint.transaction.TransactionReader;
import java.nio.file.Path;
import java.util.List;

/**
 * The shipped rule book, the example catalogue, orders and licences, and the shipped scenarios,
 * read once for the what-if tests. Parties are not screened: the answers rest on what the files
 * state.
 */
final class Demo {
  private static RuleBook book;
  private static Catalogue catalogue;
  private static OrderBook orders;

  private Demo() {}

  static synchronized RuleBook book() {
    if (book == null) {
      book = RuleBookLoader.load(ProjectFiles.regulations());
    }
    return book;
  }

  static TransactionReader transactionReader() {
    return new TransactionReader(ProjectFiles.catalogue(), book().declaredFacts());
  }

  static CatalogueReader catalogueReader() {
    return new CatalogueReader(transactionReader());
  }

  static Path file(String relative) {
    return ProjectFiles.root().resolve(relative);
  }

  static synchronized Catalogue catalogue() {
    if (catalogue == null) {
      catalogue =
          catalogueReader()
              .read(file("examples/orders/catalogue.yaml"), "examples/orders/catalogue.yaml");
    }
    return catalogue;
  }

  static synchronized OrderBook orders() {
    if (orders == null) {
      orders =
          new OrderReader(transactionReader(), catalogue())
              .read(file("examples/orders/orders.yaml"), "examples/orders/orders.yaml");
    }
    return orders;
  }

  static List<LicenceMatcher.Standing> licences() {
    return LicenceReader.read(
            file("examples/orders/licences.yaml"), "examples/orders/licences.yaml")
        .stream()
        .map(l -> new LicenceMatcher.Standing(l, Balance.ZERO))
        .toList();
  }

  static Scenario scenario(String name) {
    return ScenarioReader.read(file("scenarios/" + name + ".yaml"), "scenarios/" + name + ".yaml");
  }

  static WhatIf prepare(String name) {
    return WhatIfSetup.prepare(
        scenario(name),
        new WhatIfSetup.Inputs(
            ProjectFiles.regulations(),
            book(),
            PartyScreener.NONE,
            catalogue(),
            catalogueReader(),
            orders(),
            null,
            licences()));
  }
}
