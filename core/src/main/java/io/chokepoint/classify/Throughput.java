package io.chokepoint.classify;

/**
 * A peak processing rate of a chip at one precision.
 *
 * @param precision the name, e.g. FP8 or INT8
 * @param bits the bit length of the operation
 * @param tops tera-operations per second as published (a multiply-accumulate counts as two)
 * @param mac whether the rate counts multiply-accumulate operations
 * @param sparse whether the published rate assumes sparsity; such rates are halved
 */
public record Throughput(String precision, int bits, double tops, boolean mac, boolean sparse) {

  /** The dense rate: the published rate, halved if it assumes sparsity (Technical Note 3). */
  public double denseTops() {
    return sparse ? tops / 2 : tops;
  }
}
