package io.chokepoint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Three-valued evaluation of compiled conditions, Kleene {@link Truth} tables, and comparisons
 * explained with their numbers. The conditions are compiled by {@link RuleBookLoader} from a tiny
 * pack.
 */
class ConditionTest {
  private static final Map<String, String> CONDITIONS =
      Map.of(
          "t.or", "item.chip.tpp >= params.limit || route.to in sets.embargoed",
          "t.and", "item.chip.tpp >= params.limit && route.to in sets.embargoed",
          "t.p-and-q", "facts.p && facts.q",
          "t.p-or-q", "facts.p || facts.q",
          "t.three", "facts.p && facts.q && facts.r",
          "t.not", "!facts.p",
          "t.density", "item.chip.performanceDensity >= params.density",
          "t.list", "item.eccn in ['3A090.a', '4A090.a']",
          "t.same", "facts.p && facts.q");

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
              limit: {description: a TPP threshold, values: [{from: 2020-01-01, value: 4800, source: t}]}
              density: {description: a PD threshold, values: [{from: 2020-01-01, value: 5.92, source: t}]}
            sets:
              embargoed: {description: destinations, values: [{from: 2020-01-01, members: [CN, MO], source: t}]}
            facts:
              p: {type: bool, description: p}
              q: {type: bool, description: q}
              r: {type: bool, description: r}
            """
                + rules);
    constants = book.regime("TST").orElseThrow().constantsAt(LocalDate.of(2025, 1, 1));
  }

  private static Condition condition(String id) {
    return book.rule(id).orElseThrow().condition();
  }

  /** The facts, then the regime's constants; anything else is unknown. */
  private static FactLookup facts(Object... keyValues) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return name -> m.containsKey(name) ? m.get(name) : constants.get(name);
  }

  @Test
  void aMissingFactThatDoesNotMatterGivesADefiniteAnswer() {
    assertThat(condition("t.or").evaluate(facts("route.to", "CN"))).isEqualTo(Truth.TRUE);
    assertThat(condition("t.and").evaluate(facts("route.to", "US"))).isEqualTo(Truth.FALSE);
  }

  @Test
  void aMissingFactThatMattersGivesUnknownNamingIt() {
    Truth or = condition("t.or").evaluate(facts("route.to", "US"));
    Truth and = condition("t.and").evaluate(facts("route.to", "CN"));
    Truth neither = condition("t.and").evaluate(facts());

    assertThat(or.isUnknown()).isTrue();
    assertThat(or.missing()).containsExactly("item.chip.tpp");
    assertThat(and.value()).isEqualTo(Truth.Value.UNKNOWN);
    assertThat(and.missing()).containsExactly("item.chip.tpp");
    assertThat(neither.missing()).containsExactlyInAnyOrder("item.chip.tpp", "route.to");
    assertThat(condition("t.not").evaluate(facts()).missing()).containsExactly("facts.p");
  }

  @Test
  void knownFactsGiveKnownAnswers() {
    assertThat(condition("t.and").evaluate(facts("item.chip.tpp", 15832.0, "route.to", "MO")))
        .isEqualTo(Truth.TRUE);
    assertThat(condition("t.and").evaluate(facts("item.chip.tpp", 4799.0, "route.to", "MO")))
        .isEqualTo(Truth.FALSE);
    assertThat(condition("t.or").evaluate(facts("item.chip.tpp", 4800.0, "route.to", "US")))
        .as("the threshold itself counts")
        .isEqualTo(Truth.TRUE);
  }

  /** Kleene's tables, written out: p, q, p and q, p or q (U = unknown). */
  @ParameterizedTest(name = "{0} and {1} = {2}, {0} or {1} = {3}")
  @CsvSource({
    "T, T, T, T", "T, F, F, T", "T, U, U, T",
    "F, T, F, T", "F, F, F, F", "F, U, F, U",
    "U, T, U, T", "U, F, F, U", "U, U, U, U"
  })
  void celAndTruthFollowKleenesTables(char p, char q, char and, char or) {
    FactLookup lookup =
        facts(Stream.of(fact("facts.p", p), fact("facts.q", q)).flatMap(List::stream).toArray());
    Set<String> unknown = new java.util.TreeSet<>();
    if (p == 'U') {
      unknown.add("facts.p");
    }
    if (q == 'U') {
      unknown.add("facts.q");
    }

    Truth celAnd = condition("t.p-and-q").evaluate(lookup);
    Truth celOr = condition("t.p-or-q").evaluate(lookup);
    Truth truthAnd = truth(p, "facts.p").and(truth(q, "facts.q"));
    Truth truthOr = truth(p, "facts.p").or(truth(q, "facts.q"));

    for (Truth t : List.of(celAnd, truthAnd)) {
      assertThat(letter(t)).isEqualTo(and);
      assertThat(t.missing()).isEqualTo(and == 'U' ? unknown : Set.of());
    }
    for (Truth t : List.of(celOr, truthOr)) {
      assertThat(letter(t)).isEqualTo(or);
      assertThat(t.missing()).isEqualTo(or == 'U' ? unknown : Set.of());
    }
  }

  @Test
  void truthKeepsTheFirstEvaluationError() {
    Truth broken = Truth.error("division by zero");

    assertThat(broken.and(Truth.TRUE).error()).isEqualTo("division by zero");
    assertThat(Truth.unknown(Set.of("a")).or(broken).error()).isEqualTo("division by zero");
    assertThat(broken.and(Truth.FALSE)).isEqualTo(Truth.FALSE);
    assertThat(broken.or(Truth.TRUE)).isEqualTo(Truth.TRUE);
  }

  static Stream<Arguments> junctions() {
    return Stream.of(
        Arguments.of("t.three", Condition.Junction.AND, 3),
        Arguments.of("t.or", Condition.Junction.OR, 2));
  }

  @ParameterizedTest
  @MethodSource("junctions")
  void partsFoldedWithKleeneLogicGiveTheSameAnswerAsTheWhole(
      String id, Condition.Junction junction, int size) {
    Condition c = condition(id);
    assertThat(c.junction()).isEqualTo(junction);
    assertThat(c.parts()).hasSize(size);

    for (FactLookup lookup : everyCombination(c.facts())) {
      Truth folded = c.parts().get(0).evaluate(lookup);
      for (Condition part : c.parts().subList(1, size)) {
        Truth t = part.evaluate(lookup);
        folded = junction == Condition.Junction.AND ? folded.and(t) : folded.or(t);
      }
      assertThat(folded).isEqualTo(c.evaluate(lookup));
    }
  }

  @Test
  void comparisonsAreExplainedWithTheirNumbers() {
    assertThat(condition("t.and").explain(facts("item.chip.tpp", 15832.0, "route.to", "CN")))
        .containsExactly(
            "item.chip.tpp 15832 >= params.limit 4800: true",
            "route.to CN in sets.embargoed: true");
    assertThat(condition("t.density").explain(facts("item.chip.performanceDensity", 2368 / 814.0)))
        .containsExactly("item.chip.performanceDensity 2.9091 >= params.density 5.92: false");
    assertThat(condition("t.and").explain(facts("route.to", "CN")))
        .containsExactly(
            "item.chip.tpp (unknown) >= params.limit 4800: unknown",
            "route.to CN in sets.embargoed: true");
    assertThat(condition("t.list").explain(facts("item.eccn", "3A090.b")))
        .containsExactly("item.eccn 3A090.b in [3A090.a, 4A090.a]: false");
  }

  @Test
  void explanationsShowWhatDecidedTheCondition() {
    // A disjunction that holds is explained by the operand that holds, and a conjunction that
    // fails by the operand that fails; the other operands did not matter.
    assertThat(condition("t.or").explain(facts("item.chip.tpp", 15832.0, "route.to", "CN")))
        .containsExactly("item.chip.tpp 15832 >= params.limit 4800: true");
    assertThat(condition("t.or").explain(facts("item.chip.tpp", 100.0, "route.to", "CN")))
        .containsExactly("route.to CN in sets.embargoed: true");
    assertThat(condition("t.and").explain(facts("item.chip.tpp", 15832.0, "route.to", "US")))
        .containsExactly("route.to US in sets.embargoed: false");
    // An unknown disjunction is explained by the operands still open.
    assertThat(condition("t.or").explain(facts("route.to", "US")))
        .containsExactly("item.chip.tpp (unknown) >= params.limit 4800: unknown");
    // A disjunction that fails needs every operand.
    assertThat(condition("t.or").explain(facts("item.chip.tpp", 100.0, "route.to", "US")))
        .containsExactly(
            "item.chip.tpp 100 >= params.limit 4800: false",
            "route.to US in sets.embargoed: false");
  }

  @ParameterizedTest
  @CsvSource({
    "4800.0, 4800",
    "5.92, 5.92",
    "2.909090909, 2.9091",
    "0.5, 0.5",
    "-1.25, -1.25",
    "15832.00001, 15832",
    "1e-5, 0.00001",
    "0.000999, 0.000999",
    "0.0012345678, 0.00123457",
    "0.0999, 0.0999",
    "0.099999, 0.099999",
    "0.0999999999, 0.1"
  })
  void numbersAreShownWithoutNeedlessDigits(double value, String shown) {
    assertThat(Comparison.number(value)).isEqualTo(shown);
  }

  @Test
  void aConditionKnowsTheFactsAndScopesItReads() {
    Condition c = condition("t.or");

    assertThat(c.facts())
        .containsExactlyInAnyOrder("item.chip.tpp", "params.limit", "route.to", "sets.embargoed");
    assertThat(c.scopes()).containsExactlyInAnyOrder(Scope.ITEM, Scope.TRANSACTION, Scope.CONSTANT);
    assertThat(c.reads(Scope.ITEM)).isTrue();
    assertThat(c.reads(Scope.PARTY)).isFalse();
    assertThat(c.source()).isEqualTo(CONDITIONS.get("t.or"));
    assertThat(c.position().file()).isEqualTo("tst/pack.yaml");
  }

  @Test
  void conditionsWrittenTheSameWayShareOneProgramButKeepTheirPositions() {
    Condition a = condition("t.p-and-q");
    Condition b = condition("t.same");

    assertThat(a.index()).isEqualTo(b.index());
    assertThat(a.position()).isNotEqualTo(b.position());
    assertThat(condition("t.p-or-q").index()).isNotEqualTo(a.index());
  }

  private static List<Object> fact(String name, char value) {
    return value == 'U' ? List.of() : List.of(name, value == 'T');
  }

  private static Truth truth(char value, String fact) {
    return value == 'U' ? Truth.unknown(Set.of(fact)) : Truth.of(value == 'T');
  }

  private static char letter(Truth t) {
    return t.isTrue() ? 'T' : t.isFalse() ? 'F' : 'U';
  }

  /** Every assignment of true, false or unknown to the non-constant facts. */
  private static List<FactLookup> everyCombination(List<String> names) {
    List<String> free =
        names.stream().filter(n -> !constants.containsKey(n)).collect(Collectors.toList());
    List<FactLookup> out = new ArrayList<>();
    int n = (int) Math.pow(3, free.size());
    for (int code = 0; code < n; code++) {
      List<Object> kv = new ArrayList<>();
      int rest = code;
      for (String name : free) {
        int v = rest % 3;
        rest /= 3;
        if (v < 2) {
          kv.add(name);
          kv.add(name.equals("route.to") ? (v == 0 ? "CN" : "US") : sample(name, v == 0));
        }
      }
      out.add(facts(kv.toArray()));
    }
    return out;
  }

  private static Object sample(String name, boolean high) {
    return name.startsWith("facts.") ? (Object) high : (Object) (high ? 15832.0 : 2368.0);
  }
}
