package io.chokepoint.rescreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chokepoint.lists.EntryKind;
import io.chokepoint.screening.QueryState;
import io.chokepoint.screening.TokenKind;
import io.chokepoint.source.Issues;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A party's state read back from its file, whole or as the one string a Spark task ships. */
class PartyStatesTest {
  @Test
  void aStateShippedAsTextReadsBackAsTheState(@TempDir Path tmp) throws IOException {
    QueryState known =
        new QueryState(
            List.of(
                new QueryState.Word("huawei", TokenKind.WORD, "", false),
                new QueryState.Word("ke ji", TokenKind.WORD, "keji", true)),
            true,
            140,
            List.of(
                new QueryState.Rank(1.5f, -1, "EL-1", 0, 1, "keji"),
                new QueryState.Rank(1.25f, 2, "SDN 7", 1)),
            List.of(new QueryState.Rank(2f, 0, "EL-2", 3)));
    List<Counterparty> parties =
        List.of(
            new Counterparty("P1", "Huawei Keji", "CN", EntryKind.ENTITY, null),
            new Counterparty("P2", "Unknown Ltd", "GB", EntryKind.ENTITY, null));
    List<QueryState> states = new ArrayList<>();
    states.add(known);
    states.add(null);
    Path file = tmp.resolve("party-states.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      PartyStates.write(w, parties, states);
    }
    Issues issues = new Issues();
    PartyStates read = PartyStates.read(file, issues);
    assertThat(issues.isEmpty()).isTrue();
    assertThat(read.state(0)).isEqualTo(known);
    assertThat(PartyStates.parse(read.text(0))).isEqualTo(known);
    assertThat(read.text(1)).isNull();
    assertThat(PartyStates.parse(null)).isNull();
    assertThatThrownBy(() -> PartyStates.parse("huawei|W||"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
