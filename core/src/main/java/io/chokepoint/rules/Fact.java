package io.chokepoint.rules;

/**
 * A name that rule conditions may read, with its type and meaning. The vocabulary of facts is fixed
 * per regime, so a typo in a condition is a load-time error, not a silent unknown.
 *
 * @param name the dotted name used in conditions, e.g. {@code item.chip.tpp}
 * @param type the value type
 * @param scope what the fact belongs to
 * @param description what the fact means and where it comes from in the input
 */
public record Fact(String name, FactType type, Scope scope, String description) {}
