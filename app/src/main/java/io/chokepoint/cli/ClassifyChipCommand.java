package io.chokepoint.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.classify.ChipClassification;
import io.chokepoint.classify.ChipClassifier;
import io.chokepoint.classify.ChipSpec;
import io.chokepoint.classify.ChipSpecReader;
import io.chokepoint.source.Fields;
import io.chokepoint.source.Issue;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import io.chokepoint.source.SourceReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint classify chip (NAME | --spec FILE | --all) [--as-of DATE] [--format
 * json|text]}: the ECCN of a chip under the rules in force on a date (FORMATS.md §3).
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "chip",
    description = "Classify a chip under ECCN 3A090/4A090 as of a date.")
public final class ClassifyChipCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParentCommand ClassifyCommand parent;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  /** What to classify. */
  static final class Target {
    @Parameters(paramLabel = "NAME", description = "A chip name or alias from the catalogue.")
    String name;

    @Option(names = "--spec", paramLabel = "FILE", description = "A chip spec file (YAML or JSON).")
    Path spec;

    @Option(names = "--all", description = "Every chip in the catalogue.")
    boolean all;
  }

  @Mixin DatedOutput output;

  @Override
  public Integer call() {
    Home home = parent.main.home();
    LocalDate day = output.day();
    List<ChipSpec> chips = new ArrayList<>();
    if (target.all) {
      chips.addAll(home.catalogue().chips());
    } else if (target.spec != null) {
      Issues issues = new Issues();
      ChipSpec s =
          ChipSpecReader.read(
              Fields.of(SourceReader.read(target.spec, target.spec.toString()), issues, null),
              false);
      if (!issues.isEmpty() || s == null) {
        throw new SourceException("invalid chip spec " + target.spec, issues.toList());
      }
      chips.add(s);
    } else {
      ChipSpec s = home.catalogue().find(target.name).orElse(null);
      if (s == null) {
        throw new SourceException(
            "unknown chip",
            List.of(
                new Issue(
                    Position.ofFile("command line"),
                    null,
                    "NAME",
                    "'" + target.name + "' is not in the chip catalogue; use --spec FILE")));
      }
      chips.add(s);
    }
    ChipClassifier classifier = home.engine().determiner().chipClassifier();
    PrintWriter out = spec.commandLine().getOut();
    for (ChipSpec s : chips) {
      ChipClassification c = classifier.classify(s, day);
      out.println(output.json() ? json(c) : text(c));
    }
    return 0;
  }

  /** A classification as {@code classify chip} prints it (docs/formats.md §3.2). */
  public static String json(ChipClassification c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.name());
    m.put("asOf", c.asOf().toString());
    m.put("tpp", c.tpp());
    m.put(
        "performanceDensity",
        c.performanceDensity() == null ? null : round(c.performanceDensity()));
    m.put("eccn", c.eccn());
    m.put("datacenter", c.datacenter());
    m.put("rule", c.rule());
    m.put("trace", c.trace());
    m.put("decidedBy", c.decidedBy());
    if (c.hbmBandwidthDensity() != null) {
      m.put("hbmBandwidthDensity", round(c.hbmBandwidthDensity()));
    }
    m.put("missingFacts", c.missingFacts());
    m.put("caveats", c.caveats());
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(ChipClassification c) {
    StringBuilder sb = new StringBuilder();
    sb.append(c.name()).append(" as of ").append(c.asOf()).append(": ").append(c.eccn());
    if (c.rule() != null) {
      sb.append(" (").append(c.rule()).append(')');
    }
    sb.append('\n');
    c.trace().forEach(t -> sb.append("  ").append(t).append('\n'));
    c.missingFacts().forEach(m -> sb.append("  missing: ").append(m).append('\n'));
    c.caveats().forEach(m -> sb.append("  caveat: ").append(m).append('\n'));
    return sb.toString();
  }

  private static double round(double d) {
    return Math.round(d * 100.0) / 100.0;
  }
}
