package io.chokepoint.whatif;

import io.chokepoint.classify.Elements;
import io.chokepoint.classify.Material;
import io.chokepoint.source.Codes;
import io.chokepoint.source.Fields;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Node;
import io.chokepoint.source.SourceException;
import io.chokepoint.source.SourceReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads scenario files (docs/formats.md, "Scenario files"). Every problem is reported with file,
 * line and field, unknown keys included; a file with any problem yields no scenario. Whether each
 * change matches something in the packs or the catalogue is checked when it is applied.
 */
public final class ScenarioReader {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Pattern REGIME = Pattern.compile("[A-Z]{2,}-[A-Z]{2,}");

  private ScenarioReader() {}

  /**
   * Reads a scenario file.
   *
   * @param file the file
   * @param displayName the name to show in messages
   * @throws SourceException listing every problem
   */
  public static Scenario read(Path file, String displayName) {
    return parse(SourceReader.read(file, displayName), displayName);
  }

  /**
   * Reads a scenario from text; a display name ending in {@code .json} reads JSON.
   *
   * @throws SourceException listing every problem
   */
  public static Scenario parse(String text, String displayName) {
    return parse(SourceReader.parse(text, displayName), displayName);
  }

  private static Scenario parse(Node root, String displayName) {
    Issues issues = new Issues();
    Fields f = Fields.of(root, issues, null);
    String id = f.requiredString("name");
    if (id != null && !ID.matcher(id).matches()) {
      issues.add(f.raw("name"), null, "a scenario name is lower-case letters, digits, . _ -");
    }
    f = f.withSubject(id == null ? "scenario" : "scenario " + id);
    String title = f.requiredString("title");
    String description = f.optionalString("description");
    Fields b = f.object("baseline");
    Scenario.Side baseline =
        b == null
            ? Scenario.Side.unchanged("the shipped rule book and catalogue")
            : side(b, "the shipped rule book and catalogue");
    Fields s = f.requiredObject("scenario");
    Scenario.Side scenario = s == null ? null : side(s, title);
    f.end();
    if (scenario != null
        && scenario.law().isEmpty()
        && scenario.catalogue().isEmpty()
        && (scenario.asOf() == null || scenario.asOf().equals(baseline.asOf()))) {
      issues.add(
          f.raw("scenario"),
          f.subject(),
          "the scenario changes nothing relative to the baseline: give law, catalogue or another"
              + " asOf");
    }
    if (!issues.isEmpty() || id == null || title == null || scenario == null) {
      throw new SourceException("invalid scenario file " + displayName, issues.toList());
    }
    return new Scenario(id, title, description, displayName, baseline, scenario);
  }

  private static Scenario.Side side(Fields f, String defaultLabel) {
    String label = f.optionalString("label");
    LocalDate asOf = f.optionalDate("asOf");
    List<LawChange> law = new ArrayList<>();
    Fields l = f.object("law");
    if (l != null) {
      for (Node n : l.list("suspensions")) {
        add(law, suspension(Fields.of(n, f.issues(), f.subject())));
      }
      for (Node n : l.list("parameters")) {
        add(law, parameter(Fields.of(n, f.issues(), f.subject())));
      }
      for (Node n : l.list("sets")) {
        add(law, set(Fields.of(n, f.issues(), f.subject())));
      }
      for (Node n : l.list("validity")) {
        add(law, validity(Fields.of(n, f.issues(), f.subject())));
      }
      l.end();
    }
    List<CatalogueChange> catalogue = new ArrayList<>();
    for (Node n : f.list("catalogue")) {
      add(catalogue, catalogueChange(Fields.of(n, f.issues(), f.subject())));
    }
    f.end();
    return new Scenario.Side(label == null ? defaultLabel : label, asOf, law, catalogue);
  }

  private static <T> void add(List<T> to, T value) {
    if (value != null) {
      to.add(value);
    }
  }

  private static LawChange suspension(Fields f) {
    int before = f.issues().size();
    String instrument = f.requiredString("instrument");
    List<String> rules = ids(f, "rules");
    LocalDate to = f.optionalDate("to");
    Boolean confirmed = f.optionalBoolean("endConfirmed");
    Boolean lifted = f.optionalBoolean("lifted");
    f.end();
    boolean lift = Boolean.TRUE.equals(lifted);
    if (lift && (to != null || confirmed != null)) {
      f.issues().add(f.node(), f.subject(), "a lifted suspension takes no to or endConfirmed");
    } else if (!lift && to == null && confirmed == null) {
      f.issues().add(f.node(), f.subject(), "say what changes: to, endConfirmed, or lifted: true");
    }
    if (f.issues().size() > before) {
      return null;
    }
    return new LawChange.SuspensionChange(instrument, rules, to, confirmed, lift, f.position());
  }

  private static LawChange parameter(Fields f) {
    int before = f.issues().size();
    String regime = regime(f);
    String name = f.requiredString("name");
    Double value = f.requiredNumber("value");
    LocalDate from = f.requiredDate("from");
    LocalDate to = to(f, from);
    String source = f.optionalString("source");
    f.end();
    if (f.issues().size() > before) {
      return null;
    }
    return new LawChange.ParameterChange(
        regime,
        name,
        value,
        from,
        to,
        source == null ? "what-if scenario " + f.subject() : source,
        f.position());
  }

  private static LawChange set(Fields f) {
    int before = f.issues().size();
    String regime = regime(f);
    String name = f.requiredString("name");
    List<String> add = f.stringList("add");
    List<String> remove = f.stringList("remove");
    LocalDate from = f.requiredDate("from");
    LocalDate to = to(f, from);
    f.end();
    if (add.isEmpty() && remove.isEmpty()) {
      f.issues().add(f.node(), f.subject(), "a set change needs members to add or remove");
    }
    if (f.issues().size() > before) {
      return null;
    }
    return new LawChange.SetChange(regime, name, add, remove, from, to, f.position());
  }

  private static LawChange validity(Fields f) {
    int before = f.issues().size();
    String rule = f.requiredString("rule");
    LocalDate from = f.optionalDate("from");
    boolean open = f.has("to") && f.raw("to") instanceof Node.ScalarNode s && s.isNull();
    LocalDate to = open ? null : to(f, from);
    f.end();
    if (from == null && to == null && !open) {
      f.issues()
          .add(f.node(), f.subject(), "say what changes: from, to, or to: null (no last day)");
    }
    if (f.issues().size() > before) {
      return null;
    }
    return new LawChange.ValidityChange(rule, from, to, open, f.position());
  }

  private static CatalogueChange catalogueChange(Fields f) {
    int before = f.issues().size();
    String supplier = f.requiredString("supplier");
    List<String> products = f.stringList("products");
    String origin = Codes.country(f, "origin", false);
    String element = f.optionalString("element");
    if (element != null && !Elements.SYMBOLS.contains(element)) {
      f.issues().add(f.raw("element"), f.subject(), "unknown element '" + element + "'");
    }
    String form = f.oneOf("form", Material.FORMS, false);
    List<String> contains = f.has("contains") ? f.stringList("contains") : null;
    for (String c : contains == null ? List.<String>of() : contains) {
      if (!Elements.SYMBOLS.contains(c)) {
        f.issues().add(f.raw("contains"), f.subject(), "unknown element '" + c + "' in contains");
      }
    }
    String newSupplier = f.optionalString("newSupplier");
    f.end();
    if (origin == null
        && element == null
        && form == null
        && contains == null
        && newSupplier == null
        && f.issues().size() == before) {
      f.issues()
          .add(
              f.node(),
              f.subject(),
              "say what changes: origin, element, form, contains or newSupplier");
    }
    if (f.issues().size() > before) {
      return null;
    }
    return new CatalogueChange(
        supplier, products, origin, element, form, contains, newSupplier, f.position());
  }

  private static String regime(Fields f) {
    String regime = f.optionalString("regime");
    if (regime != null && !REGIME.matcher(regime).matches()) {
      f.issues().add(f.raw("regime"), f.subject(), "a regime is written like US-EAR or CN-ECL");
      return null;
    }
    return regime;
  }

  private static List<String> ids(Fields f, String key) {
    List<String> ids = f.stringList(key);
    for (String id : ids) {
      if (!ID.matcher(id).matches()) {
        f.issues().add(f.raw(key), f.subject(), "'" + id + "' is not a rule id");
      }
    }
    return ids;
  }

  private static LocalDate to(Fields f, LocalDate from) {
    LocalDate to = f.optionalDate("to");
    if (to != null && from != null && to.isBefore(from)) {
      f.issues().add(f.raw("to"), f.subject(), "to " + to + " is before from " + from);
      return null;
    }
    return to;
  }
}
