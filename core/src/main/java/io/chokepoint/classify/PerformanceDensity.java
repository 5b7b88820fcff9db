package io.chokepoint.classify;

import static io.chokepoint.rules.Comparison.number;

/**
 * Performance density (PD) under Technical Note 4 to ECCN 3A090: TPP divided by the applicable die
 * area in mm2 (all logic dies on non-planar processes).
 *
 * @param value the PD, or {@code null} when TPP or the die area is unknown
 * @param trace the step with its numbers
 */
public record PerformanceDensity(Double value, String trace) {

  /** Computes PD. */
  public static PerformanceDensity of(Double tpp, Double dieAreaMm2) {
    if (tpp == null) {
      return new PerformanceDensity(null, "PD unknown: TPP is unknown");
    }
    if (dieAreaMm2 == null) {
      return new PerformanceDensity(
          null, "PD unknown: the applicable die area (dieAreaMm2) is not given");
    }
    double pd = tpp / dieAreaMm2;
    return new PerformanceDensity(
        pd,
        "PD = TPP / applicable die area = "
            + number(tpp)
            + " / "
            + number(dieAreaMm2)
            + " mm2 = "
            + number(pd));
  }
}
