package io.chokepoint.lists;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable set of list entries loaded together: what screening runs against. It carries a
 * content hash over its entries (not over file bytes, so that reformatting a file does not change
 * it), the date the lists are as of, and per-list counts.
 *
 * @param entries the entries, sorted by id
 * @param asOf the date the lists are as of
 * @param contentHash {@code sha256:} and the hex digest of the entries' canonical content
 * @param counts entries per list code, sorted by code
 * @param sources the files read
 */
public record ListSnapshot(
    List<ListEntry> entries,
    LocalDate asOf,
    String contentHash,
    Map<String, Integer> counts,
    List<ListSource> sources) {
  public ListSnapshot {
    entries = List.copyOf(entries);
    counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
    sources = List.copyOf(sources);
  }

  /**
   * Builds a snapshot, sorting the entries and computing the hash and counts.
   *
   * @param entries the entries; ids must be unique
   * @param asOf the date the lists are as of
   * @param sources the files read
   * @return the snapshot
   * @throws IllegalArgumentException if two entries share an id
   */
  public static ListSnapshot of(List<ListEntry> entries, LocalDate asOf, List<ListSource> sources) {
    List<ListEntry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(ListEntry::id));
    Map<String, Integer> counts = new TreeMap<>();
    MessageDigest digest = sha256();
    String previous = null;
    for (ListEntry e : sorted) {
      if (e.id().equals(previous)) {
        throw new IllegalArgumentException(
            String.format("two entries have the id %s (%s)", e.id(), e.position()));
      }
      previous = e.id();
      counts.merge(e.list(), 1, Integer::sum);
      digest.update(EntryCanonicalForm.of(e).getBytes(StandardCharsets.UTF_8));
    }
    String hash = "sha256:" + HexFormat.of().formatHex(digest.digest());
    return new ListSnapshot(sorted, asOf, hash, counts, sources);
  }

  /**
   * The entry with this id.
   *
   * @param id a list entry's id
   * @return the entry, or empty if the snapshot has none with that id
   */
  public java.util.Optional<ListEntry> entry(String id) {
    return entries.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK must provide SHA-256", e);
    }
  }
}
