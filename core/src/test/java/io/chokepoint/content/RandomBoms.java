package io.chokepoint.content;

import io.chokepoint.source.Position;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Seeded random multi-level bills of materials for the content property tests: up to five levels,
 * random branching, values in ten-thousandths that add up at every level (sub-lines never worth
 * more than their parent, unless {@link Options#slop} adds up to the half-cent rounding allowance),
 * and random elements, forms, origins and alloy compositions. Also the transformations the
 * properties apply: reordering at every level and grouping lines into a sub-assembly.
 */
final class RandomBoms {
  static final String CURRENCY = "USD";
  private static final int SCALE = 4;
  private static final List<String> ALLOYING = List.of("Co", "Fe", "B", "Nd", "Cu");

  /**
   * What to generate.
   *
   * @param maxDepth the deepest nesting, 1 for a flat bill
   * @param elements the element pool ({@code null} members give lines without an element)
   * @param forms the form pool ({@code null} members give lines of unstated form)
   * @param origins the origin pool ({@code null} members give lines of unstated origin)
   * @param materialsOnAssemblies whether sub-assemblies sometimes state a material and origin too
   * @param slop whether sub-lines may exceed their parent by up to the rounding allowance
   */
  record Options(
      int maxDepth,
      List<String> elements,
      List<String> forms,
      List<String> origins,
      boolean materialsOnAssemblies,
      boolean slop) {}

  private final Random rng;
  private final Options o;
  private int nextLine = 1;

  RandomBoms(Random rng, Options o) {
    this.rng = rng;
    this.o = o;
  }

  /** A new bill whose item is worth between 0.0001 and 2000 USD. */
  BillOfMaterials next() {
    long total = 1 + (long) (rng.nextDouble() * 20_000_000L);
    int depth = 1 + rng.nextInt(o.maxDepth());
    List<BomLine> bom = lines("bom", total, 1, depth);
    return new BillOfMaterials("generated item", money(total), bom, "generated.yaml");
  }

  private List<BomLine> lines(String prefix, long parent, int level, int depth) {
    int k = 1 + rng.nextInt(level == 1 ? 6 : 4);
    long[] parts = split(parent, k);
    List<BomLine> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      String id = prefix + "[" + i + "]";
      boolean assembly = level < depth && (i == 0 ? rng.nextInt(10) < 7 : rng.nextInt(10) < 4);
      Position at = new Position("generated.yaml", nextLine++, 1);
      if (assembly) {
        List<BomLine> sub = lines(id + ".bom", parts[i], level + 1, depth);
        boolean material = o.materialsOnAssemblies() && rng.nextInt(5) == 0;
        out.add(line(id, "sub-assembly " + id, material, parts[i], sub, at));
      } else {
        out.add(line(id, "part " + id, true, parts[i], List.of(), at));
      }
    }
    return out;
  }

  private BomLine line(
      String id, String part, boolean material, long value, List<BomLine> sub, Position at) {
    String element = material ? pick(o.elements()) : null;
    String form = material ? pick(o.forms()) : null;
    String origin = material ? pick(o.origins()) : null;
    List<String> contains = null;
    if ("alloy".equals(form)) {
      List<String> c = new ArrayList<>(ALLOYING);
      Collections.shuffle(c, rng);
      contains = List.copyOf(c.subList(0, rng.nextInt(c.size() + 1)));
    }
    return new BomLine(
        id, part, element, form, contains, origin, money(value), null, null, sub, at);
  }

  /** Splits a value into k parts that add up to at most the value, skewed so some are tiny. */
  private long[] split(long value, int k) {
    long available = value;
    if (rng.nextInt(3) > 0) {
      available -= (long) (rng.nextDouble() * value / 2);
    }
    double[] w = new double[k];
    double sum = 0;
    for (int i = 0; i < k; i++) {
      w[i] = Math.exp(rng.nextGaussian() * 2.5);
      sum += w[i];
    }
    long[] parts = new long[k];
    long used = 0;
    for (int i = 0; i < k; i++) {
      parts[i] = (long) Math.floor(available * (w[i] / sum));
      used += parts[i];
    }
    parts[rng.nextInt(k)] += available - used;
    if (o.slop() && rng.nextInt(4) == 0) {
      // up to 0.0050 over the parent: within ContentRollUp's rounding allowance
      parts[rng.nextInt(k)] += rng.nextInt(51);
    }
    return parts;
  }

  private String pick(List<String> pool) {
    return pool.get(rng.nextInt(pool.size()));
  }

  static Money money(long tenThousandths) {
    return new Money(BigDecimal.valueOf(tenThousandths, SCALE), CURRENCY);
  }

  /** The same line with other sub-lines. */
  static BomLine withBom(BomLine l, List<BomLine> bom) {
    return new BomLine(
        l.id(),
        l.part(),
        l.element(),
        l.form(),
        l.contains(),
        l.origin(),
        l.value(),
        l.usControlled(),
        l.eccn(),
        bom,
        l.position());
  }

  /** The lines shuffled at every level. */
  static List<BomLine> shuffled(List<BomLine> lines, Random rng) {
    List<BomLine> out = new ArrayList<>();
    for (BomLine l : lines) {
      out.add(withBom(l, shuffled(l.bom(), rng)));
    }
    Collections.shuffle(out, rng);
    return out;
  }

  /**
   * Moves some of the lines of one level (the top level or, sometimes, a deeper one) into a new
   * sub-assembly that states no material or origin and is worth exactly the sum of its lines.
   */
  static List<BomLine> grouped(List<BomLine> lines, Random rng, boolean topLevel) {
    List<Integer> withSub = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).bom().isEmpty()) {
        withSub.add(i);
      }
    }
    if (!topLevel && !withSub.isEmpty() && rng.nextBoolean()) {
      int i = withSub.get(rng.nextInt(withSub.size()));
      List<BomLine> out = new ArrayList<>(lines);
      BomLine l = lines.get(i);
      out.set(i, withBom(l, grouped(l.bom(), rng, false)));
      return out;
    }
    List<BomLine> moved = new ArrayList<>();
    List<BomLine> kept = new ArrayList<>();
    int insertAt = -1;
    for (int i = 0; i < lines.size(); i++) {
      boolean move = rng.nextBoolean() || (moved.isEmpty() && i == lines.size() - 1);
      if (move) {
        if (insertAt < 0) {
          insertAt = kept.size();
        }
        moved.add(lines.get(i));
      } else {
        kept.add(lines.get(i));
      }
    }
    BigDecimal sum =
        moved.stream().map(l -> l.value().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    BomLine group =
        new BomLine(
            "group@" + moved.get(0).id(),
            "new sub-assembly",
            null,
            null,
            null,
            null,
            new Money(sum, CURRENCY),
            null,
            null,
            moved,
            moved.get(0).position());
    kept.add(insertAt, group);
    return kept;
  }

  /** A short rendering of a bill for assertion messages. */
  static String describe(BillOfMaterials bom) {
    StringBuilder sb =
        new StringBuilder("item ").append(bom.unitValue().amount().toPlainString()).append('\n');
    describe(bom.bom(), 1, sb);
    return sb.toString();
  }

  private static void describe(List<BomLine> lines, int depth, StringBuilder sb) {
    for (BomLine l : lines) {
      sb.append("  ".repeat(depth))
          .append(l.id())
          .append(' ')
          .append(l.element())
          .append('/')
          .append(l.form())
          .append(l.contains() == null ? "" : l.contains().toString())
          .append('/')
          .append(l.origin())
          .append(' ')
          .append(l.value().amount().toPlainString())
          .append('\n');
      describe(l.bom(), depth + 1, sb);
    }
  }
}
