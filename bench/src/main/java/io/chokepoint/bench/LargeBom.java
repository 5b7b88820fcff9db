package io.chokepoint.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a transaction whose one item carries a large multi-level bill of materials, for the
 * content benchmarks: a Korean-made sputtering target to a Taiwanese 3 nm fab, whose BOM has the
 * given number of lines over five levels. A few leaves are Chinese-origin Dy metal (Annex 1 Part
 * 1), some are Chinese Nd oxide (not Part 1), some are US-origin controlled parts; the rest state
 * no element. The same seed gives the same BOM.
 */
final class LargeBom {
  private LargeBom() {}

  private static final class Node {
    final List<Node> children = new ArrayList<>();
    String leafKind;
    BigDecimal value;
  }

  /** The YAML of the transaction; {@code lines} counts every BOM line at every level. */
  static String transaction(int lines, long seed) {
    Random r = new Random(seed);
    int[] perLevel = {5, 25, 125, 625};
    int fixed = 0;
    for (int n : perLevel) {
      fixed += n;
    }
    if (lines <= fixed) {
      throw new IllegalArgumentException("need more than " + fixed + " lines for five levels");
    }
    List<Node> level = new ArrayList<>();
    Node root = new Node();
    level.add(root);
    for (int n : perLevel) {
      List<Node> next = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Node c = new Node();
        level.get(i % level.size()).children.add(c);
        next.add(c);
      }
      level = next;
    }
    for (int i = 0; i < lines - fixed; i++) {
      Node leaf = new Node();
      int p = r.nextInt(100);
      leaf.leafKind = p < 1 ? "dy" : p < 4 ? "nd" : p < 10 ? "us" : "plain";
      leaf.value =
          BigDecimal.valueOf(1 + r.nextInt(10_000)).movePointLeft(p < 1 ? 3 : 2); // Dy is cheap
      level.get(r.nextInt(level.size())).children.add(leaf);
    }
    value(root);
    BigDecimal total = root.value.multiply(new BigDecimal("1.10")).setScale(2, RoundingMode.UP);
    StringBuilder sb = new StringBuilder();
    sb.append("id: BENCH-BOM\n")
        .append("date: 2026-12-15\n")
        .append("route: {from: KR, to: TW}\n")
        .append("parties:\n")
        .append("  - {role: exporter, name: Hanil Materials Co. Ltd., country: KR}\n")
        .append(
            "  - {role: end-user, name: Formosa Advanced Logic Corp., country: TW,"
                + " headquarters: TW, militaryEndUser: false, lists: [], owners: []}\n")
        .append(
            "endUse: {purpose: logic-ic-production, logicNodeNm: 3, militaryApplication: false}\n")
        .append("items:\n")
        .append("  - id: L1\n")
        .append("    description: Dysprosium sputtering target\n")
        .append("    quantity: 1\n")
        .append("    origin: KR\n")
        .append("    madeWithChineseRareEarthTechnology: false\n")
        .append("    material: {element: Dy, form: target}\n")
        .append("    unitValue: {amount: ")
        .append(total.toPlainString())
        .append(", currency: USD}\n")
        .append("    bom:\n");
    int[] counter = {0};
    for (Node c : root.children) {
      write(c, sb, "      ", counter);
    }
    return sb.toString();
  }

  private static BigDecimal value(Node n) {
    if (n.children.isEmpty()) {
      if (n.value == null) {
        n.value = new BigDecimal("1.00");
      }
      return n.value;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Node c : n.children) {
      sum = sum.add(value(c));
    }
    // A sub-assembly is worth its parts plus the work that went into it.
    n.value = sum.multiply(new BigDecimal("1.05")).setScale(3, RoundingMode.UP);
    return n.value;
  }

  private static void write(Node n, StringBuilder sb, String indent, int[] counter) {
    int id = counter[0]++;
    String money = "{amount: " + n.value.toPlainString() + ", currency: USD}";
    if (!n.children.isEmpty()) {
      sb.append(indent).append("- part: assembly ").append(id).append('\n');
      sb.append(indent).append("  origin: KR\n");
      sb.append(indent).append("  value: ").append(money).append('\n');
      sb.append(indent).append("  bom:\n");
      for (Node c : n.children) {
        write(c, sb, indent + "    ", counter);
      }
      return;
    }
    sb.append(indent).append("- {part: ");
    switch (n.leafKind) {
      case "dy" ->
          sb.append("Dy metal ").append(id).append(", element: Dy, form: metal, origin: CN");
      case "nd" ->
          sb.append("Nd oxide ").append(id).append(", element: Nd, form: oxide, origin: CN");
      case "us" ->
          sb.append("controller ")
              .append(id)
              .append(", origin: US, usControlled: true, eccn: 3A001.a.2");
      default -> sb.append("part ").append(id).append(", origin: KR");
    }
    sb.append(", value: ").append(money).append("}\n");
  }
}
