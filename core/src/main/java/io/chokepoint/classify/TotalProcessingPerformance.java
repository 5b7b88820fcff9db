package io.chokepoint.classify;

import static io.chokepoint.rules.Comparison.number;

import java.util.ArrayList;
import java.util.List;

/**
 * Total processing performance (TPP) under Technical Notes 1 to 3 to ECCN 3A090: the highest, over
 * the supported precisions, of the dense rate in TOPS times the bit length. Sparse rates are halved
 * before use. A MAC counts as two operations, as in the datasheets, so TOPS times bits equals 2 x
 * MacTOPS x bit length.
 *
 * @param value the TPP, or {@code null} when the chip has no throughput figures
 * @param precision the precision that gives the maximum, or {@code null}
 * @param trace every step with its numbers
 */
public record TotalProcessingPerformance(Double value, String precision, List<String> trace) {
  public TotalProcessingPerformance {
    trace = List.copyOf(trace);
  }

  /** Computes TPP from the throughput figures. */
  public static TotalProcessingPerformance of(List<Throughput> throughput) {
    List<String> trace = new ArrayList<>();
    if (throughput.isEmpty()) {
      trace.add("TPP unknown: the spec gives no throughput figures");
      return new TotalProcessingPerformance(null, null, trace);
    }
    double best = -1;
    String bestPrecision = null;
    for (Throughput t : throughput) {
      double dense = t.denseTops();
      double tpp = dense * t.bits();
      StringBuilder line = new StringBuilder(t.precision()).append(": ");
      if (t.sparse()) {
        line.append(number(t.tops())).append(" TOPS sparse / 2 = ");
      }
      line.append(number(dense))
          .append(" TOPS x ")
          .append(t.bits())
          .append(" bits = ")
          .append(number(tpp));
      if (!t.mac()) {
        line.append(" (non-MAC rate, counted as published)");
      }
      trace.add(line.toString());
      if (tpp > best) {
        best = tpp;
        bestPrecision = t.precision();
      }
    }
    trace.add(
        "TPP = max over precisions of dense TOPS x bits = "
            + number(best)
            + " ("
            + bestPrecision
            + ")");
    return new TotalProcessingPerformance(best, bestPrecision, trace);
  }
}
