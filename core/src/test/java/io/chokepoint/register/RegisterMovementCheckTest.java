package io.chokepoint.register;

import static io.chokepoint.register.Holdings.ASHBURN;
import static io.chokepoint.register.Holdings.SAN_JOSE;
import static io.chokepoint.register.Holdings.SHANGHAI;
import static io.chokepoint.register.Holdings.h100Lot;
import static io.chokepoint.register.Holdings.move;
import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.determine.Determiner;
import io.chokepoint.determine.Outcome;
import io.chokepoint.register.LicenceCheck.FiredRule;
import io.chokepoint.register.LicenceCheck.Status;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.testing.ProjectFiles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The licence flag on movements, with real determinations against the shipped rule book. */
class RegisterMovementCheckTest {
  private static MovementChecker checker;
  private final Holding h100s = h100Lot("H-1");

  @BeforeAll
  static void load() {
    checker =
        new MovementChecker(
            new Determiner(RuleBookLoader.load(ProjectFiles.regulations())),
            ProjectFiles.catalogue());
  }

  @Test
  void movingH100sFromAUsSiteToASiteInChinaNeedsALicence() {
    LicenceCheck c = checker.check(h100s, move("H-1", "2024-03-01", 2, ASHBURN, SHANGHAI));
    assertThat(c.status()).isEqualTo(Status.FLAGGED);
    assertThat(c.flagged()).isTrue();
    assertThat(c.outcome()).isEqualTo(Outcome.LICENSE_REQUIRED);
    assertThat(c.rules())
        .filteredOn(r -> r.regime().equals("US-EAR"))
        .extracting(FiredRule::citation)
        .anyMatch(cite -> cite.contains("15 CFR 742.6(a)(6)"));
    assertThat(c.note()).contains("names none");
    assertThat(c.rulebook()).startsWith("sha256:");
    // the synthetic transaction is kept, so the answer can be replayed with chokepoint check
    assertThat(c.input()).contains("\"route\":{\"from\":\"US\",\"to\":\"CN\"}");
  }

  @Test
  void movingWithinTheUsIsNoExport() {
    LicenceCheck c = checker.check(h100s, move("H-1", "2024-03-01", 2, ASHBURN, SAN_JOSE));
    assertThat(c.status()).isEqualTo(Status.NOT_AN_EXPORT);
    assertThat(c.flagged()).isFalse();
    assertThat(c.outcome()).isNull();
  }

  @Test
  void aNamedLicenceCoversTheMoveAndSaysSo() {
    LicenceCheck c =
        checker.check(
            h100s, move("H-1", "2024-03-01", 2, ASHBURN, SHANGHAI, List.of(), "D1234567"));
    assertThat(c.status()).isEqualTo(Status.COVERED);
    assertThat(c.flagged()).isFalse();
    assertThat(c.outcome()).isEqualTo(Outcome.LICENSE_REQUIRED);
    assertThat(c.coveredBy()).isEqualTo("licence D1234567");
    assertThat(c.note()).contains("covered by licence D1234567");
  }

  @Test
  void theMovementDateDecides() {
    // before the October 2022 rule, the H100 needed no licence to China
    LicenceCheck c = checker.check(h100s, move("H-1", "2022-06-01", 2, ASHBURN, SHANGHAI));
    assertThat(c.status()).isEqualTo(Status.CLEAR);
    assertThat(c.outcome()).isEqualTo(Outcome.NO_LICENSE_REQUIRED);
    assertThat(c.rules()).isEmpty();
  }

  @Test
  void aTransferToAPartyWhoseHeadquartersAreUnknownIsFlaggedNotCleared() {
    LicenceCheck c = checker.check(h100s, transfer(new Counterparty("Cloud Co", "US", null)));
    assertThat(c.status()).isEqualTo(Status.FLAGGED);
    assertThat(c.outcome()).isEqualTo(Outcome.INDETERMINATE);
    assertThat(c.missingFacts()).containsExactly("parties[Cloud Co].headquarters");
    assertThat(c.note()).contains("unknown is not no");
    assertThat(c.input()).contains("\"role\":\"end-user\"").contains("Cloud Co");
  }

  @Test
  void aTransferWithinTheUsToAUsCompanyIsClear() {
    LicenceCheck c = checker.check(h100s, transfer(new Counterparty("Cloud Co", "US", "US")));
    assertThat(c.status()).isEqualTo(Status.CLEAR);
  }

  @Test
  void aTransferToAChineseCompanyInChinaNamingATransactionIsCovered() {
    Movement.Transferred t =
        new Movement.Transferred(
            "H-1",
            LocalDate.parse("2024-03-01"),
            1,
            List.of(),
            ASHBURN,
            new Counterparty("Shanghai Yunhai Datacenter Co., Ltd.", "CN", "CN"),
            "ai-research",
            null,
            "PO-2024-0107",
            "sale");
    LicenceCheck c = checker.check(h100s, t);
    assertThat(c.status()).isEqualTo(Status.COVERED);
    assertThat(c.coveredBy()).isEqualTo("transaction PO-2024-0107");
    assertThat(c.input()).contains("\"purpose\":\"ai-research\"");
  }

  private static Movement.Transferred transfer(Counterparty to) {
    return new Movement.Transferred(
        "H-1", LocalDate.parse("2024-03-01"), 1, List.of(), ASHBURN, to, null, null, null, "sale");
  }
}
