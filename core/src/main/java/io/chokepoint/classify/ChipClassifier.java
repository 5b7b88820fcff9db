package io.chokepoint.classify;

import static io.chokepoint.rules.Comparison.number;

import io.chokepoint.rules.ClassificationRule;
import io.chokepoint.rules.InForce;
import io.chokepoint.rules.Regime;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.Truth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Classifies chips by the classification entries of a regime's packs (for the US, ECCN 3A090 and
 * 4A090 by rule vintage). The arithmetic of the Technical Notes (TPP, PD, HBM density) is here; the
 * thresholds and tests are data in the packs. Entries are tried from the highest priority down; an
 * entry that cannot be decided for missing facts makes the result unknown unless every possible
 * answer agrees.
 */
public final class ChipClassifier {
  private static final Map<String, String> SPEC_FIELD =
      Map.ofEntries(
          Map.entry("chip.tpp", "throughput"),
          Map.entry("chip.performanceDensity", "dieAreaMm2"),
          Map.entry("chip.datacenter", "datacenter"),
          Map.entry("chip.memoryBandwidthGBps", "memoryBandwidthGBps"),
          Map.entry("chip.interconnectGBps", "interconnectGBps"),
          Map.entry("chip.hbmBandwidthDensity", "hbm"),
          Map.entry("chip.logicNodeNm", "die.nodeNm"),
          Map.entry("chip.nonPlanar", "die.nonPlanar"),
          Map.entry("chip.transistorsBillions", "die.transistorsBillions"),
          Map.entry("chip.hasHbm", "die.hbm"),
          Map.entry("chip.vendor", "vendor"),
          Map.entry("dd.exporterRole", "dueDiligence.exporterRole"),
          Map.entry("dd.approvedIcDesigner", "dueDiligence.approvedIcDesigner"),
          Map.entry("dd.designerAttests", "dueDiligence.designerAttests"),
          Map.entry("dd.packagedBy", "dueDiligence.packagedBy"),
          Map.entry("dd.packagedIn", "dueDiligence.packagedIn"),
          Map.entry("dd.transistorCountVerified", "dueDiligence.transistorCountVerified"));

  private final Regime regime;
  private final Map<MemoKey, Memo> memo = new ConcurrentHashMap<>();

  private static final int MAX_REMEMBERED = 10_000;

  /**
   * The key of a remembered classification: the very spec instance (catalogue specs are created
   * once), never its id, since an inline spec may reuse an id with other figures.
   */
  private record MemoKey(ChipSpec spec, LocalDate asOf) {
    @Override
    public boolean equals(Object o) {
      return o instanceof MemoKey k && k.spec == spec && k.asOf.equals(asOf);
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(spec) + asOf.hashCode();
    }
  }

  /** A remembered classification with its item facts, both immutable. */
  private record Memo(ChipClassification classification, Map<String, Object> itemFacts) {}

  /**
   * Creates a classifier for the regime's chip entries.
   *
   * @param regime the regime whose {@code classifications} with subject {@code chip} apply
   */
  public ChipClassifier(Regime regime) {
    this.regime = regime;
  }

  /**
   * Creates a classifier for the US EAR regime of the rule book.
   *
   * @throws IllegalStateException if the rule book has no US-EAR regime
   */
  public static ChipClassifier usEar(RuleBook book) {
    return new ChipClassifier(
        book.regime("US-EAR")
            .orElseThrow(() -> new IllegalStateException("the rule book has no US-EAR regime")));
  }

  /**
   * Classifies a chip as of a date. Catalogue chips (with an id and no shipment-specific due
   * diligence) are remembered per date, since their figures never change.
   */
  public ChipClassification classify(ChipSpec spec, LocalDate asOf) {
    return remembered(spec, asOf).classification();
  }

  /**
   * Classifies a chip and gives its facts as item facts ({@code item.chip.*}), as the determiner
   * needs them; remembered like {@link #classify}.
   */
  public Map<String, Object> itemFacts(ChipSpec spec, LocalDate asOf) {
    return remembered(spec, asOf).itemFacts();
  }

  private Memo remembered(ChipSpec spec, LocalDate asOf) {
    if (!spec.id().isEmpty() && spec.dueDiligence() == DueDiligence.NONE) {
      if (memo.size() > MAX_REMEMBERED) {
        memo.clear();
      }
      return memo.computeIfAbsent(new MemoKey(spec, asOf), k -> memo(spec, asOf));
    }
    return memo(spec, asOf);
  }

  private Memo memo(ChipSpec spec, LocalDate asOf) {
    ChipClassification c = compute(spec, asOf);
    return new Memo(c, Map.copyOf(c.itemFacts()));
  }

  private ChipClassification compute(ChipSpec spec, LocalDate asOf) {
    List<String> trace = new ArrayList<>();
    TotalProcessingPerformance tpp = TotalProcessingPerformance.of(spec.throughput());
    trace.addAll(tpp.trace());
    PerformanceDensity pd = PerformanceDensity.of(tpp.value(), spec.dieAreaMm2());
    trace.add(pd.trace());
    Double hbmDensity = null;
    if (spec.hbm() != null) {
      Hbm h = spec.hbm();
      if (h.bandwidthGBps() != null && h.packageAreaMm2() != null) {
        hbmDensity = h.bandwidthGBps() / h.packageAreaMm2();
        trace.add(
            "memory bandwidth density = "
                + number(h.bandwidthGBps())
                + " GB/s / "
                + number(h.packageAreaMm2())
                + " mm2 = "
                + number(hbmDensity)
                + " GB/s/mm2");
      } else {
        trace.add(
            "memory bandwidth density unknown: hbm.bandwidthGBps or hbm.packageAreaMm2 missing");
      }
    }
    Map<String, Object> facts = facts(spec, tpp.value(), pd.value(), hbmDensity);
    Map<String, Object> constants = regime.constantsAt(asOf);
    io.chokepoint.rules.FactLookup lookup =
        name -> {
          Object v = facts.get(name);
          return v != null ? v : constants.get(name);
        };
    Set<String> possible = new LinkedHashSet<>();
    Set<String> missing = new TreeSet<>();
    Set<String> readFacts = new LinkedHashSet<>();
    List<String> caveats = new ArrayList<>();
    ClassificationRule decided = null;
    List<String> applied = new ArrayList<>();
    for (ClassificationRule e : regime.classifications("chip")) {
      InForce in = e.validity().at(asOf);
      String head = e.id() + " (" + e.citation().shortForm() + ")";
      if (!in.applies()) {
        trace.add(head + ": " + in.why());
        continue;
      }
      applied.add(
          e.citation().reference() != null ? e.citation().reference() : e.citation().shortForm());
      Truth t = e.condition().evaluate(lookup);
      readFacts.addAll(e.condition().facts());
      String comparisons = String.join("; ", e.condition().explain(lookup));
      String code = e.codeFor(spec.form());
      if (t.isTrue()) {
        trace.add(
            head + ": holds -> " + code + (comparisons.isEmpty() ? "" : " [" + comparisons + "]"));
        possible.add(code);
        decided = e;
        addCaveats(e, caveats);
        break;
      }
      if (t.isUnknown()) {
        Set<String> m = new TreeSet<>();
        t.missing().forEach(f -> m.add(specField(f, tpp.value())));
        missing.addAll(m);
        trace.add(
            head
                + ": unknown, missing "
                + m
                + (t.error() == null ? "" : " (" + t.error() + ")")
                + " -> would give "
                + code);
        possible.add(code);
        addCaveats(e, caveats);
      } else {
        trace.add(
            head + ": does not hold" + (comparisons.isEmpty() ? "" : " [" + comparisons + "]"));
      }
    }
    if (decided == null) {
      possible.add("NONE");
    }
    String eccn;
    if (possible.size() == 1) {
      eccn = possible.iterator().next();
      missing.clear();
    } else {
      eccn = ChipClassification.UNKNOWN;
      trace.add("classification unknown: possible answers " + possible + " depend on " + missing);
    }
    if (decided == null && !ChipClassification.UNKNOWN.equals(eccn)) {
      trace.add("no advanced-computing entry holds on " + asOf + " -> NONE");
    }
    Boolean datacenter = spec.datacenter();
    if (decided != null
        && decided.presumesDatacenter()
        && !ChipClassification.UNKNOWN.equals(eccn)) {
      datacenter = Boolean.TRUE;
      trace.add("datacenter design presumed by " + decided.citation().shortForm());
    }
    for (String f : readFacts) {
      String field = SPEC_FIELD.get(f);
      if (field == null) {
        continue;
      }
      List<String> fields =
          "dieAreaMm2".equals(field) ? List.of("throughput", "dieAreaMm2") : List.of(field);
      for (String fld : fields) {
        if (spec.uncertain().contains(fld)) {
          String src = spec.sources().get(fld);
          caveats.add(
              spec.name()
                  + ": "
                  + fld
                  + " is an unsourced estimate"
                  + (src == null ? "" : " (" + src + ")"));
        }
      }
    }
    String rule =
        decided != null
            ? decided.citation().shortForm()
            : String.join("; ", new LinkedHashSet<>(applied));
    return new ChipClassification(
        spec.name(),
        regime.code(),
        asOf,
        tpp.value(),
        pd.value(),
        hbmDensity,
        eccn,
        datacenter,
        rule.isEmpty() ? null : rule,
        decided == null || ChipClassification.UNKNOWN.equals(eccn) ? null : decided.id(),
        trace,
        new ArrayList<>(missing),
        dedupe(caveats),
        facts);
  }

  private static void addCaveats(ClassificationRule e, List<String> caveats) {
    caveats.addAll(e.confidence().caveatLines(e.id(), e.caveats()));
  }

  private static List<String> dedupe(List<String> list) {
    return new ArrayList<>(new LinkedHashSet<>(list));
  }

  private static String specField(String fact, Double tpp) {
    if ("chip.performanceDensity".equals(fact) && tpp == null) {
      return "throughput";
    }
    return Optional.ofNullable(SPEC_FIELD.get(fact)).orElse(fact);
  }

  /** The chip facts a condition may read, keyed by dotted name; unknowns are absent. */
  static Map<String, Object> facts(ChipSpec s, Double tpp, Double pd, Double hbmDensity) {
    Map<String, Object> m = new HashMap<>();
    m.put("chip.id", s.id());
    m.put("chip.name", s.name());
    put(m, "chip.vendor", s.vendor());
    m.put("chip.form", s.form());
    put(m, "chip.tpp", tpp);
    put(m, "chip.performanceDensity", pd);
    put(m, "chip.datacenter", s.datacenter());
    put(m, "chip.memoryBandwidthGBps", s.memoryBandwidthGBps());
    put(m, "chip.interconnectGBps", s.interconnectGBps());
    put(m, "chip.hbmBandwidthDensity", hbmDensity);
    if (s.die() != null) {
      put(m, "chip.logicNodeNm", s.die().nodeNm());
      put(m, "chip.nonPlanar", s.die().nonPlanar());
      put(m, "chip.transistorsBillions", s.die().transistorsBillions());
      put(m, "chip.hasHbm", s.die().hbm());
    }
    DueDiligence dd = s.dueDiligence();
    put(m, "dd.exporterRole", dd.exporterRole());
    put(m, "dd.approvedIcDesigner", dd.approvedIcDesigner());
    put(m, "dd.designerAttests", dd.designerAttests());
    put(m, "dd.packagedBy", dd.packagedBy());
    put(m, "dd.packagedIn", dd.packagedIn());
    put(m, "dd.transistorCountVerified", dd.transistorCountVerified());
    return m;
  }

  private static void put(Map<String, Object> m, String k, Object v) {
    if (v != null) {
      m.put(k, v);
    }
  }
}
