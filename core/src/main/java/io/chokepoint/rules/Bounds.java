package io.chokepoint.rules;

/**
 * What is known of an unknown number: it lies between {@code min} and {@code max} inclusive. A
 * content share with undecided lines has such bounds (the share if none of them counts, and if all
 * do), and a condition that gives the same answer throughout them is decided (see {@link
 * Condition#evaluate}).
 *
 * @param min the least value
 * @param max the greatest value
 */
public record Bounds(double min, double max) {
  public Bounds {
    if (!(min <= max)) {
      throw new IllegalArgumentException(String.format("bounds [%s, %s] are empty", min, max));
    }
  }
}
