package io.chokepoint.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.chokepoint.determine.ContentReport;
import io.chokepoint.determine.Determiner;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.source.Position;
import io.chokepoint.testing.ProjectFiles;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link ContentRollUp#rollUp} over seeded random multi-level bills of materials
 * ({@link RandomBoms}): the share lies between 0 and 1 and never above the maximum share; it does
 * not change when lines are reordered at any level or grouped into a sub-assembly; the counted
 * value is the sum of the counting leaves; and it equals a straightforward independent computation.
 * The properties run with a line test of this class (Chinese-origin Dy, Tb, Sm, Gd, Y lines count),
 * so that they test the roll-up itself, and once more end to end with the real CN-ECL Annex 1 Part
 * 1 share through {@link Determiner#content} and the shipped rule book.
 *
 * <p>Every run uses the seed {@code SEED + run}, which the assertion messages print; a failure is
 * reproduced by running {@link RandomBoms} with that seed.
 */
class ContentRollUpPropertyTest {
  private static final long SEED = 20_251_009L;
  private static final int RUNS = 400;

  /** Decimal division rounded to a double: equal to the exact ratio within this. */
  private static final org.assertj.core.data.Offset<Double> CLOSE = within(1e-12);

  private static final Set<String> LISTED = Set.of("Dy", "Tb", "Sm", "Gd", "Y");

  /**
   * Chinese-origin lines of a listed element count; such a line of unstated origin is undecided.
   */
  private static final LineTest CN_LISTED =
      line -> {
        if (line.element() == null || !LISTED.contains(line.element())) {
          return LineTest.Verdict.no("not a listed element");
        }
        if (line.origin() == null) {
          return LineTest.Verdict.unknown("origin not given", Set.of("origin"));
        }
        return "CN".equals(line.origin())
            ? LineTest.Verdict.counts("CN-origin " + line.element())
            : LineTest.Verdict.no(line.origin() + "-origin");
      };

  private static final RandomBoms.Options SIMPLE =
      new RandomBoms.Options(
          5,
          Arrays.asList("Dy", "Tb", "Sm", "Gd", "Y", "Nd", "Fe", "Cu", null),
          Arrays.asList("metal", "oxide", "alloy", "compound"),
          Arrays.asList("CN", "CN", "US", "JP", "DE", null),
          true,
          false);

  private static Determiner determiner;

  @BeforeAll
  static void load() {
    determiner = new Determiner(RuleBookLoader.load(ProjectFiles.regulations()));
  }

  /** Runs a property over RUNS seeded bills. */
  private static void forAll(RandomBoms.Options options, Consumer<Case> property) {
    for (int run = 0; run < RUNS; run++) {
      long seed = SEED + run;
      Random rng = new Random(seed);
      BillOfMaterials bom = new RandomBoms(rng, options).next();
      property.accept(new Case(seed, rng, bom));
    }
  }

  /** How often each interesting kind of bill came up, so that a weak generator fails the test. */
  private static final class Coverage {
    private final java.util.Map<String, Integer> hits = new java.util.TreeMap<>();

    void count(String what, boolean happened) {
      hits.merge(what, happened ? 1 : 0, Integer::sum);
    }

    void assertEachAtLeast(int min) {
      assertThat(hits)
          .as("cases per kind over %d runs", RUNS)
          .allSatisfy((k, v) -> assertThat(v).as(k).isGreaterThanOrEqualTo(min));
    }
  }

  private static int depth(List<BomLine> lines) {
    return lines.stream().mapToInt(l -> 1 + depth(l.bom())).max().orElse(0);
  }

  /** One generated bill, its seed and the random source for its transformations. */
  private record Case(long seed, Random rng, BillOfMaterials bom) {
    String why() {
      return "seed " + seed + "\n" + RandomBoms.describe(bom);
    }

    ContentShare rollUp(List<BomLine> lines, LineTest test) {
      return ContentRollUp.rollUp(bom.unitValue(), lines, "CN", test, "generated item");
    }
  }

  private static void assertSameShare(ContentShare a, ContentShare b, String why) {
    assertThat(b.counted()).as("counted, %s", why).isEqualByComparingTo(a.counted());
    assertThat(b.undecided()).as("undecided, %s", why).isEqualByComparingTo(a.undecided());
    assertThat(b.share()).as("share, %s", why).isEqualTo(a.share());
    assertThat(b.maxShare()).as("maxShare, %s", why).isEqualTo(a.maxShare());
    assertThat(b.percent()).as("percent, %s", why).isEqualByComparingTo(a.percent());
    assertThat(b.known()).as("known, %s", why).isEqualTo(a.known());
    assertThat(new HashSet<>(b.missing()))
        .as("missing, %s", why)
        .isEqualTo(Set.copyOf(a.missing()));
  }

  @Test
  void theShareIsBetweenZeroAndOneAndNeverAboveTheMaximumShare() {
    RandomBoms.Options withSlop =
        new RandomBoms.Options(
            SIMPLE.maxDepth(), SIMPLE.elements(), SIMPLE.forms(), SIMPLE.origins(), true, true);
    for (RandomBoms.Options options : List.of(SIMPLE, withSlop)) {
      forAll(
          options,
          c -> {
            ContentShare s = c.rollUp(c.bom().bom(), CN_LISTED);
            assertThat(s.share()).as("share, %s", c.why()).isBetween(0.0, 1.0);
            assertThat(s.maxShare()).as("maxShare, %s", c.why()).isBetween(s.share(), 1.0);
            assertThat(s.percent())
                .as("percent, %s", c.why())
                .isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            assertThat(s.counted().signum()).as("counted, %s", c.why()).isNotNegative();
            assertThat(s.undecided().signum()).as("undecided, %s", c.why()).isNotNegative();
            assertThat(s.known()).as("known, %s", c.why()).isEqualTo(s.missing().isEmpty());
            for (ContentShare.Contribution l : s.lines()) {
              assertThat(l.share()).as("line %s, %s", l.line(), c.why()).isBetween(0.0, 1.0);
            }
          });
    }
  }

  /** A Chinese-origin line without sub-lines. */
  private static BomLine leaf(
      String id, String element, String form, List<String> contains, String amount) {
    return new BomLine(
        id,
        element + " " + form,
        element,
        form,
        contains,
        "CN",
        new Money(new BigDecimal(amount), "USD"),
        null,
        null,
        List.of(),
        new Position("fixed.yaml", 5, 7));
  }

  /**
   * Sub-lines may exceed their parent by half a cent (rounding), so the counted value can exceed
   * the item's; a share of value is still at most 100%.
   */
  @Test
  void aBillWithinTheRoundingAllowanceHasAShareOfAtMostOne() {
    BomLine dy = leaf("bom[0]", "Dy", "metal", null, "10.004");
    Money item = new Money(new BigDecimal("10.00"), "USD");
    assertThat(ContentRollUp.check(item, List.of(dy), "edge")).as("within the allowance").isEmpty();

    ContentShare s = ContentRollUp.rollUp(item, List.of(dy), "CN", CN_LISTED, "edge");

    assertThat(s.share()).isLessThanOrEqualTo(1.0);
    assertThat(s.maxShare()).isLessThanOrEqualTo(1.0);
    assertThat(s.percent()).isLessThanOrEqualTo(BigDecimal.valueOf(100));
    assertThat(s.lines().get(0).share()).isLessThanOrEqualTo(1.0);
  }

  private static ContentShare.Contribution withoutDepth(ContentShare.Contribution l) {
    return new ContentShare.Contribution(
        l.line(), l.part(), l.value(), l.counts(), l.share(), l.reason(), 0, l.missing());
  }

  @Test
  void reorderingTheLinesAtEveryLevelDoesNotChangeTheShare() {
    forAll(
        SIMPLE,
        c -> {
          ContentShare before = c.rollUp(c.bom().bom(), CN_LISTED);
          ContentShare after = c.rollUp(RandomBoms.shuffled(c.bom().bom(), c.rng()), CN_LISTED);
          assertSameShare(before, after, c.why());
          assertThat(after.lines())
              .as("contributions, %s", c.why())
              .hasSameElementsAs(before.lines());
        });
  }

  @Test
  void groupingLinesIntoANewSubAssemblyDoesNotChangeTheShare() {
    forAll(
        SIMPLE,
        c -> {
          ContentShare before = c.rollUp(c.bom().bom(), CN_LISTED);
          boolean top = c.rng().nextBoolean();
          List<BomLine> grouped = RandomBoms.grouped(c.bom().bom(), c.rng(), top);
          ContentShare after = c.rollUp(grouped, CN_LISTED);
          assertSameShare(before, after, c.why());
          // the same lines are looked at, and the new sub-assembly too unless a line above it
          // decided its branch
          // Grouping moves lines one level down, so their depth may change and nothing else.
          assertThat(after.lines())
              .filteredOn(l -> !l.line().startsWith("group@"))
              .extracting(ContentRollUpPropertyTest::withoutDepth)
              .as("contributions, %s", c.why())
              .containsExactlyInAnyOrderElementsOf(
                  before.lines().stream().map(ContentRollUpPropertyTest::withoutDepth).toList());
          assertThat(after.lines())
              .filteredOn(l -> l.line().startsWith("group@"))
              .as("the new sub-assembly, %s", c.why())
              .hasSizeLessThanOrEqualTo(1)
              .allSatisfy(l -> assertThat(l.counts()).isFalse());
        });
  }

  @Test
  void theCountedValueIsTheSumOfTheCountingLeaves() {
    RandomBoms.Options leavesOnly =
        new RandomBoms.Options(
            SIMPLE.maxDepth(), SIMPLE.elements(), SIMPLE.forms(), SIMPLE.origins(), false, false);
    forAll(
        leavesOnly,
        c -> {
          List<BomLine> leaves = new ArrayList<>();
          leaves(c.bom().bom(), leaves);
          BigDecimal counting = BigDecimal.ZERO;
          BigDecimal undecided = BigDecimal.ZERO;
          for (BomLine l : leaves) {
            Boolean counts = CN_LISTED.test(l).counts();
            if (Boolean.TRUE.equals(counts)) {
              counting = counting.add(l.value().amount());
            } else if (counts == null) {
              undecided = undecided.add(l.value().amount());
            }
          }
          ContentShare s = c.rollUp(c.bom().bom(), CN_LISTED);
          assertThat(s.counted()).as("counted, %s", c.why()).isEqualByComparingTo(counting);
          assertThat(s.undecided()).as("undecided, %s", c.why()).isEqualByComparingTo(undecided);
          assertThat(s.lines())
              .as("every line is visited when no sub-assembly decides, %s", c.why())
              .hasSize(count(c.bom().bom()));
        });
  }

  private static void leaves(List<BomLine> lines, List<BomLine> out) {
    for (BomLine l : lines) {
      if (l.bom().isEmpty()) {
        out.add(l);
      } else {
        leaves(l.bom(), out);
      }
    }
  }

  private static int count(List<BomLine> lines) {
    return lines.stream().mapToInt(l -> 1 + count(l.bom())).sum();
  }

  /** The roll-up done the obvious way: a line that counts or is undecided ends its branch. */
  private static final class Expected {
    BigDecimal counted = BigDecimal.ZERO;
    BigDecimal undecided = BigDecimal.ZERO;
    final Set<String> visited = new HashSet<>();
    final Set<String> missing = new HashSet<>();

    Expected(List<BomLine> lines, LineTest test) {
      walk(lines, test);
    }

    private void walk(List<BomLine> lines, LineTest test) {
      for (BomLine l : lines) {
        visited.add(l.id());
        LineTest.Verdict v = test.test(l);
        if (v.counts() == null) {
          undecided = undecided.add(l.value().amount());
          v.missing().forEach(m -> missing.add(l.id() + "." + m));
        } else if (v.counts()) {
          counted = counted.add(l.value().amount());
        } else {
          walk(l.bom(), test);
        }
      }
    }

    double share(BigDecimal total) {
      return counted.divide(total, MathContext.DECIMAL128).doubleValue();
    }
  }

  @Test
  void theShareEqualsAStraightforwardComputation() {
    Coverage seen = new Coverage();
    forAll(
        SIMPLE,
        c -> {
          BigDecimal total = c.bom().unitValue().amount();
          Expected e = new Expected(c.bom().bom(), CN_LISTED);
          ContentShare s = c.rollUp(c.bom().bom(), CN_LISTED);
          seen.count("five levels deep", depth(c.bom().bom()) == 5);
          seen.count("some value counted", e.counted.signum() > 0);
          seen.count("some value undecided", e.undecided.signum() > 0);
          seen.count("nothing counted", e.counted.signum() == 0);
          seen.count(
              "a sub-assembly counted whole",
              s.lines().stream()
                  .anyMatch(l -> Boolean.TRUE.equals(l.counts()) && l.part().startsWith("sub")));
          seen.count(
              "a line below the top level counted",
              s.lines().stream()
                  .anyMatch(l -> Boolean.TRUE.equals(l.counts()) && l.line().contains(".")));
          assertThat(s.counted()).as("counted, %s", c.why()).isEqualByComparingTo(e.counted);
          assertThat(s.undecided()).as("undecided, %s", c.why()).isEqualByComparingTo(e.undecided);
          assertThat(s.share()).as("share, %s", c.why()).isCloseTo(e.share(total), CLOSE);
          assertThat(s.maxShare())
              .as("maxShare, %s", c.why())
              .isCloseTo(
                  e.counted.add(e.undecided).divide(total, MathContext.DECIMAL128).doubleValue(),
                  CLOSE);
          assertThat(s.lines())
              .extracting(ContentShare.Contribution::line)
              .as("visited lines, %s", c.why())
              .containsExactlyInAnyOrderElementsOf(e.visited);
          assertThat(Set.copyOf(s.missing())).as("missing, %s", c.why()).isEqualTo(e.missing);
        });
    seen.assertEachAtLeast(20);
  }

  // ---- end to end: the CN-ECL Annex 1 Part 1 share with the shipped rule book ----

  private static final List<LocalDate> DATES =
      List.of(
          LocalDate.parse("2025-06-01"),
          LocalDate.parse("2025-10-09"),
          LocalDate.parse("2025-12-01"),
          LocalDate.parse("2026-12-01"));

  private static final RandomBoms.Options RARE_EARTHS =
      new RandomBoms.Options(
          5,
          Arrays.asList(
              "Dy", "Tb", "Sm", "Gd", "Lu", "Sc", "Y", "Nd", "Pr", "La", "Ce", "Ho", "Fe", "Cu",
              "Co", "Ga", null),
          List.of("metal", "oxide", "compound", "alloy", "target", "ore", "other"),
          Arrays.asList("CN", "CN", "US", "JP", "DE", "VN", null),
          true,
          false);

  /**
   * The Annex 1 Part 1 items of Announcement 2025 No. 61 as materials.yaml lists them, in force
   * from 2025-10-09: Sm, Dy, Gd, Tb, Lu, Sc and Y metals; Sm-Co alloy; Tb-Fe and Dy-Fe alloys; Dy
   * and Tb oxides.
   */
  static boolean part1(BomLine l, LocalDate asOf) {
    if (asOf.isBefore(LocalDate.parse("2025-10-09"))) {
      return false;
    }
    String e = l.element();
    List<String> has = l.contains() == null ? List.of() : l.contains();
    return switch (l.form()) {
      case "metal" -> Set.of("Sm", "Dy", "Gd", "Tb", "Lu", "Sc", "Y").contains(e);
      case "alloy" ->
          ("Sm".equals(e) && has.contains("Co"))
              || (Set.of("Tb", "Dy").contains(e) && has.contains("Fe"));
      case "oxide" -> Set.of("Dy", "Tb").contains(e);
      default -> false;
    };
  }

  /** The Part 1 line test, written out independently of the classifier. */
  static LineTest oracle(LocalDate asOf) {
    return l -> {
      if (l.element() == null) {
        return LineTest.Verdict.no("no element");
      }
      if (l.form() == null) {
        return LineTest.Verdict.unknown("form", Set.of("form"));
      }
      if (!part1(l, asOf)) {
        return LineTest.Verdict.no("not Part 1");
      }
      if (l.origin() == null) {
        return LineTest.Verdict.unknown("origin", Set.of("origin"));
      }
      return "CN".equals(l.origin())
          ? LineTest.Verdict.counts("CN Part 1")
          : LineTest.Verdict.no("not CN");
    };
  }

  private static ContentReport.Share cnPart1(
      BillOfMaterials bom, List<BomLine> lines, LocalDate d) {
    BillOfMaterials b = new BillOfMaterials(bom.description(), bom.unitValue(), lines, bom.file());
    return determiner.content(b, d).share("cnPart1").orElseThrow();
  }

  @Test
  void theRealPart1ShareMatchesTheAnnexAndIsInvariantUnderReorderingAndGrouping() {
    Coverage seen = new Coverage();
    forAll(
        RARE_EARTHS,
        c -> {
          LocalDate day = DATES.get(c.rng().nextInt(DATES.size()));
          String why = "as of " + day + ", " + c.why();
          BigDecimal total = c.bom().unitValue().amount();
          ContentReport.Share s = cnPart1(c.bom(), c.bom().bom(), day);
          ContentShare share = s.content();
          Expected e = new Expected(c.bom().bom(), oracle(day));

          assertThat(share.counted()).as("counted, %s", why).isEqualByComparingTo(e.counted);
          assertThat(share.undecided()).as("undecided, %s", why).isEqualByComparingTo(e.undecided);
          assertThat(share.share()).as("share, %s", why).isCloseTo(e.share(total), CLOSE);
          assertThat(share.maxShare()).as("maxShare, %s", why).isBetween(share.share(), 1.0);
          assertThat(Set.copyOf(share.missing())).as("missing, %s", why).isEqualTo(e.missing);

          ContentReport.Threshold t = s.thresholds().get(0);
          if (day.isBefore(LocalDate.parse("2025-10-09"))) {
            assertThat(t.value()).as("no 0.1%% rule yet, %s", why).isNull();
            assertThat(t.reached()).as(why).isNull();
          } else {
            assertThat(t.value()).isEqualTo(0.001);
            boolean atLeast = e.counted.scaleByPowerOfTen(3).compareTo(total) >= 0;
            boolean maxAtLeast =
                e.counted.add(e.undecided).scaleByPowerOfTen(3).compareTo(total) >= 0;
            Boolean expected = atLeast ? Boolean.TRUE : maxAtLeast ? null : Boolean.FALSE;
            assertThat(t.reached()).as("0.1%% reached, %s", why).isEqualTo(expected);
            seen.count("0.1% reached", Boolean.TRUE.equals(expected));
            seen.count("0.1% not reached", Boolean.FALSE.equals(expected));
            seen.count("0.1% open", expected == null);
          }
          seen.count("Part 1 content counted", e.counted.signum() > 0);
          seen.count("Part 1 content undecided", e.undecided.signum() > 0);

          List<BomLine> shuffled = RandomBoms.shuffled(c.bom().bom(), c.rng());
          assertSameShare(share, cnPart1(c.bom(), shuffled, day).content(), "reordered, " + why);
          List<BomLine> grouped = RandomBoms.grouped(c.bom().bom(), c.rng(), c.rng().nextBoolean());
          assertSameShare(share, cnPart1(c.bom(), grouped, day).content(), "grouped, " + why);
        });
    seen.assertEachAtLeast(10);
  }

  /**
   * A magnet is an Annex 1 Part 2 item, never a Part 1 item, whatever its magnet type, so a Chinese
   * NdFeB magnet line decides nothing about the Part 1 share. BOM lines cannot state a magnet type,
   * so the line must not be left undecided for the lack of one.
   */
  @Test
  void aMagnetLineIsNotPart1ContentAndLeavesTheShareKnown() {
    BomLine magnet = leaf("bom[0]", "Nd", "magnet", List.of("Fe", "B", "Dy"), "12.00");
    BomLine dy = leaf("bom[1]", "Dy", "metal", null, "0.05");
    BillOfMaterials bom =
        new BillOfMaterials(
            "servo motor", new Money(new BigDecimal("100.00"), "USD"), List.of(magnet, dy), "m");

    ContentShare s = cnPart1(bom, bom.bom(), LocalDate.parse("2025-12-01")).content();

    assertThat(s.lines().get(0).counts()).as(s.trace().toString()).isFalse();
    assertThat(s.known()).as("missing %s", s.missing()).isTrue();
    assertThat(s.counted()).isEqualByComparingTo("0.05");
    assertThat(s.share()).isEqualTo(0.0005);
  }

  @Test
  void theThresholdIsReachedAtExactlyOneThousandthAndNotBelow() {
    LocalDate day = LocalDate.parse("2025-12-01");
    for (String[] c : new String[][] {{"0.10", "true"}, {"0.0999", "false"}, {"0.1001", "true"}}) {
      BomLine dy = leaf("bom[0]", "Dy", "oxide", null, c[0]);
      BillOfMaterials bom =
          new BillOfMaterials("item", new Money(new BigDecimal("100"), "USD"), List.of(dy), "t");
      ContentReport.Share s = cnPart1(bom, bom.bom(), day);
      assertThat(s.thresholds().get(0).reached())
          .as("Dy oxide worth %s of 100", c[0])
          .isEqualTo(Boolean.parseBoolean(c[1]));
    }
  }
}
