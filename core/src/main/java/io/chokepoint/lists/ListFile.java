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
 */
record ListFile(List<ListEntry> entries, LocalDate asOf, List<ListSource> sources) {
  ListFile {
    entries = List.copyOf(entries);
    sources = List.copyOf(sources);
  }
}
