package io.chokepoint.content;

import io.chokepoint.source.Fields;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Node;
import io.chokepoint.source.SourceException;
import io.chokepoint.source.SourceReader;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a bill-of-materials file: YAML or JSON with a top-level {@code item:} (FORMATS.md §4), or
 * the flat CSV of {@link BomCsvReader}, chosen by the {@code .csv} extension.
 */
public final class BomFiles {
  private BomFiles() {}

  /**
   * Reads the file.
   *
   * @throws SourceException naming file, line and field of every problem
   */
  public static BillOfMaterials read(Path file, String displayName) {
    if (displayName.toLowerCase().endsWith(".csv")) {
      return checked(BomCsvReader.read(file, displayName));
    }
    return fromTree(SourceReader.read(file, displayName), displayName);
  }

  /**
   * Reads a YAML or JSON document with a top-level {@code item:} (a name ending {@code .json}
   * selects JSON), as the HTTP API receives it.
   *
   * @throws SourceException naming line and field of every problem
   */
  public static BillOfMaterials parse(String text, String displayName) {
    return fromTree(SourceReader.parse(text, displayName), displayName);
  }

  private static BillOfMaterials fromTree(Node root, String displayName) {
    Issues issues = new Issues();
    Fields top = Fields.of(root, issues, null);
    Fields item = top.requiredObject("item");
    top.end();
    BillOfMaterials bom = null;
    if (item != null) {
      Fields it = item.withSubject("item");
      String description = it.requiredString("description");
      Money value = BomReader.money(it.requiredObject("unitValue"));
      List<BomLine> lines = BomReader.read(it.list("bom"), it, "bom");
      it.end();
      if (description != null && value != null) {
        bom = new BillOfMaterials(description, value, lines, displayName);
      }
    }
    if (!issues.isEmpty() || bom == null) {
      throw new SourceException("invalid bill of materials " + displayName, issues.toList());
    }
    return checked(bom);
  }

  private static BillOfMaterials checked(BillOfMaterials bom) {
    List<io.chokepoint.source.Issue> problems =
        ContentRollUp.check(bom.unitValue(), bom.bom(), "item");
    if (!problems.isEmpty()) {
      throw new SourceException(
          "the bill of materials " + bom.file() + " does not add up", problems);
    }
    return bom;
  }
}
