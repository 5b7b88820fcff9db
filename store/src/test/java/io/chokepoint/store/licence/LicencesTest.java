package io.chokepoint.store.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chokepoint.licence.LicenceStatus;
import io.chokepoint.licence.Shortfall;
import io.chokepoint.review.Actor;
import io.chokepoint.review.Role;
import io.chokepoint.store.NotFoundException;
import io.chokepoint.store.RefusedException;
import io.chokepoint.store.Store;
import io.chokepoint.store.TestDatabases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Licences in the store: roles, keys, returns, adjustments, expiry and the audit of each. */
class LicencesTest {
  static List<TestDatabases.Database> databases() {
    return TestDatabases.all();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void licencesRoundTripAndRequestsAreRecordedAndAudited(TestDatabases.Database db) {
    try (Store store = db.fresh()) {
      Actor admin = store.users().actor("admin");
      Actor viewer = store.users().add(admin, "vera", Role.VIEWER);
      Licences licences = store.licences();
      licences.add(admin, StoreFixtures.licence("D-1", "10", List.of()));
      assertThat(licences.get("D-1").licence())
          .isEqualTo(StoreFixtures.licence("D-1", "10", List.of()));
      assertThatThrownBy(() -> licences.add(admin, StoreFixtures.licence("D-1", "5", List.of())))
          .isInstanceOf(RefusedException.class)
          .hasMessageContaining("already recorded");
      assertThatThrownBy(
              () -> licences.draw(viewer, "D-1", StoreFixtures.line("T", "L1", 1, "CN"), "k0"))
          .isInstanceOfSatisfying(
              RefusedException.class, e -> assertThat(e.code()).isEqualTo("ROLE"));
      assertThatThrownBy(() -> licences.get("NOPE")).isInstanceOf(NotFoundException.class);

      LedgerResult draw = licences.draw(admin, "D-1", StoreFixtures.line("T", "L1", 6, "CN"), "k1");
      assertThat(draw.accepted()).isTrue();
      assertThatThrownBy(
              () -> licences.draw(admin, "D-1", StoreFixtures.line("T", "L1", 5, "CN"), "k1"))
          .isInstanceOfSatisfying(
              RefusedException.class, e -> assertThat(e.code()).isEqualTo("KEY_REUSED"));
      LedgerResult over = licences.draw(admin, "D-1", StoreFixtures.line("T", "L2", 5, "CN"), "k2");
      assertThat(over.accepted()).isFalse();
      assertThat(over.reasons())
          .extracting(Shortfall::kind)
          .containsExactly(Shortfall.Kind.NOT_ENOUGH_QUANTITY);

      assertThat(
              licences
                  .giveBack(admin, "D-1", draw.entry(), new BigDecimal("7"), null, "too many")
                  .accepted())
          .isFalse();
      LedgerResult back =
          licences.giveBack(admin, "D-1", draw.entry(), new BigDecimal("2"), null, "damaged");
      assertThat(back.balance().quantity()).isEqualByComparingTo("4");
      LedgerResult adjusted =
          licences.adjust(admin, "D-1", new BigDecimal("-1"), BigDecimal.ZERO, "customs query");
      assertThat(adjusted.balance().quantity()).isEqualByComparingTo("3");

      assertThat(licences.expire(admin, "D-1", LocalDate.parse("2026-12-31")).accepted()).isFalse();
      LedgerResult expired = licences.expire(admin, "D-1", LocalDate.parse("2027-01-01"));
      assertThat(expired.notes()).contains("lapsed: 7 units undrawn of 10");
      assertThat(licences.get("D-1").licence().status()).isEqualTo(LicenceStatus.EXPIRED);
      LedgerResult late = licences.draw(admin, "D-1", StoreFixtures.line("T", "L3", 1, "CN"), "k3");
      assertThat(late.reasons())
          .extracting(Shortfall::kind)
          .contains(Shortfall.Kind.EXPIRED_STATUS);

      assertThat(licences.entries("D-1"))
          .extracting(LedgerEntry::kind)
          .containsExactly(
              "draw", "draw", "return", "return", "adjust", "expire", "expire", "draw");
      assertThat(store.audit().about("licence:D-1"))
          .extracting(e -> e.action())
          .containsExactly(
              "licence.add",
              "licence.draw",
              "licence.draw.rejected",
              "licence.return.rejected",
              "licence.return",
              "licence.adjust",
              "licence.expire.rejected",
              "licence.expire",
              "licence.draw.rejected");
      assertThat(store.audit().verify().intact()).isTrue();
    }
  }
}
