package io.chokepoint.rules;

import io.chokepoint.source.Issues;
import io.chokepoint.source.Node;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import io.chokepoint.source.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of a rule book, for {@link RuleBookLoader}: its regime folders and their pack files,
 * parsed (on both cores), changed by an overlay, and hashed into the rule book's content hash.
 */
final class PackFiles {
  private PackFiles() {}

  /** The parsed files after the overlay, which sees them by relative path in path order. */
  static Map<Path, Object> overlaid(
      Path root, Map<Path, Object> parsed, PackOverlay overlay, Issues issues) {
    Map<String, Node> byName = new java.util.TreeMap<>();
    Map<String, Path> paths = new HashMap<>();
    parsed.forEach(
        (file, value) -> {
          if (value instanceof Node n) {
            String name = root.relativize(file).toString().replace('\\', '/');
            byName.put(name, n);
            paths.put(name, file);
          }
        });
    Map<String, Node> changed =
        overlay.apply(java.util.Collections.unmodifiableMap(byName), issues);
    Map<Path, Object> out = new HashMap<>(parsed);
    changed.forEach((name, node) -> out.put(paths.get(name), node));
    return out;
  }

  /**
   * Parses every pack file, on both cores when there are several: parsing YAML is a large part of a
   * cold start. Each file maps to its root node or to the {@link SourceException} it raised.
   */
  static Map<Path, Object> parseAll(Path root, java.util.Collection<List<Path>> groups) {
    List<Path> all = new ArrayList<>();
    groups.forEach(all::addAll);
    Map<Path, Object> out = new java.util.concurrent.ConcurrentHashMap<>();
    all.parallelStream()
        .forEach(
            file -> {
              try {
                out.put(file, SourceReader.read(file, root.relativize(file).toString()));
              } catch (SourceException e) {
                out.put(file, e);
              }
            });
    return out;
  }

  static List<Path> regimeDirectories(Path root, Issues issues) {
    if (!Files.isDirectory(root)) {
      issues.add(Position.ofFile(root.toString()), null, null, "rule-book directory not found");
      return List.of();
    }
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> packFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String hash(Path root, List<Path> files, String overlay) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      List<Path> sorted = new ArrayList<>(files);
      sorted.sort((a, b) -> root.relativize(a).toString().compareTo(root.relativize(b).toString()));
      for (Path p : sorted) {
        md.update(
            root.relativize(p).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(Files.readAllBytes(p));
        md.update((byte) 0);
      }
      if (!overlay.isEmpty()) {
        md.update("overlay".getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(overlay.getBytes(StandardCharsets.UTF_8));
      }
      return "sha256:" + HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
