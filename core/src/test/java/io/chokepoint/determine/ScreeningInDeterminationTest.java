package io.chokepoint.determine;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.lists.EntryKind;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.screening.FalsePositiveMemory;
import io.chokepoint.screening.ReviewedNonMatch;
import io.chokepoint.screening.Screener;
import io.chokepoint.screening.ScreeningMatch;
import io.chokepoint.source.Position;
import io.chokepoint.testing.ProjectFiles;
import io.chokepoint.transaction.Transaction;
import io.chokepoint.transaction.TransactionReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Screening drives the list rules: a hit puts the party on the entry's list, a possible match makes
 * exactly the answers that depend on that list indeterminate, and a cleared pair counts for
 * nothing. The screener here returns fixed scores by name, so that the bands are what is tested.
 */
class ScreeningInDeterminationTest {
  private static RuleBook book;
  private static TransactionReader reader;

  private static final ListEntry HUAWEI =
      entry("US-EL-HUAWEI", "US-EL", "Huawei Technologies Co., Ltd.");
  private static final ListEntry WATCH =
      entry("CN-WATCH-0001", "CN-WATCH", "Osaka Fine Materials K.K.");

  @BeforeAll
  static void load() {
    book = RuleBookLoader.load(ProjectFiles.regulations());
    reader = new TransactionReader(ProjectFiles.catalogue(), book.declaredFacts());
  }

  private static ListEntry entry(String id, String list, String name) {
    return new ListEntry(
        id,
        list,
        EntryKind.ENTITY,
        name,
        List.of(),
        List.of("CN"),
        List.of(),
        List.of(),
        null,
        "test",
        null,
        Map.of(),
        Position.ofFile("test.csv"));
  }

  /** A screener that scores the given names against the given entries, and nothing else. */
  private static Screener fixed(Map<String, ScreeningMatch> byName) {
    return (query, threshold) -> {
      ScreeningMatch m = byName.get(query.name());
      return m != null && m.score() >= threshold ? List.of(m) : List.of();
    };
  }

  private static Determination determine(Screener screener, ClearedMatches cleared) {
    Transaction t =
        reader
            .parse(
                String.join(
                    "\n",
                    "id: S-1",
                    "date: 2025-10-01",
                    "route: {from: US, to: CN}",
                    "parties:",
                    "  - {role: exporter, name: Pacific Compute Distribution Inc., country: US}",
                    "  - {role: end-user, name: Hua Wei Technologies, country: CN, headquarters: CN, owners: []}",
                    "endUse: {purpose: commercial}",
                    "items: [{id: L1, quantity: 10, chip: H20}]"),
                "s.yaml")
            .get(0);
    PartyScreener ps = new PartyScreener(screener, "sha256:test", 0.85, 0.70, cleared);
    return new Determiner(book, ps).determine(t, null);
  }

  private static ScreeningMatch huawei(double score) {
    return new ScreeningMatch(HUAWEI, HUAWEI.name(), score, List.of("hua wei → huawei"));
  }

  @Test
  void withoutAMatchTheH20NeedsNoLicence() {
    Determination d = determine(fixed(Map.of()), ClearedMatches.NONE);
    assertThat(d.regime("US-EAR").outcome()).isEqualTo(Outcome.NO_LICENSE_REQUIRED);
    assertThat(d.lists()).isEqualTo("sha256:test");
    assertThat(d.screening()).hasSize(2).allSatisfy(s -> assertThat(s.hits()).isEmpty());
  }

  @Test
  void aHitPutsThePartyOnTheEntityList() {
    Determination d =
        determine(fixed(Map.of("Hua Wei Technologies", huawei(0.93))), ClearedMatches.NONE);
    RegimeDetermination us = d.regime("US-EAR");
    assertThat(us.outcome()).isEqualTo(Outcome.LICENSE_REQUIRED);
    assertThat(us.rules())
        .filteredOn(r -> r.status() == RuleResult.Status.FIRED)
        .extracting(r -> r.rule().id())
        .contains("us.744-11.entity-list");
    assertThat(d.screening().get(1).hits())
        .singleElement()
        .satisfies(h -> assertThat(h.band()).isEqualTo(ScreeningBand.HIT));
    assertThat(DeterminationJson.toLine(d))
        .contains("\"band\":\"HIT\"", "\"entityId\":\"US-EL-HUAWEI\"", "hua wei → huawei");
    assertThat(DeterminationText.render(d)).contains("HIT: US-EL US-EL-HUAWEI");
    assertThat(us.parties().get(1).hits())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.list()).isEqualTo("US-EL");
              assertThat(h.source()).startsWith("screening: US-EL-HUAWEI");
            });
  }

  @Test
  void aPossibleMatchMakesTheListAnswerIndeterminateNeverAPass() {
    Determination d =
        determine(fixed(Map.of("Hua Wei Technologies", huawei(0.78))), ClearedMatches.NONE);
    RegimeDetermination us = d.regime("US-EAR");
    assertThat(us.outcome()).isEqualTo(Outcome.INDETERMINATE);
    assertThat(us.missingFacts()).anyMatch(f -> f.endsWith(".lists"));
    assertThat(DeterminationText.render(d)).contains("POSSIBLE MATCH, review the party");
    assertThat(us.parties().get(1).hits().get(0).source()).startsWith("possible match");
  }

  @Test
  void aPossibleMatchOnAnotherListLeavesTheseAnswersDecided() {
    ScreeningMatch watch = new ScreeningMatch(WATCH, WATCH.name(), 0.75, List.of("partial"));
    Determination d = determine(fixed(Map.of("Hua Wei Technologies", watch)), ClearedMatches.NONE);
    assertThat(d.regime("US-EAR").outcome()).isEqualTo(Outcome.NO_LICENSE_REQUIRED);
  }

  @Test
  void aClearedPairCountsForNothing() {
    Determination d =
        determine(
            fixed(Map.of("Hua Wei Technologies", huawei(0.93))),
            (party, entry) ->
                entry.id().equals("US-EL-HUAWEI") ? "cleared by a.officer: other company" : null);
    assertThat(d.regime("US-EAR").outcome()).isEqualTo(Outcome.NO_LICENSE_REQUIRED);
    assertThat(d.screening().get(1).hits().get(0).band()).isEqualTo(ScreeningBand.CLEARED);
  }

  @Test
  void aVesselOrAircraftEntryIsNotAParty() {
    ListEntry vessel =
        new ListEntry(
            "US-SDN-1",
            "US-SDN",
            EntryKind.VESSEL,
            "HUA WEI",
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            "test",
            null,
            Map.of(),
            Position.ofFile("test.csv"));
    ScreeningMatch m = new ScreeningMatch(vessel, vessel.name(), 0.95, List.of("same name"));
    Determination d = determine(fixed(Map.of("Hua Wei Technologies", m)), ClearedMatches.NONE);
    assertThat(d.regime("US-EAR").outcome()).isEqualTo(Outcome.NO_LICENSE_REQUIRED);
    assertThat(d.screening().get(1).hits()).isEmpty();
  }

  @Test
  void aReviewedNonMatchClearsThePairUntilTheEntryChanges() {
    FalsePositiveMemory memory =
        FalsePositiveMemory.empty()
            .with(
                ReviewedNonMatch.of(
                    ClearedMatches.partyKey(
                        new io.chokepoint.transaction.Party(
                            "end-user",
                            "HUA WEI technologies",
                            "CN",
                            "CN",
                            null,
                            List.of(),
                            List.of(),
                            List.of(),
                            Position.ofFile("t"))),
                    HUAWEI,
                    "a.officer",
                    "a different company, same words",
                    java.time.Instant.parse("2026-11-01T10:00:00Z")));
    Determination cleared =
        determine(fixed(Map.of("Hua Wei Technologies", huawei(0.93))), ClearedMatches.of(memory));
    assertThat(cleared.regime("US-EAR").outcome()).isEqualTo(Outcome.NO_LICENSE_REQUIRED);
    assertThat(cleared.screening().get(1).hits().get(0).note())
        .contains("a.officer", "2026-11-01", "a different company");

    ListEntry changed =
        new ListEntry(
            HUAWEI.id(),
            HUAWEI.list(),
            HUAWEI.kind(),
            HUAWEI.name(),
            List.of("Huawei"),
            HUAWEI.countries(),
            List.of(),
            List.of(),
            null,
            "test",
            null,
            Map.of(),
            HUAWEI.position());
    ScreeningMatch again = new ScreeningMatch(changed, changed.name(), 0.93, List.of("x"));
    Determination alerting =
        determine(fixed(Map.of("Hua Wei Technologies", again)), ClearedMatches.of(memory));
    assertThat(alerting.regime("US-EAR").outcome()).isEqualTo(Outcome.LICENSE_REQUIRED);
  }

  private static Determination ownedBy(String owner, double share, Screener screener) {
    Transaction t =
        reader
            .parse(
                String.join(
                    "\n",
                    "id: S-2",
                    "date: 2025-10-01",
                    "route: {from: US, to: MY}",
                    "parties:",
                    "  - {role: exporter, name: Pacific Compute Distribution Inc., country: US}",
                    "  - role: end-user",
                    "    name: Johor Compute Sdn. Bhd.",
                    "    country: MY",
                    "    headquarters: MY",
                    "    owners: [{name: " + owner + ", share: " + share + ", lists: []}]",
                    "endUse: {purpose: commercial}",
                    "items: [{id: L1, quantity: 10, chip: H20}]"),
                "s.yaml")
            .get(0);
    PartyScreener ps = new PartyScreener(screener, "sha256:test", 0.85, 0.70, ClearedMatches.NONE);
    return new Determiner(book, ps).determine(t, null);
  }

  @Test
  void anOwnerThatHitsTheEntityListReachesThePartyThroughTheAffiliatesRule() {
    Determination d =
        ownedBy("Huawei Technologies", 0.6, fixed(Map.of("Huawei Technologies", huawei(0.97))));
    RegimeDetermination us = d.regime("US-EAR");
    assertThat(us.outcome()).isEqualTo(Outcome.LICENSE_REQUIRED);
    assertThat(us.rules())
        .filteredOn(r -> r.status() == RuleResult.Status.FIRED)
        .extracting(r -> r.rule().id())
        .contains("us.744-11.affiliates");
    assertThat(d.screening().get(1).owners().get(0).hits()).hasSize(1);
    assertThat(DeterminationText.render(d)).contains("owner 'Huawei Technologies' (60%)");
    assertThat(DeterminationJson.toLine(d))
        .contains("\"owners\":[{\"owner\":\"Huawei Technologies\"");
  }

  @Test
  void anOwnerWithAPossibleMatchLeavesTheAffiliatesAnswerOpen() {
    Determination d =
        ownedBy("Huawei Technologies", 0.6, fixed(Map.of("Huawei Technologies", huawei(0.75))));
    assertThat(d.regime("US-EAR").outcome()).isEqualTo(Outcome.INDETERMINATE);
  }

  @Test
  void aPossiblyListedMinorityOwnerCannotReachTheParty() {
    Determination d =
        ownedBy("Huawei Technologies", 0.2, fixed(Map.of("Huawei Technologies", huawei(0.75))));
    assertThat(d.regime("US-EAR").outcome()).isEqualTo(Outcome.NO_LICENSE_REQUIRED);
  }
}
