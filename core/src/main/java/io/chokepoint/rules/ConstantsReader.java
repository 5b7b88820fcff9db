package io.chokepoint.rules;

import io.chokepoint.source.Fields;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Node;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads the constants of a pack: {@code parameters:}, {@code sets:} and {@code facts:}. They are
 * read before any condition is compiled, because conditions may only name constants that exist.
 */
final class ConstantsReader {
  private ConstantsReader() {}

  /** The constants of one pack. */
  record Constants(
      Map<String, Parameter> parameters,
      Map<String, NamedSet> sets,
      Map<String, Fact> facts,
      Map<String, ShareSpec> shares,
      Map<String, Node> nodes) {}

  static Constants read(Fields pack, Issues issues) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    Map<String, Parameter> params =
        section(
            pack, "parameters", "params.", "parameter", issues, nodes, ConstantsReader::parameter);
    Map<String, NamedSet> sets =
        section(pack, "sets", "sets.", "set", issues, nodes, ConstantsReader::set);
    Map<String, Fact> facts = new LinkedHashMap<>();
    section(pack, "facts", "facts.", "fact", issues, nodes, ConstantsReader::fact)
        .forEach((name, fact) -> facts.put(fact.name(), fact));
    Map<String, ShareSpec> shares =
        section(
            pack, "content", "item.share.", "content share", issues, nodes, ConstantsReader::share);
    return new Constants(params, sets, facts, shares, nodes);
  }

  private static ShareSpec share(String name, Fields f) {
    String description = f.requiredString("description");
    String origin = io.chokepoint.source.Codes.country(f, "origin", true);
    List<String> codes = f.stringList("codes");
    Boolean usControlled = f.optionalBoolean("usControlled");
    List<String> eccns = f.stringList("eccns");
    List<String> thresholds = f.stringList("thresholds");
    String compare = f.oneOf("compare", List.of(">", ">="), false);
    Confidence confidence = PackSyntax.confidence(f);
    String caveat = f.optionalString("caveat");
    f.end();
    boolean byControl = Boolean.TRUE.equals(usControlled);
    if (codes.isEmpty() == !byControl) {
      f.issues()
          .add(
              f.node(),
              f.subject(),
              "a content share counts lines by codes or by usControlled: true, one of the two");
      return null;
    }
    if (!eccns.isEmpty() && !byControl) {
      f.issues().add(f.node(), f.subject(), "eccns narrows usControlled: true and needs it");
      return null;
    }
    if (description == null || origin == null) {
      return null;
    }
    return new ShareSpec(
        name,
        description,
        origin,
        codes,
        byControl,
        eccns,
        thresholds,
        ">=".equals(compare),
        confidence,
        caveat,
        f.position());
  }

  /** Reads every entry of a section whose keys are identifiers, recording each node by name. */
  private static <T> Map<String, T> section(
      Fields pack,
      String key,
      String prefix,
      String what,
      Issues issues,
      Map<String, Node> nodes,
      BiFunction<String, Fields, T> reader) {
    Map<String, T> out = new LinkedHashMap<>();
    Fields section = pack.object(key);
    if (section == null) {
      return out;
    }
    for (String name : section.keys()) {
      Node n = section.raw(name);
      nodes.put(prefix + name, n);
      T value = reader.apply(name, Fields.of(n, issues, what + " " + name));
      if (!PackSyntax.IDENTIFIER.matcher(name).matches()) {
        issues.add(
            n, null, what + " name '" + name + "' must be an identifier (letters, digits, _)");
      } else if (value != null) {
        out.put(name, value);
      }
    }
    return out;
  }

  private static Fact fact(String name, Fields f) {
    String type = f.oneOf("type", List.of("string", "number", "bool", "list"), true);
    String description = f.requiredString("description");
    f.end();
    if (type == null || description == null) {
      return null;
    }
    return new Fact("facts." + name, FactType.fromPackName(type), Scope.TRANSACTION, description);
  }

  private static Parameter parameter(String name, Fields f) {
    String unit = f.optionalString("unit");
    String description = f.requiredString("description");
    List<DatedValue<Double>> values =
        dated(f, "a parameter needs at least one dated value", v -> v.requiredNumber("value"));
    f.end();
    return values == null ? null : new Parameter(name, unit, description, values);
  }

  private static NamedSet set(String name, Fields f) {
    String description = f.requiredString("description");
    Confidence confidence = PackSyntax.confidence(f);
    String caveat = f.optionalString("caveat");
    List<DatedValue<List<String>>> values =
        dated(
            f,
            "a set needs at least one dated membership",
            v -> List.copyOf(v.stringList("members")));
    f.end();
    return values == null ? null : new NamedSet(name, description, confidence, caveat, values);
  }

  /**
   * Reads {@code values:}, a list of entries with {@code from}, an optional {@code to}, a value and
   * a {@code source}; {@code null} (after recording an issue) when there is none.
   */
  private static <T> List<DatedValue<T>> dated(
      Fields f, String noneMessage, Function<Fields, T> value) {
    List<LocalDate> froms = new ArrayList<>();
    List<LocalDate> tos = new ArrayList<>();
    List<T> values = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<Node> nodes = new ArrayList<>();
    for (Node n : f.list("values")) {
      Fields v = Fields.of(n, f.issues(), f.subject());
      LocalDate from = v.requiredDate("from");
      LocalDate to = v.optionalDate("to");
      T val = value.apply(v);
      String source = v.requiredString("source");
      v.end();
      if (from != null && val != null) {
        froms.add(from);
        tos.add(to);
        values.add(val);
        sources.add(source);
        nodes.add(n);
      }
    }
    if (froms.isEmpty()) {
      f.issues().add(f.node(), f.subject(), noneMessage);
      return null;
    }
    return PackSyntax.dated(froms, tos, values, sources, nodes, f.issues(), f.subject());
  }
}
