package io.chokepoint.lists;

import java.time.LocalDate;
import java.util.List;

/**
 * What a reader made of one list file (or one OFAC file set): its entries, the date its content is
 * as of when the file itself says, and the files read.
 *
 * @param entries the entries, in file order
 * @param asOf the date the file says its content is as of, or {@code null}
 * @param sources the files read, the one that gave the entries first
 * @param changesOn the first day on which reading the file would give another result (a date the
 *     file states is then no longer in the future), or {@code null} if no later day would
 */
record ListFile(
    List<ListEntry> entries, LocalDate asOf, List<ListSource> sources, LocalDate changesOn) {
  ListFile {
    entries = List.copyOf(entries);
    sources = List.copyOf(sources);
  }

  /** A file whose reading does not depend on the day it is read. */
  ListFile(List<ListEntry> entries, LocalDate asOf, List<ListSource> sources) {
    this(entries, asOf, sources, null);
  }
}
