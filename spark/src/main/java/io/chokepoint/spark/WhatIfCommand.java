package io.chokepoint.spark;

import io.chokepoint.spark.engine.ShippedLists;
import io.chokepoint.spark.engine.ShippedRuleBook;
import io.chokepoint.spark.whatif.ShippedWhatIf;
import io.chokepoint.whatif.Exposure;
import io.chokepoint.whatif.Order;
import io.chokepoint.whatif.ReportCsv;
import io.chokepoint.whatif.ReportHtml;
import io.chokepoint.whatif.ReportJson;
import io.chokepoint.whatif.ReportText;
import io.chokepoint.whatif.WhatIf;
import io.chokepoint.whatif.WhatIfReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code chokepoint-spark whatif --scenario FILE|NAME --orders FILE --catalogue FILE …}: {@code
 * chokepoint whatif} (docs/whatif.md) with the orders run in Spark partitions ({@link
 * ShippedWhatIf}): the same report on stdout and the same files under {@code --out}.
 */
@Command(
    name = "whatif",
    mixinStandardHelpOptions = true,
    description =
        "Re-run the open orders under a scenario, in Spark partitions: chokepoint whatif.")
final class WhatIfCommand implements Callable<Integer> {
  @ParentCommand SparkMain main;

  @Option(
      names = "--scenario",
      required = true,
      paramLabel = "FILE|NAME",
      description = "A scenario file, or the name of one in HOME/scenarios/.")
  String scenario;

  @Option(names = "--orders", required = true, paramLabel = "FILE", description = "Open orders.")
  Path orders;

  @Option(
      names = "--catalogue",
      required = true,
      paramLabel = "FILE",
      description = "The product catalogue.")
  Path catalogue;

  @Option(names = "--licences", paramLabel = "FILE", description = "Licence files.")
  List<Path> licences = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluation date.")
  LocalDate asOf;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write report.html, changes.csv, summary.json and changed-orders.json here.")
  Path out;

  @Option(names = "--format", defaultValue = "text", description = "text or json (one line).")
  String format;

  @Option(names = "--lists", paramLabel = "PATH", description = "More lists to screen against.")
  List<Path> lists = new ArrayList<>();

  @Option(names = "--no-screening", description = "Do not screen the parties.")
  boolean noScreening;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("text") && !format.equals("json")) {
      throw new IllegalArgumentException("--format is text or json, not " + format);
    }
    Path scenarioFile = Path.of(scenario);
    if (!Files.isRegularFile(scenarioFile)) {
      scenarioFile = main.home().resolve("scenarios").resolve(scenario + ".yaml");
    }
    List<Path> missing = new ArrayList<>();
    for (Path p : concat(List.of(scenarioFile, orders, catalogue), licences)) {
      if (!Files.isRegularFile(p)) {
        missing.add(p);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("not found: " + missing);
    }
    ShippedRuleBook rules =
        ShippedRuleBook.activate(
            main.home().resolve("regulations"), main.home().resolve("data/chips.yaml"));
    ShippedLists shipped = null;
    if (!noScreening) {
      shipped =
          ShippedLists.of(main.lists(concat(List.of(main.home().resolve("data/lists")), lists)));
    }
    ShippedWhatIf packed =
        ShippedWhatIf.of(rules, shipped, scenarioFile, catalogue, orders, licences, asOf);
    ShippedWhatIf.Prepared prepared = packed.prepared(); // invalid input fails here, on the driver
    Exposure exposure;
    try (SparkMain.Session s = main.session("chokepoint whatif")) {
      exposure = packed.run(s.spark());
    }
    WhatIfReport report =
        WhatIfReport.of(
            prepared.run(),
            exposure,
            asOf != null ? asOf : LocalDate.now(),
            asOf == null,
            orders.toString(),
            catalogue.toString());
    if (out != null) {
      Files.createDirectories(out);
      Files.writeString(out.resolve("report.html"), ReportHtml.write(report));
      Files.writeString(out.resolve("changes.csv"), ReportCsv.write(report));
      Files.writeString(out.resolve("summary.json"), ReportJson.pretty(report) + "\n");
      Files.writeString(
          out.resolve("changed-orders.json"), changedOrders(prepared.run(), prepared, exposure));
    }
    PrintWriter stdout = main.spec.commandLine().getOut();
    if (format.equals("json")) {
      stdout.println(ReportJson.line(report));
    } else {
      stdout.print(ReportText.write(report));
      if (out != null) {
        stdout.println(
            "Report: " + out.resolve("report.html") + " (with changes.csv, summary.json)");
      }
    }
    stdout.flush();
    return 0;
  }

  /** The changed orders as the scenario ships them, one transaction file, as the CLI writes it. */
  private static String changedOrders(
      WhatIf run, ShippedWhatIf.Prepared prepared, Exposure exposure) {
    Map<String, Order> byId = new HashMap<>();
    prepared.book().orders().forEach(o -> byId.put(o.id(), o));
    StringBuilder sb = new StringBuilder("{\"transactions\":[");
    for (int i = 0; i < exposure.changed().size(); i++) {
      Order o = byId.get(exposure.changed().get(i).order());
      sb.append(i == 0 ? "\n" : ",\n").append(run.scenarioTransaction(o).input());
    }
    return sb.append("\n]}\n").toString();
  }

  private static List<Path> concat(List<Path> a, List<Path> b) {
    List<Path> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
