package io.chokepoint.lists;

import io.chokepoint.source.KeptFile;
import io.chokepoint.source.Position;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A list snapshot kept from one run to the next, so that a server does not parse the same list
 * files each time it starts. It is remembered under a key over the files and the build (the path,
 * length and CRC-32C checksum of every file under the paths loaded, and {@link
 * io.chokepoint.source.ThisBuild}), with the days it holds for: loading depends on the day only
 * through dates a list states for itself that are in the future, so a snapshot holds from the day
 * it was loaded until the first such date. A file under another key, or one that cannot be read, is
 * ignored and the lists are loaded afresh; the snapshot read back is the one that was loaded, entry
 * for entry. (A rescreen result's {@code lists.jsonl} is not this: it leaves out the entries'
 * positions and the files read, and recomputes the content hash when read, which a start is here to
 * avoid.)
 */
public final class RememberedSnapshot {
  private static final int MAGIC = 0x43504c53;
  private static final int FORMAT = 2;
  private static final int NULL = -1;

  private RememberedSnapshot() {}

  /**
   * The key of loading {@code paths} with this build; null when {@code build} is null (nothing is
   * remembered). The day is not in it: a snapshot is kept with the days it holds for ({@link
   * ListLoader.Dated}).
   *
   * @throws UncheckedIOException if a file cannot be read
   */
  public static String key(List<Path> paths, String build) {
    return io.chokepoint.source.FilesKey.of(paths, build);
  }

  /**
   * The snapshot remembered in {@code file} under {@code key}, if loading the same files on {@code
   * today} gives it; empty if there is none, it is under another key, it was loaded on a day whose
   * result does not hold today, or the file cannot be read.
   */
  public static Optional<ListSnapshot> read(Path file, String key, LocalDate today) {
    return KeptFile.read(
        file,
        MAGIC,
        FORMAT,
        key,
        in -> {
          LocalDate loadedOn = LocalDate.ofEpochDay(in.readLong());
          long changes = in.readLong();
          LocalDate changesOn = changes == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(changes);
          return new ListLoader.Dated(null, loadedOn, changesOn).sameOn(today)
              ? new Reader(in).snapshot()
              : null;
        });
  }

  /**
   * Remembers a loaded snapshot in {@code file} under {@code key}, with the days it holds for,
   * replacing the file in one step; does nothing for a null key.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, String key, ListLoader.Dated loaded) throws IOException {
    if (key == null) {
      return;
    }
    ListSnapshot snapshot = loaded.snapshot();
    Writer strings = new Writer();
    strings.collect(snapshot);
    KeptFile.write(
        file,
        MAGIC,
        FORMAT,
        key,
        out -> {
          out.writeLong(loaded.loadedOn().toEpochDay());
          out.writeLong(
              loaded.changesOn() == null ? Long.MIN_VALUE : loaded.changesOn().toEpochDay());
          strings.write(out, snapshot);
          out.writeInt(MAGIC);
        });
  }

  /** Writes a snapshot with each distinct string once, entries referring to them by number. */
  private static final class Writer {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> strings = new ArrayList<>();

    void collect(ListSnapshot s) {
      s.counts().keySet().forEach(this::id);
      for (ListSource x : s.sources()) {
        id(x.path());
        id(x.sha256());
      }
      for (ListEntry e : s.entries()) {
        id(e.id());
        id(e.list());
        id(e.name());
        List.of(e.aliases(), e.countries(), e.addresses(), e.programs())
            .forEach(l -> l.forEach(this::id));
        id(e.source());
        id(e.licencePolicy());
        e.details()
            .forEach(
                (k, v) -> {
                  id(k);
                  id(v);
                });
        id(e.position() == null ? null : e.position().file());
      }
    }

    private int id(String s) {
      if (s == null) {
        return NULL;
      }
      return ids.computeIfAbsent(
          s,
          k -> {
            strings.add(k);
            return strings.size() - 1;
          });
    }

    void write(DataOutputStream out, ListSnapshot s) throws IOException {
      out.writeInt(strings.size());
      for (String x : strings) {
        out.writeUTF(x);
      }
      date(out, s.asOf());
      out.writeUTF(s.contentHash());
      out.writeInt(s.counts().size());
      for (Map.Entry<String, Integer> c : s.counts().entrySet()) {
        out.writeInt(id(c.getKey()));
        out.writeInt(c.getValue());
      }
      out.writeInt(s.sources().size());
      for (ListSource x : s.sources()) {
        out.writeInt(id(x.path()));
        out.writeUTF(x.format().name());
        out.writeInt(id(x.sha256()));
        date(out, x.asOf());
        out.writeInt(x.entries());
      }
      out.writeInt(s.entries().size());
      for (ListEntry e : s.entries()) {
        out.writeInt(id(e.id()));
        out.writeInt(id(e.list()));
        out.writeByte(e.kind().ordinal());
        out.writeInt(id(e.name()));
        for (List<String> l : List.of(e.aliases(), e.countries(), e.addresses(), e.programs())) {
          out.writeInt(l.size());
          for (String x : l) {
            out.writeInt(id(x));
          }
        }
        date(out, e.listedOn());
        out.writeInt(id(e.source()));
        out.writeInt(id(e.licencePolicy()));
        out.writeInt(e.details().size());
        for (Map.Entry<String, String> d : e.details().entrySet()) {
          out.writeInt(id(d.getKey()));
          out.writeInt(id(d.getValue()));
        }
        Position p = e.position();
        out.writeBoolean(p != null);
        if (p != null) {
          out.writeInt(id(p.file()));
          out.writeInt(p.line());
          out.writeInt(p.column());
        }
      }
    }

    private static void date(DataOutputStream out, LocalDate d) throws IOException {
      out.writeLong(d == null ? Long.MIN_VALUE : d.toEpochDay());
    }
  }

  /** Reads what {@link Writer} wrote. */
  private static final class Reader {
    private final DataInputStream in;
    private String[] strings;

    Reader(DataInputStream in) {
      this.in = in;
    }

    ListSnapshot snapshot() throws IOException {
      strings = new String[in.readInt()];
      for (int i = 0; i < strings.length; i++) {
        strings[i] = in.readUTF();
      }
      LocalDate asOf = date();
      String hash = in.readUTF();
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (int n = in.readInt(); n > 0; n--) {
        counts.put(string(), in.readInt());
      }
      List<ListSource> sources = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        sources.add(
            new ListSource(
                string(), ListFormat.valueOf(in.readUTF()), string(), date(), in.readInt()));
      }
      EntryKind[] kinds = EntryKind.values();
      ListEntry[] entries = new ListEntry[in.readInt()];
      for (int i = 0; i < entries.length; i++) {
        String id = string();
        String list = string();
        EntryKind kind = kinds[in.readUnsignedByte()];
        String name = string();
        List<String> aliases = strings();
        List<String> countries = strings();
        List<String> addresses = strings();
        List<String> programs = strings();
        LocalDate listedOn = date();
        String source = string();
        String policy = string();
        Map<String, String> details = new HashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
          details.put(string(), string());
        }
        Position position =
            in.readBoolean() ? new Position(string(), in.readInt(), in.readInt()) : null;
        entries[i] =
            new ListEntry(
                id, list, kind, name, aliases, countries, addresses, programs, listedOn, source,
                policy, details, position);
      }
      if (in.readInt() != MAGIC) {
        throw new IOException("no end mark");
      }
      return new ListSnapshot(List.of(entries), asOf, hash, counts, sources);
    }

    private String string() throws IOException {
      int i = in.readInt();
      return i == NULL ? null : strings[i];
    }

    private List<String> strings() throws IOException {
      String[] out = new String[in.readInt()];
      for (int i = 0; i < out.length; i++) {
        out[i] = string();
      }
      return List.of(out);
    }

    private LocalDate date() throws IOException {
      long d = in.readLong();
      return d == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(d);
    }
  }
}
