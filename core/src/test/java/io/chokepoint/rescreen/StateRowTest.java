package io.chokepoint.rescreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chokepoint.screening.QueryState;
import io.chokepoint.screening.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A state row taken apart writes a new state of its party as the state's own text would: reusing
 * the row's text of the tokens and the boundary changes no byte, whatever changed.
 */
class StateRowTest {
  private static final String[] KEYS = {"huawei", "ke ji", "a|b", "100%", "trading", "co", "中"};

  @Test
  void aNewStateIsWrittenAsItsOwnTextOnSeededStates() {
    Random r = new Random(20261130L);
    for (int n = 0; n < 2_000; n++) {
      QueryState was = state(r);
      String line = PartyStates.row("P" + n + (n % 7 == 0 ? ",\"x\"" : ""), PartyStates.text(was));
      StateRow row = StateRow.parse(line);
      assertThat(row.state()).isEqualTo(was);
      for (QueryState now :
          List.of(
              was,
              new QueryState(
                  was.tokens(), was.han(), was.touched() + 3, was.boundary(), was.above()),
              new QueryState(was.tokens(), was.han(), was.touched(), List.of(), List.of()),
              state(r),
              new QueryState(state(r).tokens(), was.han(), 7, was.boundary(), was.above()))) {
        assertThat(row.text(now)).isEqualTo(PartyStates.text(now));
      }
      assertThat(row.text(null)).isNull();
    }
  }

  @Test
  void aRowThatKnowsNoStateWritesTheNewStateWhole() {
    QueryState now = state(new Random(1));
    StateRow row = StateRow.parse(PartyStates.row("P1", null));
    assertThat(row.state()).isNull();
    assertThat(row.text(now)).isEqualTo(PartyStates.text(now));
  }

  @Test
  void aLineThatIsNotARowIsRefused() {
    assertThatThrownBy(() -> StateRow.parse("P1,x\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a party state row");
  }

  private static QueryState state(Random r) {
    List<QueryState.Word> tokens = new ArrayList<>();
    for (int i = 0, k = 1 + r.nextInt(5); i < k; i++) {
      tokens.add(
          new QueryState.Word(
              KEYS[r.nextInt(KEYS.length)],
              TokenKind.values()[r.nextInt(TokenKind.values().length)],
              r.nextBoolean() ? "" : "pin yin",
              r.nextBoolean()));
    }
    List<QueryState.Rank> boundary = new ArrayList<>();
    List<QueryState.Rank> above = new ArrayList<>();
    if (r.nextBoolean()) {
      for (int i = 0, k = 1 + r.nextInt(5); i < k; i++) {
        boundary.add(rank(r));
      }
      for (int i = 0, k = r.nextInt(5); i < k; i++) {
        above.add(rank(r));
      }
    }
    return new QueryState(tokens, r.nextBoolean(), 101 + r.nextInt(500), boundary, above);
  }

  private static QueryState.Rank rank(Random r) {
    float support = r.nextFloat() * 3;
    return r.nextBoolean()
        ? new QueryState.Rank(support, r.nextInt(4), "EL " + r.nextInt(9), r.nextInt(3))
        : new QueryState.Rank(support, -1, "SDN|" + r.nextInt(9), 0, r.nextInt(4), "ne ar");
  }
}
