package io.chokepoint.cli;

import io.chokepoint.content.BillOfMaterials;
import io.chokepoint.content.BomFiles;
import io.chokepoint.determine.ContentReport;
import io.chokepoint.determine.ContentReportFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint content BOM_FILE [--as-of DATE] [--format json|text]}: the Chinese-origin
 * controlled rare-earth share of an item for the PRC 0.1% rule, and the other content shares the
 * rule book declares (US de minimis), line by line (FORMATS.md §4).
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "content",
    description =
        "Roll a bill of materials up into its Chinese rare-earth share (PRC 0.1%% rule) and its US"
            + " de minimis content.")
final class ContentCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "BOM_FILE",
      description =
          "A BOM: YAML or JSON with a top-level item:, or the flat CSV (docs/formats.md).")
  Path file;

  @Mixin DatedOutput output;

  @Override
  public Integer call() {
    BillOfMaterials bom = BomFiles.read(file, file.toString());
    LocalDate day = output.day();
    ContentReport report = main.home().engine().determiner().content(bom, day);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        output.json() ? ContentReportFormat.toLine(report) : ContentReportFormat.text(report));
    return 0;
  }
}
