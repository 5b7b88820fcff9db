package io.chokepoint.classify;

/**
 * The figures of a stand-alone high-bandwidth-memory stack or package, for 3A090.c.
 *
 * @param bandwidthGBps package or stack bandwidth in GB/s, or {@code null}
 * @param packageAreaMm2 package or stack area in mm2, or {@code null}
 */
public record Hbm(Double bandwidthGBps, Double packageAreaMm2) {}
