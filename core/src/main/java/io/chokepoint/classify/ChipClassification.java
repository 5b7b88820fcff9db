package io.chokepoint.classify;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The classification of one chip under one regime on one date, with everything needed to explain
 * it: the computed figures, the entry that decided, the trace, missing facts and caveats.
 *
 * @param name the chip name
 * @param regime the regime, e.g. US-EAR
 * @param asOf the evaluation date
 * @param tpp total processing performance, or {@code null} if unknown
 * @param performanceDensity TPP per mm2 of applicable die area, or {@code null}
 * @param hbmBandwidthDensity HBM GB/s per mm2, or {@code null}
 * @param eccn 3A090.a, 3A090.b, 3A090.c, 4A090.a, 4A090.b, NONE, or UNKNOWN when facts are missing
 * @param datacenter whether it counts as designed for datacenters (including a presumption)
 * @param rule the citation of the entry that decided, or of the tests applied when none held
 * @param decidedBy the id of the deciding entry, or {@code null}
 * @param trace every step with its numbers
 * @param missingFacts the spec fields whose absence left the code unknown
 * @param caveats uncertain figures and rules the answer rests on
 * @param facts the chip facts ({@code chip.*}, {@code dd.*}) for rule conditions; unknowns absent
 */
public record ChipClassification(
    String name,
    String regime,
    LocalDate asOf,
    Double tpp,
    Double performanceDensity,
    Double hbmBandwidthDensity,
    String eccn,
    Boolean datacenter,
    String rule,
    String decidedBy,
    List<String> trace,
    List<String> missingFacts,
    List<String> caveats,
    Map<String, Object> facts) {

  /** The code for a chip that no entry could classify for lack of facts. */
  public static final String UNKNOWN = "UNKNOWN";

  public ChipClassification {
    trace = List.copyOf(trace);
    missingFacts = List.copyOf(missingFacts);
    caveats = List.copyOf(caveats);
    facts = Map.copyOf(facts);
  }

  /**
   * The chip facts as item facts ({@code item.chip.*}), for an item that carries this chip. The
   * {@code dd.*} due-diligence facts are not included.
   */
  public Map<String, Object> itemFacts() {
    Map<String, Object> m = new java.util.HashMap<>();
    facts.forEach(
        (k, v) -> {
          if (k.startsWith("chip.")) {
            m.put("item." + k, v);
          }
        });
    return m;
  }

  /** Whether the code is known. */
  public boolean known() {
    return !UNKNOWN.equals(eccn);
  }
}
