package io.chokepoint.cli;

import io.chokepoint.determine.PartyScreener;
import io.chokepoint.golden.RuleBookActivator;
import io.chokepoint.licence.Balance;
import io.chokepoint.licence.LicenceMatcher;
import io.chokepoint.licence.LicenceReader;
import io.chokepoint.transaction.TransactionReader;
import io.chokepoint.whatif.Catalogue;
import io.chokepoint.whatif.CatalogueReader;
import io.chokepoint.whatif.Exposure;
import io.chokepoint.whatif.Order;
import io.chokepoint.whatif.OrderBook;
import io.chokepoint.whatif.OrderReader;
import io.chokepoint.whatif.ReportCsv;
import io.chokepoint.whatif.ReportHtml;
import io.chokepoint.whatif.ReportJson;
import io.chokepoint.whatif.ReportText;
import io.chokepoint.whatif.Scenario;
import io.chokepoint.whatif.ScenarioReader;
import io.chokepoint.whatif.WhatIf;
import io.chokepoint.whatif.WhatIfReport;
import io.chokepoint.whatif.WhatIfSetup;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint whatif --scenario FILE|NAME --orders FILE --catalogue FILE [--licences FILE...]
 * [--as-of DATE] [--out DIR] [--format text|json] [--engine local|spark]}: runs a what-if scenario
 * over the open orders and the product catalogue and reports what changes (docs/whatif.md). Every
 * input is read and validated first; invalid input exits 2 naming file, line and field, and an
 * input that does not exist (a scenario name not in {@code HOME/scenarios/}, a missing file) exits
 * 4.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "whatif",
    description =
        "Re-run the open orders under a scenario (a variant of the law, an as-of date, a changed"
            + " catalogue) and report what changes: CSV, JSON summary and an offline HTML report.")
final class WhatIfCommand implements Callable<Integer> {
  /** Where orders are run. */
  enum Engine {
    /** In this process, on every core: for order books that fit in memory. */
    local,
    /** In Spark partitions: the spark module's SparkMain in a child JVM (docs/spark.md). */
    spark
  }

  @ParentCommand Main main;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--scenario",
      required = true,
      paramLabel = "FILE|NAME",
      description = "A scenario file, or the name of one in HOME/scenarios/ (e.g. ann61-lapses).")
  String scenario;

  @Option(
      names = "--orders",
      required = true,
      paramLabel = "FILE",
      description = "The open orders: exporters, customers and orders (docs/formats.md).")
  Path orders;

  @Option(
      names = "--catalogue",
      required = true,
      paramLabel = "FILE",
      description = "The product catalogue with bills of materials (docs/formats.md).")
  Path catalogue;

  @Option(
      names = "--licences",
      paramLabel = "FILE",
      description = "Licence files whose exhaustion to report (nothing drawn on them yet).")
  List<Path> licences = new ArrayList<>();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "Evaluate every order on this date where the scenario names none (default: each"
              + " order's shipment date); products are compared on it (default: today).")
  LocalDate asOf;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Write report.html, changes.csv, summary.json and changed-orders.json (the changed"
              + " orders as transactions for check) into this directory.")
  Path out;

  @Option(names = "--format", defaultValue = "text", description = "text or json (one line).")
  Format format;

  @Option(
      names = "--engine",
      defaultValue = "local",
      description = "Where the orders are run: ${COMPLETION-CANDIDATES} (default: local).")
  Engine engine;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "With --engine spark: the Spark master (default: local[2]).")
  String master;

  @Mixin ScreeningOptions screening = new ScreeningOptions();

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Path scenarioFile = scenarioFile();
    List<Path> missing = new ArrayList<>();
    Stream.concat(Stream.of(scenarioFile, orders, catalogue), licences.stream())
        .filter(p -> p == null || !Files.isRegularFile(p))
        .forEach(missing::add);
    if (!missing.isEmpty()) {
      err.println("chokepoint: not found: " + (scenarioFile == null ? notFound() : missing));
      return Main.NOT_FOUND;
    }
    Home home = main.home();
    if (engine == Engine.spark) {
      return inSpark(home, scenarioFile);
    }
    Determining determining = screening.determining(home, store);
    RuleBookActivator.Activated shipped = home.engine();
    TransactionReader parts =
        new TransactionReader(home.catalogue(), shipped.ruleBook().declaredFacts());
    Scenario s = ScenarioReader.read(scenarioFile, scenarioFile.toString());
    CatalogueReader catalogueReader = new CatalogueReader(parts);
    Catalogue products = catalogueReader.read(catalogue, catalogue.toString());
    OrderBook book = new OrderReader(parts, products).read(orders, orders.toString());
    List<LicenceMatcher.Standing> standings = new ArrayList<>();
    for (Path f : licences) {
      LicenceReader.read(f, f.toString())
          .forEach(l -> standings.add(new LicenceMatcher.Standing(l, Balance.ZERO)));
    }
    PartyScreener screener = determining.determiner().screener();
    WhatIf run =
        WhatIfSetup.prepare(
            s,
            new WhatIfSetup.Inputs(
                home.rulesDir(),
                shipped.ruleBook(),
                screener,
                products,
                catalogueReader,
                book,
                asOf,
                standings));
    Exposure exposure = run(run, book);
    WhatIfReport report =
        WhatIfReport.of(
            run,
            exposure,
            asOf != null ? asOf : LocalDate.now(),
            asOf == null,
            orders.toString(),
            catalogue.toString());
    PrintWriter stdout = spec.commandLine().getOut();
    if (out != null) {
      write(report, changedTransactions(run, book, exposure));
    }
    if (format == Format.json) {
      stdout.println(ReportJson.line(report));
    } else {
      stdout.print(ReportText.write(report));
      if (out != null) {
        stdout.println(
            "Report: "
                + out.resolve("report.html")
                + " (with changes.csv, summary.json and changed-orders.json)");
      }
    }
    return 0;
  }

  /**
   * Runs the what-if with the spark module's {@code SparkMain whatif} in a child JVM: the same
   * report on stdout and the same files. Parties are screened against the shipped and imported
   * lists and {@code --lists}; reviews recorded in the store are not applied there.
   */
  private int inSpark(Home home, Path scenarioFile) {
    List<String> args = new ArrayList<>(List.of("whatif", "--scenario", scenarioFile.toString()));
    args.addAll(List.of("--orders", orders.toString(), "--catalogue", catalogue.toString()));
    SparkChild.each(args, "--licences", licences);
    if (asOf != null) {
      args.addAll(List.of("--as-of", asOf.toString()));
    }
    if (out != null) {
      args.addAll(List.of("--out", abs(out)));
    }
    args.addAll(List.of("--format", format.name()));
    if (screening.noScreening) {
      args.add("--no-screening");
    } else {
      List<Path> more = new ArrayList<>();
      if (Files.isDirectory(home.importedLists())) {
        more.add(home.importedLists());
      }
      more.addAll(screening.lists);
      SparkChild.each(args, "--lists", more.stream().map(WhatIfCommand::abs).toList());
    }
    return SparkChild.run(home, master, args, spec.commandLine().getOut());
  }

  private static String abs(Path p) {
    return p.toAbsolutePath().toString();
  }

  /** Runs every order on the chosen engine and sums the results. */
  private Exposure run(WhatIf run, OrderBook book) {
    return switch (engine) {
      // Each order is run on its own, so the orders spread over the cores as they come.
      case local -> Exposure.of(book.orders().parallelStream().map(run::run).toList());
      case spark -> throw new IllegalStateException("the Spark engine runs in a child JVM");
    };
  }

  /**
   * The changed orders as the scenario ships them, as one transaction file ({@code transactions:}
   * of canonical inputs): {@code chokepoint check} reads it as it is.
   */
  private static String changedTransactions(WhatIf run, OrderBook book, Exposure exposure) {
    Map<String, Order> byId = new HashMap<>();
    book.orders().forEach(o -> byId.put(o.id(), o));
    StringBuilder sb = new StringBuilder("{\"transactions\":[");
    for (int i = 0; i < exposure.changed().size(); i++) {
      Order o = byId.get(exposure.changed().get(i).order());
      sb.append(i == 0 ? "\n" : ",\n").append(run.scenarioTransaction(o).input());
    }
    return sb.append("\n]}\n").toString();
  }

  private void write(WhatIfReport report, String changedOrders) {
    try {
      Files.createDirectories(out);
      Files.writeString(out.resolve("report.html"), ReportHtml.write(report));
      Files.writeString(out.resolve("changes.csv"), ReportCsv.write(report));
      Files.writeString(out.resolve("summary.json"), ReportJson.pretty(report) + "\n");
      Files.writeString(out.resolve("changed-orders.json"), changedOrders);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + out, e);
    }
  }

  /** The scenario file: the path given, else {@code HOME/scenarios/NAME.yaml}; null if neither. */
  private Path scenarioFile() {
    Path given = Path.of(scenario);
    if (Files.isRegularFile(given)) {
      return given;
    }
    Path named = main.home().root().resolve("scenarios").resolve(scenario + ".yaml");
    return scenario.matches("[a-z0-9][a-z0-9._-]*") && Files.isRegularFile(named) ? named : null;
  }

  private String notFound() {
    Path dir = main.home().root().resolve("scenarios");
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        s.map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".yaml"))
            .map(n -> n.substring(0, n.length() - 5))
            .sorted()
            .forEach(names::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return "no scenario file or name '" + scenario + "' (the shipped scenarios: " + names + ")";
  }
}
