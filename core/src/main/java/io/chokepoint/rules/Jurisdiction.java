package io.chokepoint.rules;

import io.chokepoint.source.Position;

/**
 * Which items a regime reaches at all, as a condition per item (the US EAR reaches items "subject
 * to the EAR"). Rules of the regime are evaluated only for items it reaches or may reach; an item
 * it may reach makes a firing rule unknown, with the missing facts named.
 *
 * @param description what the condition means, in words
 * @param citation where it comes from
 * @param condition the per-item condition
 * @param position where it is written
 */
public record Jurisdiction(
    String description, Citation citation, Condition condition, Position position) {}
