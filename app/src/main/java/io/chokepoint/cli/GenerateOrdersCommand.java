package io.chokepoint.cli;

import io.chokepoint.synthetic.Orders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint generate-orders --out DIR [--seed N] [--orders N] ...}: writes seeded synthetic
 * open orders and a product catalogue with bills of materials ({@code DIR/orders.yaml}, {@code
 * DIR/catalogue.yaml}) for benchmarks of {@code chokepoint whatif}. The same options write the same
 * files.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "generate-orders",
    description =
        "Write seeded synthetic orders and a catalogue with BOMs (orders.yaml, catalogue.yaml)"
            + " for what-if benchmarks.")
final class GenerateOrdersCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write.")
  Path out;

  @Option(names = "--seed", defaultValue = "1", description = "The seed (default: 1).")
  long seed;

  @Option(names = "--orders", defaultValue = "1000", description = "Orders (default: 1000).")
  int orders;

  @Option(names = "--products", defaultValue = "200", description = "Products (default: 200).")
  int products;

  @Option(names = "--customers", defaultValue = "500", description = "Customers (default: 500).")
  int customers;

  @Option(
      names = "--suppliers",
      defaultValue = "12",
      description = "Magnet suppliers, named 'Magnet Supplier 01'... (default: 12).")
  int suppliers;

  @Option(
      names = "--from",
      defaultValue = "2026-12-01",
      paramLabel = "DATE",
      description = "The first shipment date (default: 2026-12-01).")
  LocalDate from;

  @Option(
      names = "--days",
      defaultValue = "180",
      description = "Days the shipments spread over (default: 180).")
  int days;

  @Option(
      names = "--max-lines",
      defaultValue = "3",
      description = "The most lines an order has (default: 3).")
  int maxLines;

  @Option(
      names = "--bom-filler",
      defaultValue = "0",
      description = "Extra process lines in every bill of materials (default: 0).")
  int filler;

  @Override
  public Integer call() throws IOException {
    Orders.Options options;
    try {
      options =
          new Orders.Options(
              seed, orders, products, customers, suppliers, from, days, maxLines, filler);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("chokepoint: " + e.getMessage());
      return Main.INVALID_INPUT;
    }
    Orders g = new Orders(options);
    Files.createDirectories(out);
    Files.writeString(out.resolve("catalogue.yaml"), g.catalogue());
    Files.writeString(out.resolve("orders.yaml"), g.orders());
    spec.commandLine()
        .getOut()
        .println(
            "wrote "
                + orders
                + " orders to "
                + out.resolve("orders.yaml")
                + " and "
                + products
                + " products to "
                + out.resolve("catalogue.yaml")
                + " (seed "
                + seed
                + ")");
    return 0;
  }
}
