package io.chokepoint.rules;

import io.chokepoint.source.Position;
import java.util.List;

/**
 * Which items a regime reaches at all, as a condition per item (the US EAR reaches items "subject
 * to the EAR"). Rules of the regime are evaluated only for items it reaches or may reach; an item
 * it may reach makes a firing rule unknown, with the missing facts named.
 *
 * @param description what the condition means, in words
 * @param citation where it comes from
 * @param condition the per-item condition
 * @param doubts conditions under which an answer should question its own input, each with the
 *     warning to give (a stated fact that the other facts contradict)
 * @param position where it is written
 */
public record Jurisdiction(
    String description,
    Citation citation,
    Condition condition,
    List<Doubt> doubts,
    Position position) {
  public Jurisdiction {
    doubts = List.copyOf(doubts);
  }

  /**
   * A warning given for an item when its condition holds.
   *
   * @param when the per-item condition
   * @param warning the warning, in words
   */
  public record Doubt(Condition when, String warning) {}
}
