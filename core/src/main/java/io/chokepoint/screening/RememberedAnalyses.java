package io.chokepoint.screening;

import io.chokepoint.source.KeptFile;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Name analyses kept from one run to the next, so that a server does not analyse the same twenty
 * thousand list names each time it starts (the analysis is most of building a screening index). A
 * file holds the analyses that one build of the analyser made, named by its fingerprint (the jar it
 * was loaded from and the Java runtime); a file of any other build, or one that cannot be read, is
 * ignored and every name is analysed afresh. A remembered analysis is the value the analyser
 * returned for the same text, so an index built with them is the index built without.
 */
public final class RememberedAnalyses {
  private static final int MAGIC = 0x43504e41;
  private static final int FORMAT = 1;
  // writeUTF's limit; a longer name is simply not remembered
  private static final int LONGEST = 16_000;

  private final String fingerprint;
  private final Map<String, AnalyzedName> byName;
  private final int read;
  private final AtomicInteger made = new AtomicInteger();
  private final String why;

  private RememberedAnalyses(
      String fingerprint, ConcurrentHashMap<String, AnalyzedName> byName, String why) {
    this.fingerprint = fingerprint;
    this.byName = byName;
    this.read = byName.size();
    this.why = why;
  }

  /**
   * None remembered: every name is analysed.
   *
   * @param fingerprint the analyser build the analyses made from now on belong to, or null when
   *     they cannot be told apart from another build's (then nothing is written)
   */
  public static RememberedAnalyses none(String fingerprint) {
    return new RememberedAnalyses(fingerprint, new ConcurrentHashMap<>(), "none read");
  }

  /**
   * The analyses in {@code file}, if it was written by the analyser build {@code fingerprint}; none
   * otherwise (no file, another build's, or damaged: {@link #status()} says which).
   *
   * @param fingerprint this analyser build's, or null to remember nothing
   * @throws NullPointerException if {@code file} is null
   */
  public static RememberedAnalyses read(Path file, String fingerprint) {
    Objects.requireNonNull(file, "file");
    if (fingerprint == null) {
      return new RememberedAnalyses(
          null, new ConcurrentHashMap<>(), "not remembered: classes not from a jar");
    }
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
        return new RememberedAnalyses(
            fingerprint, new ConcurrentHashMap<>(), "ignored " + file + ": not ours");
      }
      if (!in.readUTF().equals(fingerprint)) {
        return new RememberedAnalyses(
            fingerprint, new ConcurrentHashMap<>(), "ignored " + file + ": made by another build");
      }
      return new RememberedAnalyses(fingerprint, readNames(in), "read " + file);
    } catch (NoSuchFileException e) {
      return none(fingerprint);
    } catch (IOException | RuntimeException e) {
      return new RememberedAnalyses(
          fingerprint, new ConcurrentHashMap<>(), "ignored " + file + ": " + e);
    }
  }

  private static ConcurrentHashMap<String, AnalyzedName> readNames(DataInputStream in)
      throws IOException {
    String[] strings = new String[in.readInt()];
    for (int i = 0; i < strings.length; i++) {
      strings[i] = in.readUTF();
    }
    TokenKind[] kinds = TokenKind.values();
    int count = in.readInt();
    ConcurrentHashMap<String, AnalyzedName> out = new ConcurrentHashMap<>(count * 4 / 3 + 1);
    for (int n = 0; n < count; n++) {
      String original = strings[in.readInt()];
      String normalized = strings[in.readInt()];
      Token[] tokens = new Token[in.readUnsignedShort()];
      for (int t = 0; t < tokens.length; t++) {
        tokens[t] =
            new Token(
                strings[in.readInt()],
                strings[in.readInt()],
                kinds[in.readUnsignedByte()],
                strings[in.readInt()],
                strings[in.readInt()]);
      }
      out.put(original, new AnalyzedName(original, normalized, List.of(tokens)));
    }
    if (in.readInt() != MAGIC) {
      throw new IOException("no end mark");
    }
    return out;
  }

  /** The analysis of {@code name}: the remembered one, or the analyser's, then remembered. */
  AnalyzedName analyze(String name, NameAnalyzer analyzer) {
    AnalyzedName a = byName.get(name);
    if (a == null) {
      a = analyzer.analyze(name);
      if (byName.putIfAbsent(name, a) == null) {
        made.incrementAndGet();
      }
    }
    return a;
  }

  /** How many analyses were read from the file. */
  public int read() {
    return read;
  }

  /** How many names were analysed because they were not remembered. */
  public int made() {
    return made.get();
  }

  /** Whether the file was used, or why not. */
  public String status() {
    return why;
  }

  /**
   * Writes the analyses of {@code names} that are remembered to {@code file}, replacing it in one
   * step (a reader sees the old file or the new, never half of one). Nothing is written when this
   * build has no fingerprint.
   *
   * @throws IOException if the file cannot be written
   */
  public void write(Path file, Iterable<String> names) throws IOException {
    if (fingerprint == null) {
      return;
    }
    Map<String, Integer> ids = new HashMap<>();
    List<String> strings = new ArrayList<>();
    List<AnalyzedName> kept = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String name : names) {
      AnalyzedName a = byName.get(name);
      if (a != null && name.length() <= LONGEST && seen.add(name)) {
        kept.add(a);
        for (String s : strings(a)) {
          ids.computeIfAbsent(
              s,
              k -> {
                strings.add(k);
                return strings.size() - 1;
              });
        }
      }
    }
    KeptFile.write(
        file,
        MAGIC,
        FORMAT,
        fingerprint,
        out -> {
          out.writeInt(strings.size());
          for (String s : strings) {
            out.writeUTF(s);
          }
          out.writeInt(kept.size());
          for (AnalyzedName a : kept) {
            out.writeInt(ids.get(a.original()));
            out.writeInt(ids.get(a.normalized()));
            out.writeShort(a.tokens().size());
            for (Token t : a.tokens()) {
              out.writeInt(ids.get(t.key()));
              out.writeInt(ids.get(t.surface()));
              out.writeByte(t.kind().ordinal());
              out.writeInt(ids.get(t.note()));
              out.writeInt(ids.get(t.pinyin()));
            }
          }
          out.writeInt(MAGIC);
        });
  }

  private static List<String> strings(AnalyzedName a) {
    List<String> out = new ArrayList<>(2 + 4 * a.tokens().size());
    out.add(a.original());
    out.add(a.normalized());
    for (Token t : a.tokens()) {
      out.add(t.key());
      out.add(t.surface());
      out.add(t.note());
      out.add(t.pinyin());
    }
    return out;
  }
}
