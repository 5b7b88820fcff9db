package io.chokepoint.rules;

/**
 * A period in which a rule in force is suspended by another instrument.
 *
 * @param interval the suspended days
 * @param instrument the suspending instrument, e.g. "MOFCOM Announcement 2025 No. 70"
 * @param endConfirmed whether the end of the suspension is confirmed; when {@code false} and the
 *     as-of date lies after the scheduled end, answers carry a warning that the suspension is
 *     assumed to have lapsed
 * @param note anything the reader should know
 */
public record Suspension(Interval interval, String instrument, boolean endConfirmed, String note) {}
