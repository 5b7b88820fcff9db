package io.chokepoint.spark.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What an executor JVM builds once and shares between its tasks: values keyed by the content hash
 * of what they were built from (a list snapshot, a rule book). The first task that asks builds the
 * value; tasks that ask for the same key meanwhile wait for it rather than build their own; later
 * tasks, and later jobs in the same JVM, get the same instance.
 *
 * <p>Only the most recently used {@code capacity} values are kept, so that an executor serving a
 * long series of snapshots does not keep every index it ever built.
 *
 * @param <V> the value type; values must be immutable and safe for concurrent use
 */
public final class PerJvm<V> {
  private final int capacity;
  private final Map<String, Slot<V>> slots = new LinkedHashMap<>(4, 0.75f, true);
  private final AtomicInteger builds = new AtomicInteger();

  /**
   * Creates a cache.
   *
   * @param capacity how many values to keep
   * @throws IllegalArgumentException if {@code capacity} is less than 1
   */
  public PerJvm(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
  }

  /**
   * The value for a key, built by {@code build} if this JVM has not built it yet.
   *
   * @param key the content hash the value is built from
   * @param build builds the value; called at most once per key while the key is kept
   * @return the value
   * @throws RuntimeException whatever {@code build} throws; the key is then not kept, so that a
   *     later task tries again
   */
  public V get(String key, Supplier<V> build) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(build, "build");
    Slot<V> slot;
    synchronized (slots) {
      slot = slots.computeIfAbsent(key, k -> new Slot<>());
      while (slots.size() > capacity) {
        slots.remove(slots.keySet().iterator().next());
      }
    }
    try {
      return slot.get(
          () -> {
            builds.incrementAndGet();
            return build.get();
          });
    } catch (RuntimeException | Error e) {
      synchronized (slots) {
        slots.remove(key, slot);
      }
      throw e;
    }
  }

  /** How many values this JVM has built: one per key, not one per task, is the point. */
  public int builds() {
    return builds.get();
  }

  /** One key's value, built under the slot's own lock so that other keys are not held up. */
  private static final class Slot<V> {
    private V value;

    synchronized V get(Supplier<V> build) {
      if (value == null) {
        value = Objects.requireNonNull(build.get(), "the build returned null");
      }
      return value;
    }
  }
}
