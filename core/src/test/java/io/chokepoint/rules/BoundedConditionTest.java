package io.chokepoint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conditions over a number known only within bounds (a content share with undecided BOM lines):
 * decided when every value in the bounds gives the same answer, unknown otherwise, never guessed. A
 * seeded random test checks the decided answers against direct evaluation inside the bounds.
 */
class BoundedConditionTest {
  private static final Map<String, String> CONDITIONS =
      Map.of(
          "b.reaches", "item.share.s >= params.t",
          "b.exceeds", "item.share.s > params.t",
          "b.window", "item.share.s > 0.1 && item.share.s < 0.2",
          "b.scaled", "item.share.s * 2.0 >= params.t",
          "b.or-fact", "item.share.s >= params.t || facts.p",
          "b.two", "item.share.s >= params.t && item.share.u < 0.5",
          "b.negated", "!(item.share.s >= params.t) || facts.p");

  private static RuleBook book;
  private static Map<String, Object> constants;

  @BeforeAll
  static void load(@TempDir Path dir) {
    StringBuilder rules = new StringBuilder("rules:\n");
    CONDITIONS.forEach((id, c) -> rules.append(TinyPack.rule(id, c, "{from: 2020-01-01}")));
    book =
        TinyPack.load(
            dir,
            """
            parameters:
              t: {description: a share threshold, values: [{from: 2020-01-01, value: 0.001, source: t}]}
            facts:
              p: {type: bool, description: p}
            content:
              s: {description: share s, origin: CN, codes: [X], thresholds: [t], compare: ">="}
              u: {description: share u, origin: US, usControlled: true}
            """
                + rules);
    constants = book.regime("TST").orElseThrow().constantsAt(LocalDate.of(2025, 1, 1));
  }

  private static Condition condition(String id) {
    return book.rule(id).orElseThrow().condition();
  }

  /** Known facts as key-value pairs; shares given as {@code double[]{min, max}} are bounds. */
  private static FactLookup facts(Object... keyValues) {
    Map<String, Object> known = new HashMap<>();
    Map<String, Bounds> bounds = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      if (keyValues[i + 1] instanceof double[] b) {
        bounds.put((String) keyValues[i], new Bounds(b[0], b[1]));
      } else {
        known.put((String) keyValues[i], keyValues[i + 1]);
      }
    }
    return new FactLookup() {
      @Override
      public Object get(String name) {
        return known.containsKey(name) ? known.get(name) : constants.get(name);
      }

      @Override
      public Bounds bounds(String name) {
        return bounds.get(name);
      }
    };
  }

  private static double[] between(double min, double max) {
    return new double[] {min, max};
  }

  @Test
  void aShareWhoseBoundsLieOnOneSideOfTheThresholdIsDecided() {
    Condition c = condition("b.reaches");
    assertThat(c.evaluate(facts("item.share.s", between(0.0015, 0.002)))).isEqualTo(Truth.TRUE);
    assertThat(c.evaluate(facts("item.share.s", between(0.0002, 0.0007)))).isEqualTo(Truth.FALSE);
    assertThat(c.evaluate(facts("item.share.s", between(0.0008, 0.0013))))
        .isEqualTo(Truth.unknown(java.util.Set.of("item.share.s")));
  }

  @Test
  void theThresholdItselfCountsAsTheComparisonSays() {
    assertThat(condition("b.reaches").evaluate(facts("item.share.s", between(0.001, 0.002))))
        .isEqualTo(Truth.TRUE);
    assertThat(
            condition("b.exceeds").evaluate(facts("item.share.s", between(0.001, 0.002))).value())
        .isEqualTo(Truth.Value.UNKNOWN);
    assertThat(condition("b.exceeds").evaluate(facts("item.share.s", between(0.0, 0.001))))
        .isEqualTo(Truth.FALSE);
  }

  @Test
  void aConditionTrueOnlyInsideTheBoundsIsNotDecidedFromTheEnds() {
    // Both ends are outside the window (false) but values between them are inside it (true).
    Condition c = condition("b.window");
    assertThat(c.evaluate(facts("item.share.s", between(0.05, 0.25))).value())
        .isEqualTo(Truth.Value.UNKNOWN);
    assertThat(c.evaluate(facts("item.share.s", between(0.12, 0.18)))).isEqualTo(Truth.TRUE);
    assertThat(c.evaluate(facts("item.share.s", between(0.21, 0.3)))).isEqualTo(Truth.FALSE);
  }

  @Test
  void aShareUsedInArithmeticIsNeverDecidedFromBounds() {
    Condition c = condition("b.scaled");
    assertThat(c.boundable()).isEmpty();
    assertThat(c.evaluate(facts("item.share.s", between(0.5, 0.6))).value())
        .isEqualTo(Truth.Value.UNKNOWN);
  }

  @Test
  void boundsDecideAnOperandEvenWhenAnotherFactIsUnknown() {
    assertThat(condition("b.or-fact").evaluate(facts("item.share.s", between(0.002, 0.003))))
        .isEqualTo(Truth.TRUE);
    assertThat(
            condition("b.or-fact").evaluate(facts("item.share.s", between(0.0, 0.0005))).missing())
        .containsExactly("facts.p");
    assertThat(condition("b.negated").evaluate(facts("item.share.s", between(0.0, 0.0005))))
        .isEqualTo(Truth.TRUE);
  }

  @Test
  void twoBoundedSharesAreDecidedTogether() {
    Condition c = condition("b.two");
    assertThat(
            c.evaluate(
                facts("item.share.s", between(0.002, 0.003), "item.share.u", between(0.1, 0.4))))
        .isEqualTo(Truth.TRUE);
    assertThat(
            c.evaluate(
                    facts("item.share.s", between(0.002, 0.003), "item.share.u", between(0.4, 0.6)))
                .value())
        .isEqualTo(Truth.Value.UNKNOWN);
  }

  @Test
  void theExplanationShowsTheBounds() {
    assertThat(condition("b.reaches").explain(facts("item.share.s", between(0.0015, 0.002))))
        .containsExactly(
            "item.share.s (unknown, between 0.0015 and 0.002) >= params.t 0.001: true");
  }

  @Test
  void decidedAnswersHoldForEveryValueInsideTheBounds() {
    long seed = 20_261_129L;
    Random r = new Random(seed);
    double[] marks = {0.0, 0.0005, 0.001, 0.0015, 0.1, 0.15, 0.2, 0.25, 0.5, 1.0};
    int decided = 0;
    for (int run = 0; run < 2_000; run++) {
      String id = CONDITIONS.keySet().stream().sorted().toList().get(r.nextInt(CONDITIONS.size()));
      double a = r.nextBoolean() ? marks[r.nextInt(marks.length)] : r.nextDouble() * 0.3;
      double b = r.nextBoolean() ? marks[r.nextInt(marks.length)] : r.nextDouble() * 0.3;
      double[] s = between(Math.min(a, b), Math.max(a, b));
      double[] u = between(0.0, r.nextDouble());
      Boolean p = r.nextInt(3) == 0 ? null : r.nextBoolean();
      Object[] given =
          p == null
              ? new Object[] {"item.share.s", s, "item.share.u", u}
              : new Object[] {"item.share.s", s, "item.share.u", u, "facts.p", p};
      Truth t = condition(id).evaluate(facts(given));
      if (t.isUnknown()) {
        continue;
      }
      decided++;
      for (int k = 0; k < 50; k++) {
        double sv = k == 0 ? s[0] : k == 1 ? s[1] : s[0] + r.nextDouble() * (s[1] - s[0]);
        double uv = u[0] + r.nextDouble() * (u[1] - u[0]);
        Object[] point =
            p == null
                ? new Object[] {"item.share.s", sv, "item.share.u", uv}
                : new Object[] {"item.share.s", sv, "item.share.u", uv, "facts.p", p};
        Truth direct = condition(id).evaluate(facts(point));
        assertThat(direct.value())
            .as(
                "seed %d run %d: %s with s in [%s, %s] at s=%s, u=%s, p=%s",
                seed, run, id, s[0], s[1], sv, uv, p)
            .isIn(t.value(), Truth.Value.UNKNOWN);
        if (!direct.isUnknown()) {
          assertThat(direct.value()).isEqualTo(t.value());
        }
      }
    }
    assertThat(decided).as("the generator must produce decidable cases").isGreaterThan(500);
  }
}
