package io.chokepoint.classify;

import io.chokepoint.source.Fields;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Node;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import io.chokepoint.source.SourceReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The shipped chip catalogue ({@code data/chips.yaml}): chips with their figures, each figure with
 * its source and the uncertain ones marked. Chips are found by id, name or alias, ignoring case.
 */
public final class ChipCatalogue {
  private final List<ChipSpec> chips;
  private final Map<String, ChipSpec> byName;

  private ChipCatalogue(List<ChipSpec> chips, Map<String, ChipSpec> byName) {
    this.chips = List.copyOf(chips);
    this.byName = Map.copyOf(byName);
  }

  /** An empty catalogue. */
  public static ChipCatalogue empty() {
    return new ChipCatalogue(List.of(), Map.of());
  }

  /**
   * Loads the catalogue.
   *
   * @param file the YAML file
   * @throws SourceException naming file and line of every problem, such as a duplicate alias
   */
  public static ChipCatalogue load(Path file) {
    Issues issues = new Issues();
    Node root = SourceReader.read(file, file.toString());
    Fields top = Fields.of(root, issues, null);
    List<ChipSpec> chips = new ArrayList<>();
    Map<String, ChipSpec> byName = new HashMap<>();
    Map<String, Position> where = new HashMap<>();
    for (Node n : top.list("chips")) {
      ChipSpec spec = ChipSpecReader.read(Fields.of(n, issues, null), true);
      if (spec == null) {
        continue;
      }
      chips.add(spec);
      List<String> keys = new ArrayList<>(spec.aliases());
      keys.add(spec.id());
      keys.add(spec.name());
      for (String k : keys) {
        String key = k.toLowerCase(Locale.ROOT);
        ChipSpec prior = byName.putIfAbsent(key, spec);
        if (prior != null && prior != spec) {
          issues.add(
              n,
              spec.id(),
              "name or alias '"
                  + k
                  + "' is already used by "
                  + prior.id()
                  + " ("
                  + where.get(key)
                  + ")");
        }
        where.putIfAbsent(key, n.position());
      }
    }
    top.end();
    if (!issues.isEmpty()) {
      throw new SourceException("invalid chip catalogue " + file, issues.toList());
    }
    return new ChipCatalogue(chips, byName);
  }

  /** Every chip, in file order. */
  public List<ChipSpec> chips() {
    return chips;
  }

  /** The chip with that id, name or alias, ignoring case. */
  public Optional<ChipSpec> find(String nameOrAlias) {
    return Optional.ofNullable(byName.get(nameOrAlias.strip().toLowerCase(Locale.ROOT)));
  }
}
