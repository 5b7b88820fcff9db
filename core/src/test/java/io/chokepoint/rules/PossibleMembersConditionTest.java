package io.chokepoint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conditions over a party's lists when screening found only possible matches: decided when every
 * choice of the possible lists gives the same answer, unknown otherwise. A seeded random test
 * checks every decided answer against each concrete choice.
 */
class PossibleMembersConditionTest {
  private static final Map<String, String> CONDITIONS =
      Map.of(
          "m.el", "'US-EL' in party.lists",
          "m.not-el", "!('US-EL' in party.lists)",
          "m.any", "party.lists.exists(l, l in ['CN-ECL', 'CN-WATCH'])",
          "m.one", "size(party.lists) == 1",
          "m.and-role", "party.role == 'end-user' && 'US-EL' in party.lists");

  private static RuleBook book;

  @BeforeAll
  static void load(@TempDir Path dir) {
    StringBuilder rules = new StringBuilder("rules:\n");
    CONDITIONS.forEach((id, c) -> rules.append(TinyPack.rule(id, c, "{from: 2020-01-01}")));
    book = TinyPack.load(dir, rules.toString());
  }

  private static Truth evaluate(String id, List<String> known, List<String> possible) {
    Condition c = book.rule(id).orElseThrow().condition();
    PossibleMembers members = new PossibleMembers(known, possible);
    return c.evaluate(
        new FactLookup() {
          @Override
          public Object get(String name) {
            return name.equals("party.role") ? "end-user" : null;
          }

          @Override
          public PossibleMembers possibleMembers(String name) {
            return name.equals("party.lists") ? members : null;
          }
        });
  }

  @Test
  void aSureMemberDecidesWhateverThePossibleOnes() {
    assertThat(evaluate("m.el", List.of("US-EL"), List.of("CN-ECL")).isTrue()).isTrue();
    assertThat(evaluate("m.not-el", List.of("US-EL"), List.of("CN-ECL")).value())
        .isEqualTo(Truth.Value.FALSE);
  }

  @Test
  void aPossibleMemberTheConditionAsksAboutLeavesItUnknownWithTheFactNamed() {
    Truth t = evaluate("m.el", List.of(), List.of("US-EL"));
    assertThat(t.isUnknown()).isTrue();
    assertThat(t.missing()).containsExactly("party.lists");
    assertThat(evaluate("m.and-role", List.of(), List.of("US-EL")).isUnknown()).isTrue();
  }

  @Test
  void aPossibleMemberTheConditionDoesNotAskAboutDoesNotMatter() {
    assertThat(evaluate("m.el", List.of(), List.of("CN-WATCH")).value())
        .isEqualTo(Truth.Value.FALSE);
    assertThat(evaluate("m.any", List.of(), List.of("US-EL")).value()).isEqualTo(Truth.Value.FALSE);
  }

  @Test
  void decidedAnswersHoldForEveryChoice() {
    Random random = new Random(20261129L);
    List<String> codes = List.of("US-EL", "US-MEU", "CN-ECL", "CN-WATCH", "US-SDN");
    for (int round = 0; round < 300; round++) {
      List<String> known = new ArrayList<>();
      List<String> possible = new ArrayList<>();
      for (String code : codes) {
        int r = random.nextInt(3);
        if (r == 1) {
          known.add(code);
        } else if (r == 2) {
          possible.add(code);
        }
      }
      for (String id : CONDITIONS.keySet()) {
        Truth t = evaluate(id, known, possible);
        if (t.isUnknown()) {
          continue;
        }
        for (int choice = 0; choice < (1 << possible.size()); choice++) {
          List<String> lists = new ArrayList<>(known);
          for (int b = 0; b < possible.size(); b++) {
            if ((choice & (1 << b)) != 0) {
              lists.add(possible.get(b));
            }
          }
          Truth direct =
              book.rule(id)
                  .orElseThrow()
                  .condition()
                  .evaluate(
                      name ->
                          name.equals("party.role")
                              ? "end-user"
                              : name.equals("party.lists") ? List.copyOf(lists) : null);
          assertThat(direct.value()).as("%s with %s", id, lists).isEqualTo(t.value());
        }
      }
    }
  }
}
