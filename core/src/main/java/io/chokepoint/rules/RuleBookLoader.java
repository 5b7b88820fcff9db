package io.chokepoint.rules;

import io.chokepoint.source.Fields;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Node;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads a rule book from a directory with one folder per regime ({@code us-ear/}, {@code cn-ecl/}),
 * each holding pack files ({@code *.yaml}) and golden cases ({@code cases/}). Every pack is read,
 * validated and compiled before anything is returned; if any pack is invalid, the whole rule book
 * is rejected with every problem found.
 */
public final class RuleBookLoader {
  private RuleBookLoader() {}

  /**
   * Loads and validates every pack under the directory.
   *
   * @param root the rule-book directory, e.g. {@code regulations/}
   * @return the compiled rule book
   * @throws RuleBookException listing every problem, if any pack is invalid
   */
  public static RuleBook load(Path root) {
    return load(root, PackOverlay.NONE);
  }

  /**
   * Loads and validates every pack under the directory, after an overlay has changed the parsed
   * files: a variant of the law, such as a what-if scenario's. Golden cases are not run here.
   *
   * @param root the rule-book directory, e.g. {@code regulations/}
   * @param overlay the change to the parsed pack files
   * @return the compiled rule book, whose content hash covers the pack files and the overlay
   * @throws RuleBookException listing every problem, if any pack is invalid after the change or the
   *     overlay does not apply
   */
  public static RuleBook load(Path root, PackOverlay overlay) {
    return load(root, overlay, CheckedConditions.NONE);
  }

  /**
   * Loads and validates every pack under the directory, reusing the conditions checked before
   * ({@link CheckedConditions}) and adding those checked now.
   *
   * @throws RuleBookException listing every problem, if any pack is invalid
   */
  public static RuleBook load(Path root, CheckedConditions checked) {
    return load(root, PackOverlay.NONE, checked);
  }

  private static RuleBook load(Path root, PackOverlay overlay, CheckedConditions checked) {
    Issues issues = new Issues();
    List<Path> regimeDirs = PackFiles.regimeDirectories(root, issues);
    Map<String, Regime> regimes = new LinkedHashMap<>();
    Map<String, Position> ruleIds = new HashMap<>();
    Map<String, Position> packIds = new HashMap<>();
    List<Path> hashed = new ArrayList<>();
    Map<Path, List<Path>> filesByRegime = new LinkedHashMap<>();
    for (Path dir : regimeDirs) {
      filesByRegime.put(dir, PackFiles.packFiles(dir));
    }
    Map<Path, Object> parsed = PackFiles.parseAll(root, filesByRegime.values());
    Map<Path, Object> parsedFiles =
        overlay == PackOverlay.NONE ? parsed : PackFiles.overlaid(root, parsed, overlay, issues);
    // Regimes are independent until their ids are compared, so they compile on both cores; the
    // results are then merged in folder order, so that problems are reported the same each time.
    List<Loaded> loaded =
        regimeDirs.parallelStream()
            .map(
                dir -> {
                  String code = dir.getFileName().toString().toUpperCase(Locale.ROOT);
                  Loaded l =
                      new Loaded(code, new Issues(), new LinkedHashMap<>(), new LinkedHashMap<>());
                  Regime regime =
                      loadRegime(
                          parsedFiles,
                          root,
                          code,
                          filesByRegime.get(dir),
                          l.issues,
                          l.ruleIds,
                          l.packIds,
                          checked);
                  return l.with(regime);
                })
            .toList();
    for (int i = 0; i < loaded.size(); i++) {
      Loaded l = loaded.get(i);
      hashed.addAll(filesByRegime.get(regimeDirs.get(i)));
      issues.addAll(l.issues.toList());
      l.packIds.forEach(
          (id, at) -> {
            Position first = packIds.putIfAbsent(id, at);
            if (first != null) {
              issues.add(at, id, "pack", "duplicate pack id, first used at " + first);
            }
          });
      l.ruleIds.forEach((id, at) -> unique(id, at, ruleIds, issues));
      if (l.regime != null) {
        regimes.put(l.code, l.regime);
      }
    }
    Map<String, Regime> declaredBy = new HashMap<>();
    for (Regime r : regimes.values()) {
      for (Fact f : r.declaredFacts().values()) {
        Regime other = declaredBy.putIfAbsent(f.name(), r);
        if (other != null && other.declaredFacts().get(f.name()).type() != f.type()) {
          issues.add(
              Position.ofFile(root.toString()),
              f.name(),
              "facts",
              "declared as "
                  + other.declaredFacts().get(f.name()).type()
                  + " in "
                  + other.code()
                  + " but as "
                  + f.type()
                  + " in "
                  + r.code()
                  + "; a transaction fact has one type");
        }
      }
    }
    if (regimes.isEmpty() && issues.isEmpty()) {
      issues.add(
          Position.ofFile(root.toString()), null, null, "no regime folders with packs found");
    }
    if (!issues.isEmpty()) {
      throw new RuleBookException("rule book " + root + " rejected", issues.toList());
    }
    return new RuleBook(regimes, PackFiles.hash(root, hashed, overlay.identity()), root.toString());
  }

  /** One regime loaded on its own: the regime (or null), its problems and the ids it uses. */
  private static final class Loaded {
    final String code;
    final Issues issues;
    final Map<String, Position> ruleIds;
    final Map<String, Position> packIds;
    Regime regime;

    Loaded(
        String code, Issues issues, Map<String, Position> ruleIds, Map<String, Position> packIds) {
      this.code = code;
      this.issues = issues;
      this.ruleIds = ruleIds;
      this.packIds = packIds;
    }

    Loaded with(Regime r) {
      this.regime = r;
      return this;
    }
  }

  private static Regime loadRegime(
      Map<Path, Object> parsedFiles,
      Path root,
      String code,
      List<Path> files,
      Issues issues,
      Map<String, Position> ruleIds,
      Map<String, Position> packIds,
      CheckedConditions checked) {
    int before = issues.size();
    Map<Path, Fields> docs = new LinkedHashMap<>();
    Map<String, Parameter> params = new LinkedHashMap<>();
    Map<String, NamedSet> sets = new LinkedHashMap<>();
    Map<String, Fact> facts = new LinkedHashMap<>();
    Map<String, ShareSpec> shares = new LinkedHashMap<>();
    Map<String, Position> constantOrigins = new HashMap<>();
    for (Path file : files) {
      Object parsed = parsedFiles.get(file);
      if (parsed instanceof SourceException e) {
        e.issues().forEach(issues::add);
        continue;
      }
      Node node = (Node) parsed;
      Fields f = Fields.of(node, issues, null);
      String declared = f.requiredString("regime");
      if (declared != null && !declared.equals(code)) {
        issues.add(
            f.raw("regime"),
            null,
            "pack declares regime '" + declared + "' but sits in the folder of " + code);
      }
      docs.put(file, f);
      ConstantsReader.Constants c = ConstantsReader.read(f, issues);
      mergeUnique(params, c.parameters(), "params.", c, constantOrigins, issues);
      mergeUnique(sets, c.sets(), "sets.", c, constantOrigins, issues);
      mergeUnique(facts, c.facts(), "", c, constantOrigins, issues);
      mergeUnique(shares, c.shares(), "item.share.", c, constantOrigins, issues);
    }
    Vocabulary vocabulary = Vocabulary.of(params.keySet(), sets.keySet(), facts, shares.keySet());
    for (ShareSpec share : shares.values()) {
      for (String threshold : share.thresholds()) {
        if (!params.containsKey(threshold)) {
          issues.add(
              share.position(),
              "content share " + share.name(),
              "thresholds",
              "reference to undefined parameter '" + threshold + "'");
        }
      }
    }
    ConditionCompiler compiler = new ConditionCompiler(vocabulary, checked);
    List<String> texts = new ArrayList<>();
    docs.values().forEach(f -> conditionTexts(f.node(), texts));
    compiler.prepare(texts);
    PackReader reader = new PackReader(compiler, issues);
    List<RulePack> packs = new ArrayList<>();
    Jurisdiction jurisdiction = null;
    for (Map.Entry<Path, Fields> e : docs.entrySet()) {
      PackReader.Read read =
          reader.read(e.getValue(), code, root.relativize(e.getKey()).toString());
      if (read == null) {
        continue;
      }
      RulePack pack = read.pack();
      Position at = e.getValue().position();
      Position dup = packIds.putIfAbsent(pack.id(), at);
      if (dup != null) {
        issues.add(at, pack.id(), "pack", "duplicate pack id, first used at " + dup);
      }
      for (Rule r : pack.rules()) {
        unique(r.id(), r.position(), ruleIds, issues);
        checkCoverage(r, params, sets, issues);
      }
      for (ClassificationRule c : pack.classifications()) {
        unique(c.id(), c.position(), ruleIds, issues);
        coverage(c.condition(), c.validity().effective(), c.id(), params, sets, issues);
      }
      if (read.jurisdiction() != null) {
        if (jurisdiction != null) {
          issues.add(
              read.jurisdiction().position(),
              null,
              "jurisdiction",
              "a regime may declare only one jurisdiction, first at " + jurisdiction.position());
        }
        jurisdiction = read.jurisdiction();
      }
      packs.add(pack);
    }
    if (jurisdiction != null) {
      // The jurisdiction is read for every rule on every date, so its constants must cover them
      // all.
      LocalDate earliest = null;
      for (RulePack p : packs) {
        for (Rule r : p.rules()) {
          LocalDate f = r.validity().effective().from();
          earliest = earliest == null || f.isBefore(earliest) ? f : earliest;
        }
      }
      for (RulePack p : packs) {
        if (p.coversFrom() != null && (earliest == null || p.coversFrom().isAfter(earliest))) {
          earliest = p.coversFrom();
        }
      }
      if (earliest != null) {
        coverage(
            jurisdiction.condition(),
            new Interval(earliest, null),
            "jurisdiction",
            params,
            sets,
            issues);
      }
    }
    if (issues.size() > before) {
      return null;
    }
    return new Regime(code, packs, params, sets, facts, shares, jurisdiction, compiler.count());
  }

  /** Collects the text of every {@code condition:} and {@code when:} in a pack. */
  private static void conditionTexts(Node node, List<String> out) {
    if (node instanceof Node.MapNode m) {
      m.fields()
          .forEach(
              (k, v) -> {
                if ((k.equals("condition") || k.equals("when"))
                    && v instanceof Node.ScalarNode s
                    && s.type() == Node.ScalarType.STRING) {
                  out.add(s.text().strip());
                } else {
                  conditionTexts(v, out);
                }
              });
    } else if (node instanceof Node.ListNode l) {
      l.elements().forEach(e -> conditionTexts(e, out));
    }
  }

  private static <T> void mergeUnique(
      Map<String, T> into,
      Map<String, T> from,
      String prefix,
      ConstantsReader.Constants c,
      Map<String, Position> origins,
      Issues issues) {
    for (Map.Entry<String, T> e : from.entrySet()) {
      String key = prefix + e.getKey();
      Node n = c.nodes().get(key);
      Position first = origins.putIfAbsent(key, n.position());
      if (first != null) {
        issues.add(n, null, "'" + key + "' is defined twice in the regime, first at " + first);
      } else {
        into.put(e.getKey(), e.getValue());
      }
    }
  }

  private static void unique(String id, Position at, Map<String, Position> ids, Issues issues) {
    Position first = ids.putIfAbsent(id, at);
    if (first != null) {
      issues.add(at, id, "id", "duplicate rule id, first used at " + first);
    }
  }

  private static void checkCoverage(
      Rule r, Map<String, Parameter> params, Map<String, NamedSet> sets, Issues issues) {
    Interval eff = r.validity().effective();
    coverage(r.condition(), eff, r.id(), params, sets, issues);
    for (ReviewCase rc : r.outcome().reviewCases()) {
      if (rc.when() != null) {
        Interval need = rc.dates() == null ? eff : intersect(eff, rc.dates());
        if (need != null) {
          coverage(rc.when(), need, r.id() + "/" + rc.id(), params, sets, issues);
        }
      }
    }
    for (ExceptionClause c : r.exceptions()) {
      Interval need = intersect(eff, c.validity().effective());
      if (need != null) {
        coverage(c.condition(), need, r.id() + "/" + c.id(), params, sets, issues);
      }
    }
  }

  private static Interval intersect(Interval a, Interval b) {
    LocalDate from = a.from().isAfter(b.from()) ? a.from() : b.from();
    LocalDate to =
        a.to() == null ? b.to() : (b.to() == null || a.to().isBefore(b.to()) ? a.to() : b.to());
    return to != null && to.isBefore(from) ? null : new Interval(from, to);
  }

  /** Every parameter and set a condition reads must hold a value on every day it may be read. */
  private static void coverage(
      Condition c,
      Interval need,
      String subject,
      Map<String, Parameter> params,
      Map<String, NamedSet> sets,
      Issues issues) {
    for (String fact : c.facts()) {
      List<Interval> have;
      if (fact.startsWith("params.")) {
        have = params.get(fact.substring(7)).values().stream().map(DatedValue::interval).toList();
      } else if (fact.startsWith("sets.")) {
        have = sets.get(fact.substring(5)).values().stream().map(DatedValue::interval).toList();
      } else {
        continue;
      }
      LocalDate gap = firstGap(need, have);
      if (gap != null) {
        issues.add(
            c.position(),
            subject,
            "condition",
            "'"
                + fact
                + "' has no value on "
                + gap
                + ", but the condition may be evaluated then ("
                + need
                + ")");
      }
    }
  }

  private static LocalDate firstGap(Interval need, List<Interval> have) {
    LocalDate day = need.from();
    while (true) {
      Interval covering = null;
      for (Interval i : have) {
        if (i.contains(day)) {
          covering = i;
          break;
        }
      }
      if (covering == null) {
        return day;
      }
      if (covering.to() == null) {
        return null;
      }
      if (need.to() != null && !covering.to().isBefore(need.to())) {
        return null;
      }
      day = covering.to().plusDays(1);
    }
  }
}
