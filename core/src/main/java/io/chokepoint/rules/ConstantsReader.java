package io.chokepoint.rules;

import io.chokepoint.source.Fields;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Node;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
      Map<String, Node> nodes) {}

  static Constants read(Fields pack, Issues issues) {
    Map<String, Parameter> params = new LinkedHashMap<>();
    Map<String, NamedSet> sets = new LinkedHashMap<>();
    Map<String, Fact> facts = new LinkedHashMap<>();
    Map<String, Node> nodes = new LinkedHashMap<>();
    Fields p = pack.object("parameters");
    if (p != null) {
      for (String name : p.keys()) {
        Node n = p.raw(name);
        nodes.put("params." + name, n);
        Parameter param = parameter(name, Fields.of(n, issues, "parameter " + name));
        if (checkName(name, n, issues, "parameter") && param != null) {
          params.put(name, param);
        }
      }
    }
    Fields s = pack.object("sets");
    if (s != null) {
      for (String name : s.keys()) {
        Node n = s.raw(name);
        nodes.put("sets." + name, n);
        NamedSet set = set(name, Fields.of(n, issues, "set " + name));
        if (checkName(name, n, issues, "set") && set != null) {
          sets.put(name, set);
        }
      }
    }
    Fields f = pack.object("facts");
    if (f != null) {
      for (String name : f.keys()) {
        Node n = f.raw(name);
        nodes.put("facts." + name, n);
        Fields ff = Fields.of(n, issues, "fact " + name);
        String type = ff.oneOf("type", List.of("string", "number", "bool", "list"), true);
        String description = ff.requiredString("description");
        ff.end();
        if (checkName(name, n, issues, "fact") && type != null && description != null) {
          facts.put(
              "facts." + name,
              new Fact(
                  "facts." + name, FactType.fromPackName(type), Scope.TRANSACTION, description));
        }
      }
    }
    return new Constants(params, sets, facts, nodes);
  }

  private static boolean checkName(String name, Node n, Issues issues, String what) {
    if (!PackSyntax.IDENTIFIER.matcher(name).matches()) {
      issues.add(n, null, what + " name '" + name + "' must be an identifier (letters, digits, _)");
      return false;
    }
    return true;
  }

  private static Parameter parameter(String name, Fields f) {
    String unit = f.optionalString("unit");
    String description = f.requiredString("description");
    List<LocalDate> froms = new ArrayList<>();
    List<LocalDate> tos = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<Node> nodes = new ArrayList<>();
    for (Node n : f.list("values")) {
      Fields v = Fields.of(n, f.issues(), f.subject());
      LocalDate from = v.requiredDate("from");
      LocalDate to = v.optionalDate("to");
      Double value = v.requiredNumber("value");
      String source = v.requiredString("source");
      v.end();
      if (from != null && value != null) {
        froms.add(from);
        tos.add(to);
        values.add(value);
        sources.add(source);
        nodes.add(n);
      }
    }
    f.end();
    if (froms.isEmpty()) {
      f.issues().add(f.node(), f.subject(), "a parameter needs at least one dated value");
      return null;
    }
    return new Parameter(
        name,
        unit,
        description,
        PackSyntax.dated(froms, tos, values, sources, nodes, f.issues(), f.subject()));
  }

  private static NamedSet set(String name, Fields f) {
    String description = f.requiredString("description");
    Confidence confidence = PackSyntax.confidence(f);
    String caveat = f.optionalString("caveat");
    List<LocalDate> froms = new ArrayList<>();
    List<LocalDate> tos = new ArrayList<>();
    List<List<String>> values = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<Node> nodes = new ArrayList<>();
    for (Node n : f.list("values")) {
      Fields v = Fields.of(n, f.issues(), f.subject());
      LocalDate from = v.requiredDate("from");
      LocalDate to = v.optionalDate("to");
      List<String> members = v.stringList("members");
      String source = v.requiredString("source");
      v.end();
      if (from != null) {
        froms.add(from);
        tos.add(to);
        values.add(List.copyOf(members));
        sources.add(source);
        nodes.add(n);
      }
    }
    f.end();
    if (froms.isEmpty()) {
      f.issues().add(f.node(), f.subject(), "a set needs at least one dated membership");
      return null;
    }
    return new NamedSet(
        name,
        description,
        confidence,
        caveat,
        PackSyntax.dated(froms, tos, values, sources, nodes, f.issues(), f.subject()));
  }
}
