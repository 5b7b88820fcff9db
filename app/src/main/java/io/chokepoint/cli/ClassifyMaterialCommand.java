package io.chokepoint.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.classify.Material;
import io.chokepoint.classify.MaterialReader;
import io.chokepoint.determine.MaterialClassificationFormat;
import io.chokepoint.source.Fields;
import io.chokepoint.source.Issue;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Node;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import io.chokepoint.source.SourceReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint classify material (--element SYMBOL --form FORM [...] | --spec FILE) [--as-of
 * DATE] [--format json|text]}: the PRC control entries of a material on a date.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "material",
    description = "Classify a material under the PRC control lists as of a date.")
public final class ClassifyMaterialCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParentCommand ClassifyCommand parent;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  /** What to classify: a material given by options, or a file. */
  static final class Target {
    @ArgGroup(exclusive = false)
    Described described;

    @Option(
        names = "--spec",
        paramLabel = "FILE",
        description =
            "A material file (YAML or JSON): the material: mapping of a transaction item.")
    Path spec;
  }

  /** A material described by options. */
  static final class Described {
    @Option(
        names = "--element",
        required = true,
        description = "Chemical symbol, e.g. Dy, Ga, Ge, Sb; graphite is C.")
    String element;

    @Option(
        names = "--form",
        required = true,
        description = "ore, concentrate, metal, alloy, oxide, compound, target, magnet or other.")
    String form;

    @Option(names = "--purity", description = "Purity as a fraction, e.g. 0.99999.")
    Double purity;

    @Option(
        names = "--contains",
        split = ",",
        paramLabel = "SYMBOL",
        description = "Other elements contained, e.g. Nd,Fe,B,Dy.")
    List<String> contains;

    @Option(names = "--compound", description = "Chemical formula of a compound, e.g. GaN.")
    String compound;

    @Option(names = "--magnet", description = "Magnet type, e.g. NdFeB or SmCo.")
    String magnet;

    @Option(
        names = "--product",
        description =
            "Deep-processed product that embeds it: motor-assembly, sensor, catalyst, phosphor,"
                + " consumer-product or other.")
    String product;

    @Option(
        names = "--graphite",
        description = "Graphite grade: artificial, natural-flake, spherical, expanded or other.")
    String graphite;

    @Option(names = "--strength-mpa", description = "Strength of graphite in MPa.")
    Double strengthMPa;

    @Option(names = "--density", description = "Density of graphite in g/cm3.")
    Double densityGcm3;
  }

  @Mixin DatedOutput output;

  @Override
  public Integer call() {
    Material material = target.spec != null ? fromFile(target.spec) : fromOptions(target.described);
    LocalDate day = output.day();
    var c = parent.main.home().engine().determiner().materialClassifier().classify(material, day);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        output.json()
            ? MaterialClassificationFormat.toLine(c)
            : MaterialClassificationFormat.text(c));
    return 0;
  }

  private static Material fromFile(Path file) {
    return read(SourceReader.read(file, file.toString()), "invalid material " + file);
  }

  /**
   * A material from a document holding the {@code material:} mapping of a transaction item, or the
   * mapping itself.
   *
   * @param summary what the error says when the material is invalid
   * @throws SourceException naming line and field of every problem
   */
  public static Material read(Node root, String summary) {
    Issues issues = new Issues();
    Fields top = Fields.of(root, issues, null);
    Fields m = top.has("material") ? top.requiredObject("material") : top;
    Material material = m == null ? null : MaterialReader.read(m.withSubject("material"));
    if (m != top) {
      top.end();
    }
    return checked(material, issues, summary);
  }

  private static Material fromOptions(Described d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("element", d.element);
    m.put("form", d.form);
    m.put("purity", d.purity);
    m.put("contains", d.contains);
    m.put("compound", d.compound);
    m.put("magnet", d.magnet);
    m.put("product", d.product);
    m.put("graphite", d.graphite);
    m.put("strengthMPa", d.strengthMPa);
    m.put("densityGcm3", d.densityGcm3);
    m.values().removeIf(v -> v == null);
    String text;
    try {
      text = JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    Issues issues = new Issues();
    Material material =
        MaterialReader.read(
            Fields.of(SourceReader.parse(text, "command line"), issues, "material"));
    // The material was read from JSON made of the options: name the option, not a JSON column.
    List<Issue> byOption =
        issues.toList().stream()
            .map(
                i ->
                    new Issue(
                        Position.ofFile("command line"),
                        null,
                        i.field() == null ? null : OPTIONS.getOrDefault(i.field(), i.field()),
                        i.message()))
            .toList();
    if (!byOption.isEmpty() || material == null) {
      throw new SourceException("invalid material options", byOption);
    }
    return material;
  }

  private static final Map<String, String> OPTIONS =
      Map.of(
          "element", "--element",
          "form", "--form",
          "purity", "--purity",
          "contains", "--contains",
          "product", "--product",
          "graphite", "--graphite",
          "strengthMPa", "--strength-mpa",
          "densityGcm3", "--density");

  private static Material checked(Material m, Issues issues, String summary) {
    if (!issues.isEmpty() || m == null) {
      throw new SourceException(summary, issues.toList());
    }
    return m;
  }
}
