package io.chokepoint.whatif;

import io.chokepoint.rules.PackOverlay;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Node;
import io.chokepoint.source.Node.ListNode;
import io.chokepoint.source.Node.MapNode;
import io.chokepoint.source.Position;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Applies a scenario's law changes to the parsed pack files, in the order written. A change that
 * matches nothing (a rule without such a suspension, an unknown parameter) is an error at the
 * change's line in the scenario file; a change that leaves a pack invalid is rejected by the
 * rule-book loader with the rest of the rule book.
 */
final class LawOverlay implements PackOverlay {
  private static final Set<String> ENTRY_LISTS = Set.of("rules", "classifications");

  private final List<LawChange> changes;

  LawOverlay(List<LawChange> changes) {
    this.changes = List.copyOf(changes);
  }

  @Override
  public String identity() {
    return changes.stream().map(LawChange::describe).collect(Collectors.joining("\n"));
  }

  @Override
  public Map<String, Node> apply(Map<String, Node> packs, Issues issues) {
    Map<String, Node> out = new LinkedHashMap<>(packs);
    for (LawChange c : changes) {
      if (c instanceof LawChange.SuspensionChange s) {
        suspension(out, s, issues);
      } else if (c instanceof LawChange.ValidityChange v) {
        validity(out, v, issues);
      } else if (c instanceof LawChange.ParameterChange p) {
        constant(
            out, "parameters", p.regime(), p.name(), p.at(), issues, values -> param(values, p));
      } else if (c instanceof LawChange.SetChange s) {
        constant(out, "sets", s.regime(), s.name(), s.at(), issues, values -> set(values, s));
      }
    }
    return out;
  }

  // ---- suspensions and validity: edits of one rule entry ----

  private static void suspension(Map<String, Node> packs, LawChange.SuspensionChange c, Issues is) {
    Set<String> changed = new TreeSet<>();
    editEntries(
        packs,
        id -> c.rules().isEmpty() || c.rules().contains(id),
        (id, entry) -> {
          MapNode validity = entry.fields().get("validity") instanceof MapNode v ? v : null;
          if (validity == null) {
            return entry;
          }
          List<Node> kept = new ArrayList<>();
          for (Node n : Nodes.listOf(validity, "suspensions")) {
            if (n instanceof MapNode s && c.instrument().equals(Nodes.textOf(s, "instrument"))) {
              changed.add(id);
              if (!c.lifted()) {
                kept.add(suspended(s, c));
              }
            } else {
              kept.add(n);
            }
          }
          ListNode list = new ListNode(validity.position(), validity.path() + ".suspensions", kept);
          return Nodes.with(entry, "validity", Nodes.with(validity, "suspensions", list));
        });
    if (c.rules().isEmpty() && changed.isEmpty()) {
      is.add(c.at(), null, "instrument", "no rule is suspended by '" + c.instrument() + "'");
    }
    for (String id : c.rules()) {
      if (!changed.contains(id)) {
        is.add(
            c.at(), null, "rules", "rule " + id + " has no suspension by '" + c.instrument() + "'");
      }
    }
  }

  private static MapNode suspended(MapNode s, LawChange.SuspensionChange c) {
    MapNode out = Nodes.at(s, c.at());
    if (c.to() != null) {
      out = Nodes.with(out, "to", Nodes.text(c.at(), s.path() + ".to", c.to().toString()));
    }
    if (c.endConfirmed() != null) {
      out =
          Nodes.with(
              out,
              "endConfirmed",
              Nodes.bool(c.at(), s.path() + ".endConfirmed", c.endConfirmed()));
    }
    return out;
  }

  private static void validity(Map<String, Node> packs, LawChange.ValidityChange c, Issues is) {
    Set<String> changed = new TreeSet<>();
    editEntries(
        packs,
        c.rule()::equals,
        (id, entry) -> {
          if (!(entry.fields().get("validity") instanceof MapNode v)) {
            return entry;
          }
          changed.add(id);
          MapNode out = Nodes.at(v, c.at());
          if (c.from() != null) {
            out = Nodes.with(out, "from", Nodes.text(c.at(), v.path() + ".from", c.from() + ""));
          }
          if (c.to() != null) {
            out = Nodes.with(out, "to", Nodes.text(c.at(), v.path() + ".to", c.to() + ""));
          } else if (c.openEnded()) {
            out = Nodes.without(out, Set.of("to"));
          }
          return Nodes.with(entry, "validity", out);
        });
    if (changed.isEmpty()) {
      is.add(c.at(), null, "rule", "no rule or classification entry has the id " + c.rule());
    }
  }

  /** A rewrite of one rule or classification entry, given its id. */
  private interface EntryEdit {
    MapNode apply(String id, MapNode entry);
  }

  private static void editEntries(
      Map<String, Node> packs, java.util.function.Predicate<String> which, EntryEdit edit) {
    for (Map.Entry<String, Node> file : packs.entrySet()) {
      if (!(file.getValue() instanceof MapNode root)) {
        continue;
      }
      MapNode out = root;
      for (String key : ENTRY_LISTS) {
        if (!(root.fields().get(key) instanceof ListNode list)) {
          continue;
        }
        List<Node> entries = new ArrayList<>();
        for (Node n : list.elements()) {
          String id = n instanceof MapNode m ? Nodes.textOf(m, "id") : null;
          entries.add(id != null && which.test(id) ? edit.apply(id, (MapNode) n) : n);
        }
        out = Nodes.with(out, key, new ListNode(list.position(), list.path(), entries));
      }
      file.setValue(out);
    }
  }

  // ---- parameters and sets: dated values edited over a window of days ----

  private static void constant(
      Map<String, Node> packs,
      String section,
      String regime,
      String name,
      Position at,
      Issues issues,
      UnaryOperator<List<MapNode>> edit) {
    Set<String> regimes = new LinkedHashSet<>();
    for (Node n : packs.values()) {
      if (n instanceof MapNode root
          && (regime == null || regime.equals(Nodes.textOf(root, "regime")))
          && root.fields().get(section) instanceof MapNode s
          && s.fields().containsKey(name)) {
        regimes.add(Nodes.textOf(root, "regime"));
      }
    }
    String what = section.equals("sets") ? "set" : "parameter";
    if (regimes.isEmpty()) {
      issues.add(
          at, null, "name", "no " + what + " " + name + (regime == null ? "" : " in " + regime));
      return;
    }
    if (regimes.size() > 1) {
      issues.add(
          at, null, "regime", what + " " + name + " is declared in " + regimes + ": name one");
      return;
    }
    for (Map.Entry<String, Node> file : packs.entrySet()) {
      if (file.getValue() instanceof MapNode root
          && regimes.contains(Nodes.textOf(root, "regime"))
          && root.fields().get(section) instanceof MapNode s
          && s.fields().get(name) instanceof MapNode constant) {
        List<MapNode> values = new ArrayList<>();
        for (Node v : Nodes.listOf(constant, "values")) {
          if (!(v instanceof MapNode m) || Nodes.dateOf(m, "from") == null) {
            return; // the pack reader reports a malformed value; nothing to edit safely
          }
          values.add(m);
        }
        String path = constant.path() + ".values";
        ListNode list =
            new ListNode(constant.position(), path, new ArrayList<Node>(edit.apply(values)));
        MapNode changed = Nodes.with(constant, "values", list);
        file.setValue(Nodes.with(root, section, Nodes.with(s, name, changed)));
      }
    }
  }

  private static List<MapNode> param(List<MapNode> values, LawChange.ParameterChange c) {
    Map<String, Node> fresh = new LinkedHashMap<>();
    String path = values.isEmpty() ? "values" : values.get(0).path();
    fresh.put("from", Nodes.text(c.at(), path + ".from", c.from().toString()));
    if (c.to() != null) {
      fresh.put("to", Nodes.text(c.at(), path + ".to", c.to().toString()));
    }
    fresh.put("value", Nodes.number(c.at(), path + ".value", c.value()));
    fresh.put("source", Nodes.text(c.at(), path + ".source", c.source()));
    return window(values, c.from(), c.to(), null, Nodes.map(c.at(), path, fresh));
  }

  private static List<MapNode> set(List<MapNode> values, LawChange.SetChange c) {
    return window(
        values,
        c.from(),
        c.to(),
        v -> {
          Set<String> members = new LinkedHashSet<>();
          for (Node m : Nodes.listOf(v, "members")) {
            if (m instanceof Node.ScalarNode s && !s.isNull()) {
              members.add(s.text());
            }
          }
          c.remove().forEach(members::remove);
          members.addAll(c.add());
          MapNode out =
              Nodes.with(
                  v, "members", Nodes.strings(c.at(), v.path() + ".members", List.copyOf(members)));
          String source = Nodes.textOf(v, "source");
          return Nodes.with(
              out,
              "source",
              Nodes.text(
                  c.at(),
                  v.path() + ".source",
                  (source == null ? "" : source + "; ") + "changed by a what-if scenario"));
        },
        null);
  }

  /**
   * The dated values with the days from {@code from} to {@code to} changed: values outside the
   * window stay, cut at its edges; the part of each value inside it is changed by {@code inside}
   * (or dropped when that is {@code null}); {@code fresh}, if given, is added. Every value gets an
   * explicit last day, since an implicit one (the day before the next value) would move.
   */
  private static List<MapNode> window(
      List<MapNode> values,
      LocalDate from,
      LocalDate to,
      UnaryOperator<MapNode> inside,
      MapNode fresh) {
    List<MapNode> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.comparing(v -> Nodes.dateOf(v, "from")));
    List<MapNode> out = new ArrayList<>();
    for (int k = 0; k < sorted.size(); k++) {
      MapNode v = sorted.get(k);
      LocalDate vf = Nodes.dateOf(v, "from");
      LocalDate vt = Nodes.dateOf(v, "to");
      if (vt == null && k + 1 < sorted.size()) {
        vt = Nodes.dateOf(sorted.get(k + 1), "from").minusDays(1);
      }
      boolean before = vt != null && vt.isBefore(from);
      boolean after = to != null && vf.isAfter(to);
      if (before || after) {
        out.add(dated(v, vf, vt));
        continue;
      }
      if (vf.isBefore(from)) {
        out.add(dated(v, vf, from.minusDays(1)));
      }
      if (inside != null) {
        LocalDate f = vf.isBefore(from) ? from : vf;
        LocalDate t = to == null ? vt : vt == null || vt.isAfter(to) ? to : vt;
        out.add(inside.apply(dated(v, f, t)));
      }
      if (to != null && (vt == null || vt.isAfter(to))) {
        out.add(dated(v, to.plusDays(1), vt));
      }
    }
    if (fresh != null) {
      out.add(fresh);
    }
    out.sort(Comparator.comparing(v -> Nodes.dateOf(v, "from")));
    return out;
  }

  private static MapNode dated(MapNode v, LocalDate from, LocalDate to) {
    Position at = v.position();
    MapNode out = Nodes.with(v, "from", Nodes.text(at, v.path() + ".from", from.toString()));
    return to == null
        ? Nodes.without(out, Set.of("to"))
        : Nodes.with(out, "to", Nodes.text(at, v.path() + ".to", to.toString()));
  }
}
