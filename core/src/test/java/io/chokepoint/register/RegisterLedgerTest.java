package io.chokepoint.register;

import static io.chokepoint.register.Holdings.ASHBURN;
import static io.chokepoint.register.Holdings.SAN_JOSE;
import static io.chokepoint.register.Holdings.SHANGHAI;
import static io.chokepoint.register.Holdings.classified;
import static io.chokepoint.register.Holdings.h100Lot;
import static io.chokepoint.register.Holdings.move;
import static io.chokepoint.register.Holdings.receive;
import static io.chokepoint.register.Holdings.scrap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Replaying a holding's movements: where the units are, and what cannot happen. */
class RegisterLedgerTest {
  private final Holding lot = h100Lot("H-1");

  @Test
  void unitsFollowTheMovementsInDateOrder() {
    List<Movement> ms =
        List.of(
            receive("H-1", "2025-01-10", 8, ASHBURN),
            move("H-1", "2025-02-01", 3, ASHBURN, SAN_JOSE),
            scrap("H-1", "2025-03-01", 1, SAN_JOSE));
    assertThat(Ledger.replay(lot, ms).units()).isEqualTo(Map.of(ASHBURN, 5L, SAN_JOSE, 2L));
    assertThat(Ledger.replay(lot, ms, LocalDate.parse("2025-02-15")).units())
        .isEqualTo(Map.of(ASHBURN, 5L, SAN_JOSE, 3L));
    assertThat(Ledger.replay(lot, ms, LocalDate.parse("2025-01-09")).total()).isZero();
  }

  @Test
  void takingMoreThanASiteHoldsIsRefused() {
    List<Movement> ms =
        List.of(
            receive("H-1", "2025-01-10", 8, ASHBURN),
            move("H-1", "2025-02-01", 9, ASHBURN, SHANGHAI));
    assertThatThrownBy(() -> Ledger.replay(lot, ms))
        .isInstanceOf(StockException.class)
        .hasMessageContaining("takes more than Ashburn DC2 holds then (8)")
        .extracting(e -> ((StockException) e).code())
        .isEqualTo("STOCK");
  }

  @Test
  void aBackDatedMovementThatStarvesALaterOneIsRefused() {
    // recorded last, dated first: the scrapping on 01-20 leaves 2, so the move on 02-01 fails
    List<Movement> ms =
        List.of(
            receive("H-1", "2025-01-10", 8, ASHBURN),
            move("H-1", "2025-02-01", 5, ASHBURN, SAN_JOSE),
            scrap("H-1", "2025-01-20", 6, ASHBURN));
    assertThatThrownBy(() -> Ledger.replay(lot, ms))
        .isInstanceOf(StockException.class)
        .hasMessageContaining("moved of 5 unit(s) of holding H-1 on 2025-02-01");
  }

  @Test
  void aMovementBeforeTheReceiptFindsNothing() {
    List<Movement> ms =
        List.of(receive("H-1", "2025-01-10", 8, ASHBURN), scrap("H-1", "2025-01-09", 1, ASHBURN));
    assertThatThrownBy(() -> Ledger.replay(lot, ms)).hasMessageContaining("holds then (0)");
  }

  @Test
  void aSerialNumberIsInOnePlaceOnly() {
    Holding cards = classified("H-2", "3A090.a", "10000");
    Movement in = receive("H-2", "2025-01-10", 2, ASHBURN, List.of("SN1", "SN2"));
    Movement again = receive("H-2", "2025-01-11", 1, SAN_JOSE, List.of("SN2"));
    assertThatThrownBy(() -> Ledger.replay(cards, List.of(in, again)))
        .hasMessageContaining("SN2")
        .hasMessageContaining("already held at Ashburn DC2");
    Movement moveOne = move("H-2", "2025-02-01", 1, ASHBURN, SAN_JOSE, List.of("SN1"), null);
    Ledger l = Ledger.replay(cards, List.of(in, moveOne));
    assertThat(l.serialsAt("Ashburn DC2")).containsExactly("SN2");
    assertThat(l.serialsAt("San Jose Lab")).containsExactly("SN1");
    Movement wrongSite = move("H-2", "2025-02-02", 1, ASHBURN, SAN_JOSE, List.of("SN1"), null);
    assertThatThrownBy(() -> Ledger.replay(cards, List.of(in, moveOne, wrongSite)))
        .hasMessageContaining("SN1 of holding H-2 is not at Ashburn DC2")
        .hasMessageContaining("it is at San Jose Lab");
  }

  @Test
  void serialTrackingIsAllOrNothing() {
    Holding cards = classified("H-2", "3A090.a", "10000");
    assertThatThrownBy(
            () -> Ledger.replay(cards, List.of(receive("H-2", "2025-01-10", 2, ASHBURN))))
        .hasMessageContaining("must name the serial number of each unit");
    assertThatThrownBy(
            () ->
                Ledger.replay(
                    lot, List.of(receive("H-1", "2025-01-10", 1, ASHBURN, List.of("SN9")))))
        .hasMessageContaining("tracked by lot");
  }

  @Test
  void movementsCheckTheirOwnShape() {
    assertThatThrownBy(() -> receive("H-1", "2025-01-10", 0, ASHBURN))
        .hasMessageContaining("greater than zero");
    assertThatThrownBy(() -> receive("H-1", "2025-01-10", 3, ASHBURN, List.of("A", "B")))
        .hasMessageContaining("2 serial numbers for a quantity of 3");
    assertThatThrownBy(() -> move("H-1", "2025-01-10", 1, ASHBURN, ASHBURN))
        .hasMessageContaining("two different sites");
  }
}
