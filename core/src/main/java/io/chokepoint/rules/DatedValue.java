package io.chokepoint.rules;

/**
 * A value that holds over an interval of days, such as a threshold or the members of a country
 * group.
 *
 * @param interval the days the value holds
 * @param value the value
 * @param source where the value comes from (a citation in words), or {@code null}
 * @param <T> the value type
 */
public record DatedValue<T>(Interval interval, T value, String source) {}
