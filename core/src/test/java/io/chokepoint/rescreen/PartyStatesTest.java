package io.chokepoint.rescreen;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chokepoint.lists.EntryKind;
import io.chokepoint.screening.QueryState;
import io.chokepoint.screening.TokenKind;
import io.chokepoint.source.Issues;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
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
            new Counterparty("P,\"2\"", "Unknown Ltd", "GB", EntryKind.ENTITY, null));
    List<QueryState> states = new ArrayList<>();
    states.add(known);
    states.add(null);
    Path file = tmp.resolve("party-states.csv");
    List<String> ids = parties.stream().map(Counterparty::id).toList();
    long[] rows;
    try (OutputStream out = Files.newOutputStream(file)) {
      PartyStates.Written written =
          PartyStates.write(out, ids, i -> PartyStates.text(states.get(i)), null, null);
      rows = written.rows();
      assertThat(written.unknown()).containsExactly(1);
    }
    Issues issues = new Issues();
    PartyStates read = PartyStates.read(file, issues);
    assertThat(issues.isEmpty()).isTrue();
    assertThat(read.state(0)).isEqualTo(known);
    assertThat(PartyStates.parse(read.text(0))).isEqualTo(known);
    assertThat(read.text(1)).isNull();
    // row by row, through the index written beside it
    PartyIndex index =
        PartyIndex.read(index(rows, new int[] {1}, PartyIndex.reachOf(2, states::get)));
    PartyStates mapped = PartyStates.open(file, index);
    assertThat(mapped.size()).isEqualTo(2);
    assertThat(mapped.id(1)).isEqualTo("P,\"2\"");
    assertThat(mapped.text(0, "P1")).isEqualTo(read.text(0));
    assertThat(mapped.text(1, "P,\"2\"")).isNull();
    assertThat(PartyStates.parseLine(mapped.line(0, "P1"))).isEqualTo(known);
    assertThat(PartyStates.parseLine(mapped.line(1, "P,\"2\""))).isNull();
    assertThat(PartyStates.parseLine(read.line(0, "P1"))).isEqualTo(known);
    assertThatThrownBy(() -> mapped.line(0, "P"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("of P1, not of P");
    // as bytes, the same rows and the same checks
    for (PartyStates s : List.of(mapped, read)) {
      assertThat(s.lineUtf8(0, "P1")).isEqualTo(s.line(0, "P1").getBytes(UTF_8));
      assertThat(s.lineUtf8(1, "P,\"2\"")).isEqualTo(s.line(1, "P,\"2\"").getBytes(UTF_8));
      assertThatThrownBy(() -> s.lineUtf8(0, "P"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not of P");
      assertThatThrownBy(() -> s.lineUtf8(1, "P"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not of P");
    }
    assertThatThrownBy(() -> PartyStates.parseLine("P1,x\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> mapped.text(0, "P9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("of P1, not of P9");
    assertThat(mapped.state(0)).isEqualTo(known);
    assertThat(mapped.text(1)).isNull();
    assertThat(index.unknown(1)).isTrue();
    assertThat(index.unknown(0)).isFalse();
    // a copy with the second row replaced: the first row's bytes are copied as they were
    Path copy = tmp.resolve("copy.csv");
    BitSet second = new BitSet();
    second.set(1);
    try (OutputStream out = Files.newOutputStream(copy)) {
      PartyStates.write(out, ids, i -> PartyStates.text(known), second, mapped);
    }
    PartyStates again = PartyStates.read(copy, issues);
    assertThat(issues.isEmpty()).isTrue();
    assertThat(again.state(0)).isEqualTo(known);
    assertThat(again.state(1)).isEqualTo(known);
    assertThat(PartyStates.parse(null)).isNull();
    assertThatThrownBy(() -> PartyStates.parse("huawei|W||"))
        .isInstanceOf(IllegalArgumentException.class);
    // an index of another file is refused
    Files.writeString(copy, "party_id\n");
    assertThatThrownBy(() -> PartyStates.open(copy, index))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] index(long[] rows, int[] unknown, byte[] reach) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PartyIndex.write(out, "sha256:00", rows, unknown, reach);
    return out.toByteArray();
  }
}
