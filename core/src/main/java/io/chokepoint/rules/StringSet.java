package io.chokepoint.rules;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The value of a named set ({@code sets.*}) as conditions see it: an immutable set of strings with
 * constant-time membership. In CEL it is an opaque type that supports {@code x in sets.NAME}; it is
 * not a CEL list, so that a 25-country group is not copied on every evaluation.
 */
public final class StringSet {
  private final List<String> members;
  private final Set<String> lookup;

  /** Creates a set of the members, keeping their order for display. */
  public StringSet(Collection<String> members) {
    this.members = List.copyOf(members);
    this.lookup = Set.copyOf(members);
  }

  /** Whether the value is a member. */
  public boolean contains(String value) {
    return lookup.contains(value);
  }

  /** The members in their written order. */
  public List<String> members() {
    return members;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StringSet s && s.lookup.equals(lookup);
  }

  @Override
  public int hashCode() {
    return lookup.hashCode();
  }

  @Override
  public String toString() {
    return members.toString();
  }
}
