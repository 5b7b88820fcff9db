package io.chokepoint.classify;

/**
 * The figures of a logic die leaving a foundry, for the foundry due-diligence presumption.
 *
 * @param nodeNm the process node in nm, or {@code null}
 * @param nonPlanar whether it uses non-planar (FinFET/GAA) transistors, or {@code null}
 * @param transistorsBillions the transistor count in billions, or {@code null}
 * @param hbm whether HBM is co-packaged, or {@code null}
 */
public record LogicDie(Double nodeNm, Boolean nonPlanar, Double transistorsBillions, Boolean hbm) {}
