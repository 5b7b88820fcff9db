package io.chokepoint.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chokepoint.content.BomLine;
import io.chokepoint.determine.DeterminationJson;
import io.chokepoint.determine.Determiner;
import io.chokepoint.source.Issue;
import io.chokepoint.source.SourceException;
import io.chokepoint.transaction.Transaction;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Order files and catalogues: what they read as, the errors with file, line and field, a catalogue
 * change by supplier, and the transaction an order composes into, which reads back from its own
 * canonical input with the same answer.
 */
class OrdersAndCatalogueTest {
  private static final String CATALOGUE =
      """
      products:
        - sku: MAG-1
          description: Magnet module
          origin: DE
          unitValue: {amount: 1000.00, currency: USD}
          material: {element: Nd, form: magnet, magnet: NdFeB, contains: [Fe, B, Dy]}
          bom:
            - part: segments
              supplier: Hokuto
              origin: JP
              value: {amount: 500.00, currency: USD}
              bom:
                - {part: Dy-Fe alloy, element: Dy, form: alloy, contains: [Fe], origin: JP, value: {amount: 20.00, currency: USD}}
                - {part: machining, value: {amount: 100.00, currency: USD}}
            - {part: housing, supplier: Acme, origin: DE, value: {amount: 300.00, currency: USD}}
        - {sku: GPU-1, chip: H100 SXM, unitValue: {amount: 25000, currency: USD}}
      """;

  private static List<Issue> problems(Supplier<?> read) {
    try {
      read.get();
    } catch (SourceException e) {
      return e.issues();
    }
    throw new AssertionError("expected the input to be rejected");
  }

  private static Catalogue catalogue() {
    return Demo.catalogueReader().parse(CATALOGUE, "cat.yaml");
  }

  @Test
  void aProductIsAnItemWithItsSuppliersTakenOut() {
    Product p = catalogue().product("MAG-1").orElseThrow();

    assertThat(p.suppliers()).containsExactlyInAnyOrder("Hokuto", "Acme");
    assertThat(p.item().bom()).hasSize(2);
    assertThat(p.itemNode().toString()).doesNotContain("supplier");
    assertThat(p.bom().unitValue().amount()).isEqualByComparingTo("1000");
    assertThat(catalogue().product("GPU-1").orElseThrow().bom()).isNull();
  }

  @Test
  void catalogueErrorsNameFileLineAndField() {
    List<Issue> issues =
        problems(
            () ->
                Demo.catalogueReader()
                    .parse(
                        """
                        products:
                          - {sku: A-1, chip: H100 SXM, unitValue: {amount: 1, currency: USD}}
                          - {sku: A-1, chip: H100 SXM, unitValue: {amount: 1, currency: USD}}
                          - {sku: "B 2", chip: No Such Chip, colour: red}
                          - sku: C-3
                            unitValue: {amount: 10, currency: USD}
                            bom:
                              - {part: x, supplier: [not, a, name], value: {amount: 20, currency: USD}}
                        """,
                        "cat.yaml"));

    assertThat(issues)
        .extracting(i -> i.position().line() + ": " + i.message())
        .anyMatch(m -> m.startsWith("4: a product needs a unitValue"))
        .anyMatch(m -> m.startsWith("3: duplicate sku 'A-1'"))
        .anyMatch(m -> m.startsWith("4: a sku is letters"))
        .anyMatch(m -> m.contains("unknown chip 'No Such Chip'"))
        .anyMatch(m -> m.contains("unknown key 'colour'"))
        .anyMatch(m -> m.startsWith("8: supplier must be a name"));
    assertThat(issues).allSatisfy(i -> assertThat(i.position().file()).isEqualTo("cat.yaml"));
  }

  @Test
  void orderErrorsNameFileLineAndField() {
    List<Issue> issues =
        problems(
            () ->
                new OrderReader(Demo.transactionReader(), catalogue())
                    .parse(
                        """
                        exporters:
                          - {id: EX, name: Exporter GmbH, country: DE}
                          - {id: EX2, name: Other GmbH, country: DE, role: exporter}
                        customers:
                          - {id: C1, name: Customer KK, country: JP}
                        orders:
                          - {id: O1, date: 2026-12-01, exporter: EX, customer: C9, lines: [{product: MAG-1, quantity: 1}]}
                          - {id: O2, date: 2026-12-01, customer: C1, lines: [{product: NOPE, quantity: 1}]}
                          - {id: O3, date: 2026-12-01, exporter: EX, customer: C1, to: XX, endUse: {purpose: cooking}, lines: []}
                          - {id: O4, date: 2026-12-01, exporter: EX, customer: C1, facts: {noSuchFact: true}, lines: [{product: MAG-1, quantity: 0}]}
                        """,
                        "orders.yaml"));

    assertThat(issues)
        .extracting(i -> i.position().line() + ": " + i.message())
        .anyMatch(m -> m.startsWith("3: an exporter's role is exporter"))
        .anyMatch(m -> m.startsWith("7: no customer with id 'C9'"))
        .anyMatch(m -> m.startsWith("8: name the exporter"))
        .anyMatch(m -> m.startsWith("8: no product 'NOPE'"))
        .anyMatch(m -> m.startsWith("9: unknown country code 'XX'"))
        .anyMatch(m -> m.startsWith("9: unknown value 'cooking'"))
        .anyMatch(m -> m.startsWith("9: an order needs at least one line"))
        .anyMatch(m -> m.startsWith("10: unknown fact 'noSuchFact'"))
        .anyMatch(m -> m.startsWith("10: quantity must be greater than zero"));
  }

  @Test
  void aSupplierSwitchChangesItsLinesAndTheLinesBeneathThem() {
    Scenario s =
        ScenarioReader.parse(
            """
            name: switch
            title: Switch
            scenario:
              catalogue:
                - {supplier: Hokuto, origin: CN, newSupplier: Hokuto (China)}
            """,
            "switch.yaml");
    Catalogue base = catalogue();
    Catalogue changed = base.amend(s.scenarioCatalogue(), Demo.catalogueReader());

    Product p = changed.product("MAG-1").orElseThrow();
    BomLine segments = p.item().bom().get(0);
    assertThat(segments.origin()).isEqualTo("CN");
    assertThat(segments.bom()).extracting(BomLine::origin).containsExactly("CN", "CN");
    assertThat(p.item().bom().get(1).origin()).as("Acme's housing").isEqualTo("DE");
    assertThat(p.suppliers()).containsExactlyInAnyOrder("Hokuto (China)", "Acme");
    assertThat(changed.product("GPU-1").orElseThrow())
        .as("a product the change does not touch is the same product")
        .isSameAs(base.product("GPU-1").orElseThrow());
  }

  @Test
  void aCatalogueChangeThatMatchesNothingIsAnErrorAtItsLine() {
    Scenario s =
        ScenarioReader.parse(
            """
            name: nobody
            title: Nobody
            scenario:
              catalogue:
                - {supplier: Nobody, origin: CN}
                - {supplier: Hokuto, products: [NOPE], origin: CN}
            """,
            "nobody.yaml");

    assertThatThrownBy(() -> catalogue().amend(s.scenarioCatalogue(), Demo.catalogueReader()))
        .isInstanceOf(SourceException.class)
        .satisfies(
            e ->
                assertThat(((SourceException) e).issues())
                    .extracting(i -> i.position() + " " + i.message())
                    .contains(
                        "nobody.yaml:5:7 no bill-of-materials line in cat.yaml is supplied by"
                            + " 'Nobody'",
                        "nobody.yaml:6:7 no product NOPE in cat.yaml"));
  }

  @Test
  void anOrderComposesIntoATransactionThatReadsBackFromItsInputWithTheSameAnswer() {
    Determiner determiner = new Determiner(Demo.book());
    for (Order o : Demo.orders().orders()) {
      Transaction t = OrderComposer.compose(o, Demo.orders(), Demo.catalogue());
      Transaction read = Demo.transactionReader().parse(t.input(), o.id() + ".json").get(0);

      assertThat(read.inputHash()).isEqualTo(t.inputHash());
      assertThat(read.items()).hasSize(o.lines().size());
      assertThat(DeterminationJson.toLine(determiner.determine(read, null)))
          .as(o.id())
          .isEqualTo(DeterminationJson.toLine(determiner.determine(t, null)));
    }
  }
}
