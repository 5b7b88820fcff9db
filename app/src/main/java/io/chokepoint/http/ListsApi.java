package io.chokepoint.http;

import io.chokepoint.cli.ListsCommand;
import io.chokepoint.cli.ListsHistoryCommand;
import io.chokepoint.review.Role;
import io.chokepoint.source.Issue;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import io.chokepoint.store.lists.ListSnapshots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Restricted-party lists: the active snapshot, the snapshots recorded in the database, and
 * importing a list file all or nothing, as {@code chokepoint lists status|history|import} do
 * (docs/formats.md §11). A successful import becomes the server's active snapshot at once, for
 * screening and checks.
 *
 * <p>{@code lists diff} compares two files on disk; over HTTP the delta an import prints, and the
 * deltas {@code history} records, answer the same question, so there is no diff endpoint.
 */
final class ListsApi implements ApiModule {
  /** A file name that is safe to write and that the list loader will read (by its extension). */
  private static final Pattern NAME =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.(csv|tsv|txt|xml)");

  @Override
  public void register(Api api) {
    api.route(
        new Endpoint(
            "GET",
            "/api/lists",
            Role.VIEWER,
            "lists",
            "The active list snapshot: hash, as-of date, counts per list and source files.",
            null),
        call -> ListsCommand.status(api.services().lists()));
    api.route(
        new Endpoint(
            "GET",
            "/api/lists/history",
            Role.VIEWER,
            "lists",
            "The list snapshots screening ran against, oldest first, each with its delta.",
            null),
        call -> {
          List<Object> out = new ArrayList<>();
          for (ListSnapshots.Recorded r : api.services().store().listSnapshots().all()) {
            out.add(ListsHistoryCommand.json(r));
          }
          return out;
        });
    api.route(
        new Endpoint(
            "POST",
            "/api/lists/import",
            Role.ADMIN,
            "lists",
            "Import one list file (?name=FILE, e.g. entity-list.csv), all or nothing; it becomes"
                + " active at once.",
            "the list file's bytes, unchanged (format told by name and first line, docs/formats.md"
                + " §7)"),
        call -> {
          String name = call.query("name");
          if (name == null || !NAME.matcher(name).matches()) {
            throw ApiException.invalid(
                "name",
                "name the file: ?name=FILE ending .csv, .tsv, .txt or .xml (letters, digits, . _ -)");
          }
          byte[] bytes = call.context().bodyAsBytes();
          if (bytes.length == 0) {
            throw new ApiException(400, "BAD_BODY", "send the list file as the body", "");
          }
          return importFile(api.services(), name, bytes);
        });
  }

  /** The same problems, naming the uploaded file by its name instead of the temporary path. */
  private static SourceException uploaded(SourceException e, String path, String name) {
    List<Issue> issues = new ArrayList<>();
    for (Issue i : e.issues()) {
      Position p = i.position();
      issues.add(
          p == null || p.file() == null || !p.file().startsWith(path)
              ? i
              : new Issue(
                  new Position(name + p.file().substring(path.length()), p.line(), p.column()),
                  i.subject(),
                  i.field(),
                  i.message()));
    }
    return new SourceException("the list file " + name + " was not imported", issues);
  }

  /**
   * Imports under the server's lock, so that two imports do not both start from the same active
   * snapshot; the file is written to a temporary folder under its own name first, because the
   * loader tells the format by name.
   */
  private static synchronized Object importFile(Services s, String name, byte[] bytes)
      throws IOException {
    Path dir = Files.createTempDirectory("chokepoint-list-upload-");
    Path file = dir.resolve(name);
    try {
      Files.write(file, bytes);
      ListsCommand.Imported i;
      try {
        i = ListsCommand.Import.importLists(s.home(), List.of(file));
      } catch (SourceException e) {
        throw uploaded(e, file.toString(), name);
      }
      s.useLists(i.after());
      return ListsCommand.delta(i.before(), i.after(), i.delta());
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }
}
