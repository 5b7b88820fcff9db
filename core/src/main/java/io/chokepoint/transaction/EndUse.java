package io.chokepoint.transaction;

import java.util.List;

/**
 * What the items will be used for.
 *
 * @param purpose one of {@link #PURPOSES}, or {@code null} if unknown
 * @param logicNodeNm the logic node for logic-ic-production, or {@code null}
 * @param memoryLayers the memory layers for memory-ic-production, or {@code null}
 * @param militaryApplication whether the end use is military, or {@code null} if unknown
 */
public record EndUse(
    String purpose, Double logicNodeNm, Double memoryLayers, Boolean militaryApplication) {
  /** The end-use purposes of FORMATS.md §1. */
  public static final List<String> PURPOSES =
      List.of(
          "commercial",
          "datacenter",
          "consumer",
          "gaming",
          "automotive",
          "logic-ic-production",
          "memory-ic-production",
          "semiconductor-equipment",
          "ai-research",
          "supercomputer",
          "military",
          "wmd",
          "humanitarian",
          "other");
}
