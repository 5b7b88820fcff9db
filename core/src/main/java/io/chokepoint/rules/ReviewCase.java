package io.chokepoint.rules;

/**
 * A review policy that replaces a rule's default review when its condition holds and the as-of date
 * lies in its dates, such as the 2026-01-15 case-by-case window for exports from the US.
 *
 * @param id an id for answers
 * @param when the condition, or {@code null} for dates only
 * @param dates the days the case applies, or {@code null} for always
 * @param review the review policy that applies
 * @param citation where the policy comes from, or {@code null} to use the rule's
 * @param note why, in words
 */
public record ReviewCase(
    String id,
    Condition when,
    Interval dates,
    ReviewPolicy review,
    Citation citation,
    String note) {}
