package io.chokepoint.classify;

import io.chokepoint.rules.ClassificationRule;
import io.chokepoint.rules.FactLookup;
import io.chokepoint.rules.InForce;
import io.chokepoint.rules.Regime;
import io.chokepoint.rules.Truth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Classifies materials by the material entries of a regime's packs (for the PRC, the 1C902–1C913
 * rare-earth items, gallium, germanium, graphite and antimony, and the Announcement 61 annex).
 * Unlike chips, a material can fall under several entries at once (a Dy-and-Tb NdFeB magnet is both
 * 1C904 and 1C905), so every entry that holds applies. An entry marked {@code excludes} that holds
 * (a deep-processed good) takes the material out of every lower entry.
 */
public final class MaterialClassifier {
  private static final int MAX_REMEMBERED = 10_000;

  private final Regime regime;
  private final Map<Key, MaterialClassification> memo = new ConcurrentHashMap<>();

  private record Key(Material material, LocalDate asOf) {}

  /** Creates a classifier for the regime's {@code material} entries. */
  public MaterialClassifier(Regime regime) {
    this.regime = regime;
  }

  /** The regime whose entries are applied. */
  public Regime regime() {
    return regime;
  }

  /** Classifies a material as of a date; results are remembered, materials being plain values. */
  public MaterialClassification classify(Material material, LocalDate asOf) {
    if (memo.size() > MAX_REMEMBERED) {
      memo.clear();
    }
    return memo.computeIfAbsent(new Key(material, asOf), k -> compute(material, asOf));
  }

  private MaterialClassification compute(Material m, LocalDate asOf) {
    Map<String, Object> facts = facts(m);
    Map<String, Object> constants = regime.constantsAt(asOf);
    FactLookup lookup =
        name -> {
          Object v = facts.get(name);
          return v != null ? v : constants.get(name);
        };
    List<String> trace = new ArrayList<>();
    List<MaterialClassification.Code> codes = new ArrayList<>();
    List<MaterialClassification.Code> possible = new ArrayList<>();
    Set<String> missing = new TreeSet<>();
    Set<String> caveats = new LinkedHashSet<>();
    MaterialClassification.Code excluded = null;
    boolean exclusionPossible = false;
    trace.add("material: " + describe(m));
    for (ClassificationRule e : regime.classifications("material")) {
      InForce in = e.validity().at(asOf);
      String head = e.id() + " (" + e.citation().shortForm() + ")";
      if (!in.applies()) {
        continue;
      }
      Truth t = e.condition().evaluate(lookup);
      String comparisons = String.join("; ", e.condition().explain(lookup));
      MaterialClassification.Code code = code(e);
      if (t.isTrue()) {
        if (e.excludes()) {
          excluded = code;
          trace.add(
              head
                  + ": holds -> excluded: "
                  + e.title()
                  + (comparisons.isEmpty() ? "" : " [" + comparisons + "]"));
          caveats.addAll(e.confidence().caveatLines(e.id(), e.caveats()));
          break;
        }
        codes.add(code);
        caveats.addAll(e.confidence().caveatLines(e.id(), e.caveats()));
        trace.add(
            head
                + ": holds -> "
                + e.code()
                + (comparisons.isEmpty() ? "" : " [" + comparisons + "]"));
      } else if (t.isUnknown()) {
        Set<String> m2 = new TreeSet<>();
        t.missing().forEach(f -> m2.add(f.substring("material.".length())));
        missing.addAll(m2);
        if (e.excludes()) {
          exclusionPossible = true;
        } else {
          possible.add(code);
        }
        // A code that may apply is shown, so what is uncertain about it must be shown too.
        caveats.addAll(e.confidence().caveatLines(e.id(), e.caveats()));
        trace.add(
            head
                + ": unknown, missing "
                + m2
                + " -> "
                + (e.excludes() ? "may be excluded" : "may be " + e.code()));
      }
    }
    if (excluded != null) {
      codes.clear();
      possible.clear();
    } else if (exclusionPossible && !codes.isEmpty()) {
      // The exclusion could take every code away: the codes are then uncertain too.
      possible.addAll(0, codes);
      codes.clear();
    }
    if (possible.isEmpty()) {
      missing.clear();
    }
    trace.add(
        excluded != null
            ? "excluded by " + excluded.entry()
            : codes.isEmpty() && possible.isEmpty()
                ? "no control entry applies on " + asOf
                : "applies: "
                    + codes.stream().map(MaterialClassification.Code::code).toList()
                    + (possible.isEmpty()
                        ? ""
                        : "; may apply: "
                            + possible.stream().map(MaterialClassification.Code::code).toList()));
    return new MaterialClassification(
        m,
        regime.code(),
        asOf,
        codes,
        excluded,
        possible,
        new ArrayList<>(missing),
        trace,
        new ArrayList<>(caveats));
  }

  private static MaterialClassification.Code code(ClassificationRule e) {
    return new MaterialClassification.Code(
        e.code(), e.title(), e.hsCodes(), e.citation().shortForm(), e.confidence().label(), e.id());
  }

  private static String describe(Material m) {
    StringBuilder sb = new StringBuilder(m.element()).append(' ').append(m.form());
    if (m.contains() != null && !m.contains().isEmpty()) {
      sb.append(" containing ").append(m.contains());
    }
    if (m.magnet() != null) {
      sb.append(", magnet ").append(m.magnet());
    }
    if (m.compound() != null) {
      sb.append(", compound ").append(m.compound());
    }
    if (m.purity() != null) {
      sb.append(", purity ").append(m.purity());
    }
    if (m.product() != null) {
      sb.append(", in a ").append(m.product());
    }
    return sb.toString();
  }

  /** The material facts conditions read; defaults make "not given" known where it is safe. */
  static Map<String, Object> facts(Material m) {
    Map<String, Object> f = new HashMap<>();
    f.put("material.element", m.element());
    f.put("material.form", m.form());
    if (m.purity() != null) {
      f.put("material.purity", m.purity());
    }
    // The composition of an alloy or a magnet decides its entry (Sm-Co, Dy-Fe, Dy in NdFeB), so
    // it stays unknown there when not stated; other forms are listed by element alone.
    if (m.contains() != null) {
      f.put("material.contains", m.contains());
    } else if (!"magnet".equals(m.form()) && !"alloy".equals(m.form())) {
      f.put("material.contains", List.of());
    }
    // A compound's formula decides its entry (GaAs, GeO2, InSb), so it stays unknown for a
    // compound that does not say; other forms have none.
    if (m.compound() != null) {
      f.put("material.compound", m.compound());
    } else if (!"compound".equals(m.form())) {
      f.put("material.compound", "");
    }
    // A magnet's type decides its entry, so it stays unknown for a magnet that does not say.
    if (m.magnet() != null) {
      f.put("material.magnet", m.magnet());
    } else if (!"magnet".equals(m.form())) {
      f.put("material.magnet", "");
    }
    f.put("material.product", m.product() == null ? "" : m.product());
    if (m.graphite() != null) {
      f.put("material.graphite", m.graphite());
    }
    if (m.strengthMPa() != null) {
      f.put("material.strengthMPa", m.strengthMPa());
    }
    if (m.densityGcm3() != null) {
      f.put("material.densityGcm3", m.densityGcm3());
    }
    return f;
  }
}
