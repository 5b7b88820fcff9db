package io.chokepoint.rescreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.chokepoint.lists.EntryKind;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.screening.FalsePositiveMemory;
import io.chokepoint.screening.ListScreener;
import io.chokepoint.screening.ReviewedNonMatch;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full rescreen of a small hand-made master, good-guy decisions, and a small delta. */
class RescreenTest {
  private static final Instant WHEN = Instant.parse("2026-06-01T10:00:00Z");
  private static final String MASTER =
      "id,name,country,kind,address\n"
          + "C1,华为技术有限公司,CN,entity,\n"
          + "C2,HUAWEI TECH CO LTD,CN,entity,\n"
          + "C3,\"Sugon Data Storage Trading Co., Ltd.\",CN,entity,\n"
          + "C4,Redwood Photonics Inc.,US,entity,San Jose\n"
          + "C5,Day Company,,entity,\n"
          + "C6,\"Skydio, Inc.\",US,entity,\n";

  @TempDir Path dir;

  static ListEntry entry(String id, String name, List<String> aliases, List<String> addresses) {
    return new ListEntry(
        id,
        id.substring(0, id.lastIndexOf('-')),
        EntryKind.ENTITY,
        name,
        aliases,
        List.of("CN"),
        addresses,
        List.of(),
        null,
        null,
        null,
        Map.of(),
        new Position("test", 1, 1));
  }

  private static ListSnapshot lists(ListEntry... entries) {
    return ListSnapshot.of(List.of(entries), LocalDate.of(2026, 6, 1), List.of());
  }

  private static final ListEntry HUAWEI =
      entry("US-EL-1", "Huawei Technologies Co., Ltd.", List.of("华为技术有限公司"), List.of());
  private static final ListEntry SUGON =
      entry("US-EL-2", "Sugon Data Storage Trading Co., Ltd.", List.of(), List.of());
  private static final ListEntry DAY = entry("US-SDN-3", "DAY COMPANY", List.of(), List.of());
  private static final ListEntry SKYDIO = entry("CN-UEL-4", "Skydio Inc.", List.of(), List.of());

  private List<Counterparty> master() throws IOException {
    Path f = dir.resolve("master.csv");
    Files.writeString(f, MASTER, StandardCharsets.UTF_8);
    return CounterpartyCsv.read(f).parties();
  }

  private static String key(PartyMatch m) {
    return m.partyId() + "->" + m.entryId() + (m.clearance() == null ? "" : " cleared");
  }

  @Test
  void aFullRescreenFindsTheListedPartiesWithExplanations() throws IOException {
    ListSnapshot s = lists(HUAWEI, SUGON, DAY, SKYDIO);
    Rescreen r = Rescreen.of(s, null, FalsePositiveMemory.empty(), 0.8);
    List<PartyMatch> found = r.screen(master());
    assertThat(found)
        .extracting(RescreenTest::key)
        .containsExactly(
            "C1->US-EL-1", "C2->US-EL-1", "C3->US-EL-2", "C5->US-SDN-3", "C6->CN-UEL-4");
    PartyMatch c1 = found.get(0);
    assertThat(c1.matchedName()).isEqualTo("华为技术有限公司");
    assertThat(c1.explanation()).isNotEmpty().anyMatch(l -> l.contains("huawei"));
    assertThat(c1.band().name()).isEqualTo("ALERT");
    assertThat(c1.status()).isEqualTo(PartyMatch.Status.OPEN);
    // the scores are the screener's, to the last digit
    double direct = ListScreener.build(s).screen(master().get(1).query(), 0.8).get(0).score();
    assertThat(found.get(1).score()).isEqualTo(direct);
  }

  @Test
  void aGoodGuyDecisionHoldsWhileTheEntryIsUnchangedAndLapsesWhenItChanges() throws IOException {
    List<Counterparty> parties = master();
    Counterparty sugonParty = parties.get(2);
    FalsePositiveMemory memory =
        FalsePositiveMemory.empty()
            .with(
                ReviewedNonMatch.of(
                    sugonParty.reviewKey(), SUGON, "a.officer", "storage reseller", WHEN));
    ListSnapshot s0 = lists(HUAWEI, SUGON, DAY, SKYDIO);
    List<PartyMatch> first = Rescreen.of(s0, null, memory, 0.8).screen(parties);
    PartyMatch cleared = first.stream().filter(m -> m.partyId().equals("C3")).findFirst().get();
    assertThat(cleared.status()).isEqualTo(PartyMatch.Status.CLEARED);
    assertThat(cleared.clearance().reviewer()).isEqualTo("a.officer");

    // Huawei gains an alias; Sugon is unchanged: the decision carries over
    ListEntry huawei2 =
        entry("US-EL-1", HUAWEI.name(), List.of("华为技术有限公司", "Huawei Technology Co Ltd"), List.of());
    ListSnapshot s1 = lists(huawei2, SUGON, DAY, SKYDIO);
    List<PartyMatch> second = delta(s0, s1, memory, parties, first, s0);
    assertThat(second.stream().filter(m -> m.partyId().equals("C3")))
        .singleElement()
        .satisfies(m -> assertThat(m.status()).isEqualTo(PartyMatch.Status.CLEARED));

    // Sugon's listing changes (a new address): the decision lapses and the pair alerts again
    ListEntry sugon2 =
        entry("US-EL-2", SUGON.name(), List.of(), List.of("Haidian District, Beijing"));
    ListSnapshot s2 = lists(huawei2, sugon2, DAY, SKYDIO);
    List<PartyMatch> third = delta(s1, s2, memory, parties, second, s0);
    assertThat(third.stream().filter(m -> m.partyId().equals("C3")))
        .singleElement()
        .satisfies(m -> assertThat(m.status()).isEqualTo(PartyMatch.Status.OPEN));
    List<RescreenDiff.Change> changes =
        RescreenDiff.between(
            second, third, ids(parties), RescreenDiff.EntryChanges.listedIn(ids(s2)));
    assertThat(changes)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(RescreenDiff.Kind.NEW);
              assertThat(c.reason()).isEqualTo(RescreenDiff.Reason.REVIEW_LAPSED);
            });
  }

  @Test
  void theDiffSaysWhyAlertsAreNewClearedOrChanged() throws IOException {
    List<Counterparty> parties = master();
    ListSnapshot s0 = lists(HUAWEI, SUGON, DAY, SKYDIO);
    List<PartyMatch> before =
        Rescreen.of(s0, null, FalsePositiveMemory.empty(), 0.8).screen(parties);
    // Day Company leaves the list, Skydio gains an address in its country, a reviewer clears
    // C1 of Huawei, and a new entry names Redwood Photonics
    ListEntry skydio2 = entry("CN-UEL-4", "Skydio Inc.", List.of(), List.of("San Mateo"));
    ListEntry redwood = entry("US-EL-9", "Redwood Photonics Inc.", List.of(), List.of());
    ListSnapshot s1 = lists(HUAWEI, SUGON, skydio2, redwood);
    FalsePositiveMemory memory =
        FalsePositiveMemory.empty()
            .with(ReviewedNonMatch.of(parties.get(0).reviewKey(), HUAWEI, "bo", "namesake", WHEN));
    List<PartyMatch> after = delta(s0, s1, memory, parties, before, s0);
    DeltaRescreen d = DeltaRescreen.of(s0, s1, weights(s0), memory, 0.8);
    List<RescreenDiff.Change> changes =
        RescreenDiff.between(
            before, after, ids(parties), RescreenDiff.EntryChanges.of(d.listDelta()));
    List<String> said = new ArrayList<>();
    for (RescreenDiff.Change c : changes) {
      said.add(c.kind() + " " + c.reason() + " " + c.pair().partyId() + "->" + c.pair().entryId());
    }
    assertThat(said)
        .containsExactlyInAnyOrder(
            "CLEARED REVIEWED C1->US-EL-1",
            "CLEARED ENTRY_REMOVED C5->US-SDN-3",
            "NEW ENTRY_ADDED C4->US-EL-9");
    // Skydio's address is not the party's (which it does not state): the score stands
    assertThat(after.stream().filter(m -> m.entryId().equals("CN-UEL-4")))
        .singleElement()
        .satisfies(
            m -> assertThat(m.entryFingerprint()).isNotEqualTo(before.get(4).entryFingerprint()));
  }

  @Test
  void theEngineWritesAFolderThatADeltaReadsBackAndRefusesAnotherMasterOrOtherLists()
      throws IOException {
    Path master = dir.resolve("master.csv");
    Files.writeString(master, MASTER, StandardCharsets.UTF_8);
    ListSnapshot s0 = lists(HUAWEI, SUGON, DAY, SKYDIO);
    ListSnapshot s1 = lists(HUAWEI, SUGON, SKYDIO);
    LocalRescreen engine = new LocalRescreen();
    Path r0 = dir.resolve("r0");
    RescreenSummary full =
        engine.run(
            new RescreenJob(
                master, s0, null, null, false, FalsePositiveMemory.empty(), null, r0, null));
    assertThat(full.mode()).isEqualTo("full");
    assertThat(full.open()).isEqualTo(5);
    assertThat(full.total(RescreenDiff.Kind.NEW)).isEqualTo(5);
    ResultFolder.Result back = ResultFolder.read(r0);
    assertThat(back.matches()).hasSize(5);
    assertThat(back.summary().weights()).isEqualTo(full.weights());

    Path r1 = dir.resolve("r1");
    RescreenSummary delta =
        engine.run(
            new RescreenJob(
                master, s1, r0, s0, false, FalsePositiveMemory.empty(), null, r1, null));
    assertThat(delta.mode()).isEqualTo("delta");
    assertThat(delta.open()).isEqualTo(4);
    assertThat(delta.changes().get("cleared")).isEqualTo(Map.of("entry-removed", 1));
    assertThat(delta.listDelta()).isEqualTo(Map.of("added", 0, "removed", 1, "changed", 0));
    assertThat(delta.weights()).isEqualTo(full.weights());
    assertThat(Files.readString(r1.resolve(ResultFolder.CHANGES)))
        .contains("cleared,entry-removed,C5,Day Company,,US-SDN-3,US-SDN,DAY COMPANY,");

    // a delta from a delta: the rows of the parties the change does not reach are copied, the
    // others written anew, and the index of the master carried over; the same files as a full run
    ListSnapshot s2 = lists(HUAWEI, SUGON, SKYDIO, DAY);
    Path r2 = dir.resolve("r2");
    engine.run(
        new RescreenJob(master, s2, r1, s1, false, FalsePositiveMemory.empty(), null, r2, null));
    Path f2 = dir.resolve("f2");
    engine.run(
        new RescreenJob(master, s2, r1, null, true, FalsePositiveMemory.empty(), null, f2, null));
    for (String file : List.of(ResultFolder.MATCHES, ResultFolder.STATES, ResultFolder.INDEX)) {
      assertThat(Files.readAllBytes(r2.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(f2.resolve(file)));
    }
    // Redwood Photonics (C4) shares no key with DAY COMPANY: its row was copied, not rewritten
    assertThat(
            ResultFolder.read(r2)
                .states()
                .index()
                .reachedBy(
                    DeltaRescreen.of(
                            s1,
                            s2,
                            ResultFolder.read(r0).weights(),
                            FalsePositiveMemory.empty(),
                            0.8)
                        .screening())
                .get(3))
        .isFalse();

    // the previous lists must be those the previous result was screened against
    SourceException wrongLists =
        catchThrowableOfType(
            SourceException.class,
            () ->
                engine.run(
                    new RescreenJob(
                        master, s1, r0, s1, false, FalsePositiveMemory.empty(), null, r1, null)));
    assertThat(wrongLists.getMessage()).contains("field 'lists'", s0.contentHash());
    // and the master the previous result's
    Files.writeString(master, MASTER + "C7,Acme Widgets,US,entity,\n", StandardCharsets.UTF_8);
    SourceException wrongMaster =
        catchThrowableOfType(
            SourceException.class,
            () ->
                engine.run(
                    new RescreenJob(
                        master, s1, r0, s0, false, FalsePositiveMemory.empty(), null, r1, null)));
    assertThat(wrongMaster.getMessage()).contains("field 'parties'", "run a full rescreen");
  }

  private static List<PartyMatch> delta(
      ListSnapshot before,
      ListSnapshot after,
      FalsePositiveMemory memory,
      List<Counterparty> parties,
      List<PartyMatch> previous,
      ListSnapshot weightsFrom) {
    DeltaRescreen d = DeltaRescreen.of(before, after, weights(weightsFrom), memory, 0.8);
    Map<String, List<PartyMatch>> byParty = RescreenDiff.byParty(previous);
    List<PartyMatch> out = new ArrayList<>();
    for (Counterparty p : parties) {
      out.addAll(d.screen(p, byParty.getOrDefault(p.id(), List.of()), null).matches());
    }
    // the delta is the full rescreen with the same weights
    assertThat(out).isEqualTo(d.full().screen(parties));
    return out;
  }

  private static io.chokepoint.screening.TokenWeights weights(ListSnapshot s) {
    return ListScreener.build(s).weights();
  }

  private static java.util.Set<String> ids(List<Counterparty> parties) {
    java.util.Set<String> out = new java.util.HashSet<>();
    parties.forEach(p -> out.add(p.id()));
    return out;
  }

  private static java.util.Set<String> ids(ListSnapshot s) {
    java.util.Set<String> out = new java.util.HashSet<>();
    s.entries().forEach(e -> out.add(e.id()));
    return out;
  }
}
