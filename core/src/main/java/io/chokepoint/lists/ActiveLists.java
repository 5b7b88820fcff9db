package io.chokepoint.lists;

import io.chokepoint.source.SourceException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The list snapshot screening runs against now, shared between threads. A new snapshot replaces it
 * only once it has loaded completely: if loading fails, the previous snapshot stays active and
 * every screening goes on against it, never against a part of the new lists.
 */
public final class ActiveLists {
  private final AtomicReference<ListSnapshot> current;

  /**
   * Starts with a snapshot.
   *
   * @param initial the snapshot active at first
   * @throws NullPointerException if {@code initial} is null
   */
  public ActiveLists(ListSnapshot initial) {
    current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
  }

  /** The active snapshot. */
  public ListSnapshot current() {
    return current.get();
  }

  /**
   * Loads list files and folders with {@link ListLoader} and makes them the active snapshot.
   *
   * @param paths list files or folders
   * @param today as for {@link ListLoader#load(List, LocalDate)}
   * @return what changed from the snapshot replaced
   * @throws SourceException if the lists do not load; the active snapshot is then unchanged
   */
  public ListDelta replace(List<Path> paths, LocalDate today) {
    return replace(() -> ListLoader.load(paths, today));
  }

  /**
   * Makes the snapshot a loader gives the active one, if the loader returns one.
   *
   * @param loader loads the new snapshot
   * @return what changed from the snapshot replaced
   * @throws SourceException or whatever else the loader throws; the active snapshot is then
   *     unchanged
   * @throws NullPointerException if the loader returns null
   */
  public ListDelta replace(Supplier<ListSnapshot> loader) {
    ListSnapshot next = Objects.requireNonNull(loader.get(), "the loader returned no snapshot");
    return ListDelta.between(current.getAndSet(next), next);
  }
}
