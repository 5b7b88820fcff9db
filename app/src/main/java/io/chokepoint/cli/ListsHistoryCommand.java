package io.chokepoint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.store.lists.ListSnapshots;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint lists history}: the list snapshots that screening ran against, as recorded in
 * the database, oldest first, each with its delta from the one before: which lists a determination
 * was screened against, and what changed between two runs.
 */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = "The recorded list snapshots, each with its delta from the one before.")
public final class ListsHistoryCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParentCommand ListsCommand lists;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "json", description = "json (JSON Lines) or text.")
  Format format;

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    for (ListSnapshots.Recorded r : lists.main.home().store(store).listSnapshots().all()) {
      Map<String, Object> m = json(r);
      List<String> text = new ArrayList<>();
      text.add(
          r.hash()
              + " as of "
              + r.asOf()
              + ": "
              + r.entries()
              + " entries, recorded "
              + r.recordedAt());
      if (r.delta() != null) {
        var d = JSON.readTree(r.delta());
        text.add(
            "  since "
                + r.previous()
                + ": "
                + d.path("added").asInt()
                + " added, "
                + d.path("removed").asInt()
                + " removed, "
                + d.path("changed").asInt()
                + " changed");
      }
      ListsCommand.print(out, format, m, text);
    }
    return 0;
  }

  /** A recorded snapshot as {@code lists history} prints it (docs/formats.md §11). */
  public static Map<String, Object> json(ListSnapshots.Recorded r) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lists", r.hash());
    m.put("asOf", r.asOf().toString());
    m.put("entries", r.entries());
    m.put("recordedAt", r.recordedAt().toString());
    m.put("previous", r.previous());
    m.put("delta", r.delta() == null ? null : JSON.readTree(r.delta()));
    return m;
  }
}
