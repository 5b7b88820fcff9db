package io.chokepoint.lists;

import io.chokepoint.source.Fields;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Node;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import io.chokepoint.source.SourceReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The manifest of a list folder, {@code lists.yaml}: which files of the folder to load, in which
 * format, as of which date, and where each came from under which licence. With a manifest a folder
 * loads exactly the files it names.
 *
 * <pre>
 * lists:
 *   - file: us_bis_dpl/dpl.txt     # required: relative to the folder
 *     format: BIS_DPL              # required: a ListFormat name
 *     asOf: 2022-09-02             # optional: the date its content is as of
 *     url: https://…               # optional: where it was published
 *     licence: public domain       # optional
 *     notes: …                     # optional
 * </pre>
 *
 * @param files the files named, in manifest order
 */
record ListManifest(List<Item> files) {
  /** The manifest's file name. */
  static final String NAME = "lists.yaml";

  /**
   * One file of the manifest.
   *
   * @param file the file, resolved against the folder
   * @param format the format it must be in
   * @param asOf the date its content is as of, or {@code null}
   * @param url where it was published, or {@code null}
   * @param licence its licence, or {@code null}
   * @param position where the manifest names it
   */
  record Item(
      Path file,
      ListFormat format,
      LocalDate asOf,
      String url,
      String licence,
      Position position) {}

  ListManifest {
    files = List.copyOf(files);
  }

  /**
   * Reads a folder's manifest.
   *
   * @param folder the folder holding the manifest
   * @param display the folder as the user named it
   * @param issues where problems go
   * @return the manifest, or {@code null} after recording its problems
   */
  static ListManifest read(Path folder, String display, Issues issues) {
    String shown = Path.of(display).resolve(NAME).toString();
    Node root;
    try {
      root = SourceReader.read(folder.resolve(NAME), shown);
    } catch (SourceException e) {
      issues.addAll(e.issues());
      return null;
    }
    int before = issues.size();
    Fields top = Fields.of(root, issues, null);
    List<String> formats = Arrays.stream(ListFormat.values()).map(Enum::name).toList();
    List<Item> items = new ArrayList<>();
    Path base = folder.toAbsolutePath().normalize();
    for (Node n : top.list("lists")) {
      Fields f = Fields.of(n, issues, null);
      String file = f.requiredString("file");
      String format = f.oneOf("format", formats, true);
      LocalDate asOf = f.optionalDate("asOf");
      String url = f.optionalString("url");
      String licence = f.optionalString("licence");
      f.optionalString("notes");
      f.end();
      if (file == null || format == null) {
        continue;
      }
      Path resolved = base.resolve(file).normalize();
      if (!resolved.startsWith(base)) {
        issues.add(f.raw("file"), null, "the file must lie inside the folder " + display);
        continue;
      }
      items.add(
          new Item(
              resolved, ListFormat.valueOf(format), asOf, url, licence, f.raw("file").position()));
    }
    if (top.list("lists").isEmpty() && issues.size() == before) {
      issues.add(root.position(), null, "lists", "the manifest names no list file");
    }
    top.end();
    return issues.size() > before ? null : new ListManifest(items);
  }
}
