package io.chokepoint.content;

import io.chokepoint.classify.Elements;
import io.chokepoint.classify.Material;
import io.chokepoint.source.Codes;
import io.chokepoint.source.Fields;
import io.chokepoint.source.Node;
import io.chokepoint.source.Node.ScalarNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads bill-of-materials lines and money from YAML or JSON mappings, with positions. */
public final class BomReader {
  private BomReader() {}

  /**
   * Reads the lines of a {@code bom:} list, nested sub-assemblies included.
   *
   * @param nodes the list's elements
   * @param parent the reader of the mapping that holds the list (for issues and subject)
   * @param prefix the path of the list, e.g. {@code bom}
   */
  public static List<BomLine> read(List<Node> nodes, Fields parent, String prefix) {
    List<BomLine> out = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      BomLine l =
          line(Fields.of(nodes.get(i), parent.issues(), parent.subject()), prefix + "[" + i + "]");
      if (l != null) {
        out.add(l);
      }
    }
    return out;
  }

  private static BomLine line(Fields b, String id) {
    String part = b.requiredString("part");
    String element = b.optionalString("element");
    if (element != null && !Elements.SYMBOLS.contains(element)) {
      b.issues().add(b.raw("element"), b.subject(), "unknown element '" + element + "'");
    }
    String form = b.oneOf("form", Material.FORMS, false);
    List<String> contains = b.has("contains") ? b.stringList("contains") : null;
    for (String c : contains == null ? List.<String>of() : contains) {
      if (!Elements.SYMBOLS.contains(c)) {
        b.issues().add(b.raw("contains"), b.subject(), "unknown element '" + c + "' in contains");
      }
    }
    String origin = Codes.country(b, "origin", false);
    Money value = money(b.requiredObject("value"));
    Boolean usControlled = b.optionalBoolean("usControlled");
    String eccn = b.optionalString("eccn");
    List<BomLine> sub = read(b.list("bom"), b, id + ".bom");
    b.end();
    if (part == null || value == null) {
      return null;
    }
    return new BomLine(
        id, part, element, form, contains, origin, value, usControlled, eccn, sub, b.position());
  }

  /**
   * Reads a {@code {amount, currency}} mapping.
   *
   * @return the money, or {@code null} after recording an issue (missing, negative, bad currency)
   */
  public static Money money(Fields m) {
    if (m == null) {
      return null;
    }
    Double amount = m.requiredNumber("amount");
    String currency = m.requiredString("currency");
    m.end();
    if (amount != null && amount < 0) {
      m.issues().add(m.raw("amount"), m.subject(), "amount must not be negative");
      return null;
    }
    if (currency != null && !Codes.isCurrency(currency)) {
      m.issues()
          .add(
              m.raw("currency"),
              m.subject(),
              "unknown currency '" + currency + "' (expected ISO 4217, e.g. USD)");
      return null;
    }
    if (amount == null || currency == null) {
      return null;
    }
    return new Money(new BigDecimal(((ScalarNode) m.raw("amount")).text()), currency);
  }
}
