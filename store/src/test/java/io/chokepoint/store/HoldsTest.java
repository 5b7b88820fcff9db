package io.chokepoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chokepoint.review.Actor;
import io.chokepoint.review.HoldStatus;
import io.chokepoint.review.ReviewDecision;
import io.chokepoint.review.ReviewRules;
import io.chokepoint.review.Role;
import io.chokepoint.store.audit.AuditEntry;
import io.chokepoint.store.tx.Holds;
import io.chokepoint.store.tx.ReviewRecord;
import io.chokepoint.store.tx.Submission;
import io.chokepoint.transaction.Transaction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Transactions, holds and reviews on each database: what goes on hold, who may decide it, and that
 * every decision and every refused attempt is in the audit trail.
 */
class HoldsTest {
  private static final ReviewRules.LicenceCover ONLY_D1 =
      (regime, number) ->
          regime.equals("US-EAR") && number.equals("D000001")
              ? Optional.empty()
              : Optional.of("not a licence of " + regime);

  static List<TestDatabases.Database> databases() {
    return TestDatabases.all();
  }

  private static final class Cast {
    final Actor admin;
    final Actor alice;
    final Actor bob;
    final Actor vera;

    Cast(Store store) {
      admin = store.users().actor("admin");
      alice = store.users().add(admin, "alice", Role.OFFICER);
      bob = store.users().add(admin, "bob", Role.OFFICER);
      vera = store.users().add(admin, "vera", Role.VIEWER);
    }
  }

  private static Submission submit(Store store, Actor who, String yaml) {
    Transaction t = Examples.transaction(yaml);
    return store.transactions().submit(who, t, Examples.determine(t), "test.yaml");
  }

  private static ReviewRecord decide(Store store, Actor who, String tx, ReviewDecision d) {
    return store.holds().decide(who, tx, d, ONLY_D1, Holds.ReleaseDrawdown.NONE);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aLicenceRequiredShipmentIsHeldAndANoLicenceOneIsNot(TestDatabases.Database db) {
    try (Store store = db.fresh()) {
      Cast c = new Cast(store);
      Submission held = submit(store, c.alice, Examples.h100ToShanghai("PO-1", 8));
      Submission clear = submit(store, c.alice, Examples.h100ToGermany("PO-2"));
      assertThat(held.change()).isEqualTo(Submission.Change.NEW);
      assertThat(held.record().status()).isEqualTo(HoldStatus.HELD);
      assertThat(clear.record().status()).isEqualTo(HoldStatus.CLEARED);
      assertThat(store.transactions().list(HoldStatus.HELD, 10))
          .extracting(r -> r.id())
          .containsExactly("PO-1");
      assertThat(store.audit().about("tx:PO-1"))
          .extracting(AuditEntry::action)
          .containsExactly("determination.record", "tx.submit", "hold.place");
      long entries = store.audit().count();
      Submission again = submit(store, c.alice, Examples.h100ToShanghai("PO-1", 8));
      assertThat(again.change()).isEqualTo(Submission.Change.UNCHANGED);
      assertThat(store.audit().count())
          .as("an unchanged resubmission writes nothing")
          .isEqualTo(entries);
      assertThatThrownBy(() -> decide(store, c.bob, "PO-2", new ReviewDecision.Reject("no")))
          .isInstanceOf(RefusedException.class)
          .extracting(e -> ((RefusedException) e).code())
          .isEqualTo("STATE");
      assertThatThrownBy(() -> submit(store, c.vera, Examples.h100ToGermany("PO-3")))
          .isInstanceOf(RefusedException.class)
          .hasMessageContaining("viewer");
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void roleRulesDecideWhoMayRelease(TestDatabases.Database db) {
    try (Store store = db.fresh()) {
      Cast c = new Cast(store);
      submit(store, c.alice, Examples.h100ToShanghai("PO-1", 8));
      ReviewDecision.Release underLicence =
          new ReviewDecision.Release(List.of("D000001"), List.of(), "licence D000001 covers it");
      assertThat(refusal(store, c.vera, underLicence)).isEqualTo("ROLE");
      assertThat(refusal(store, c.alice, underLicence))
          .as("an officer cannot approve their own request")
          .isEqualTo("FOUR_EYES");
      assertThat(refusal(store, c.bob, new ReviewDecision.Reject(" "))).isEqualTo("REASON");
      ReviewDecision.Release noCover =
          new ReviewDecision.Release(List.of("X9"), List.of("NAC"), "looks fine");
      assertThatThrownBy(() -> decide(store, c.bob, "PO-1", noCover))
          .hasMessageContaining("US-EAR is LICENSE_REQUIRED")
          .hasMessageContaining("licence X9: not a licence of US-EAR")
          .hasMessageContaining("no regime's determination offers licence exception NAC");
      assertThat(store.transactions().get("PO-1").status()).isEqualTo(HoldStatus.HELD);
      assertThat(store.audit().about("tx:PO-1"))
          .extracting(AuditEntry::action)
          .containsSequence("hold.refused", "hold.refused", "hold.refused", "hold.refused");

      ReviewRecord r = decide(store, c.bob, "PO-1", underLicence);
      assertThat(r.covers()).containsExactly("US-EAR: LICENCE D000001");
      assertThat(store.transactions().get("PO-1").status()).isEqualTo(HoldStatus.RELEASED);
      assertThat(store.holds().reviews("PO-1")).containsExactly(r);
      assertThat(refusal(store, c.admin, underLicence)).isEqualTo("STATE");
      assertThatThrownBy(() -> submit(store, c.alice, Examples.h100ToShanghai("PO-1", 9)))
          .isInstanceOf(RefusedException.class)
          .hasMessageContaining("new transaction id");
      assertThat(store.audit().verify().intact()).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void askingForFactsKeepsItHeldUntilTheAmendmentIsDetermined(TestDatabases.Database db) {
    try (Store store = db.fresh()) {
      Cast c = new Cast(store);
      submit(store, c.alice, Examples.h100ToShanghai("PO-7", 8));
      decide(
          store,
          c.bob,
          "PO-7",
          new ReviewDecision.AskForFacts(List.of("the end user's address"), "KYC incomplete"));
      assertThat(store.transactions().get("PO-7").status()).isEqualTo(HoldStatus.AWAITING_FACTS);
      Submission amended = submit(store, c.alice, Examples.h100ToShanghai("PO-7", 4));
      assertThat(amended.change()).isEqualTo(Submission.Change.AMENDED);
      assertThat(amended.record().revision()).isEqualTo(2);
      assertThat(amended.record().status()).isEqualTo(HoldStatus.HELD);
      assertThat(store.determinations().forTransaction("PO-7")).hasSize(2);
      ReviewRecord rejected = decide(store, c.bob, "PO-7", new ReviewDecision.Reject("no licence"));
      assertThat(rejected.revision()).isEqualTo(2);
      assertThat(store.transactions().get("PO-7").status()).isEqualTo(HoldStatus.REJECTED);
    }
  }

  private static String refusal(Store store, Actor who, ReviewDecision d) {
    try {
      decide(store, who, "PO-1", d);
      return "allowed";
    } catch (RefusedException e) {
      return e.code();
    }
  }
}
