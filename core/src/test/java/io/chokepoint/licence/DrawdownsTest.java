package io.chokepoint.licence;

import static io.chokepoint.licence.Fixtures.line;
import static io.chokepoint.licence.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Drawdown arithmetic: examples, then seeded random sequences checked against a simple model. */
class DrawdownsTest {

  @Test
  void drawTakesQuantityValueAndCap() {
    Licence l = Fixtures.licence(s -> s.conditions = List.of(Fixtures.HALF_OF_US));
    Balance b = Balance.ZERO.withReference("cn-half-of-us", new BigDecimal("40"));
    DrawdownDecision d = Drawdowns.draw(l, b, line());
    assertThat(d).isInstanceOf(DrawdownDecision.Accepted.class);
    Balance after = ((DrawdownDecision.Accepted) d).after();
    assertThat(after.quantity()).isEqualByComparingTo("8");
    assertThat(after.value()).isEqualByComparingTo("200000");
    assertThat(after.capped("cn-half-of-us")).isEqualByComparingTo("8");
    assertThat(after.reference("cn-half-of-us")).isEqualByComparingTo("40");
  }

  @Test
  void rejectionGivesEveryReasonAndNoBalance() {
    DrawdownDecision d =
        Drawdowns.draw(
            Fixtures.licence(),
            Balance.of(new BigDecimal("95"), BigDecimal.ZERO),
            line().withAmounts(new BigDecimal("8"), usd("3000000")));
    assertThat(d).isInstanceOf(DrawdownDecision.Rejected.class);
    assertThat(((DrawdownDecision.Rejected) d).reasons())
        .extracting(Shortfall::kind)
        .containsExactly(Shortfall.Kind.NOT_ENOUGH_QUANTITY, Shortfall.Kind.NOT_ENOUGH_VALUE);
  }

  @Test
  void nonPositiveQuantityIsAnInvalidRequest() {
    DrawdownDecision d =
        Drawdowns.draw(
            Fixtures.licence(), Balance.ZERO, line().withAmounts(BigDecimal.ZERO, usd("1")));
    assertThat(((DrawdownDecision.Rejected) d).reasons())
        .extracting(Shortfall::kind)
        .containsExactly(Shortfall.Kind.INVALID_REQUEST);
  }

  @Test
  void returnCannotExceedWhatTheDrawdownHolds() {
    Licence l = Fixtures.licence();
    Balance b = Balance.of(new BigDecimal("8"), new BigDecimal("200000"));
    Movement held = new Movement(new BigDecimal("8"), new BigDecimal("200000"), "CN");
    assertThat(
            Drawdowns.giveBack(l, b, held, new Movement(new BigDecimal("9"), null, "CN"))
                .accepted())
        .isFalse();
    DrawdownDecision ok =
        Drawdowns.giveBack(
            l, b, held, new Movement(new BigDecimal("3"), new BigDecimal("75000"), "CN"));
    assertThat(((DrawdownDecision.Accepted) ok).after())
        .isEqualTo(Balance.of(new BigDecimal("5"), new BigDecimal("125000")));
  }

  @Test
  void adjustmentNeedsAReasonAndStaysWithinZeroAndTheLimit() {
    Licence l = Fixtures.licence();
    Balance b = Balance.of(new BigDecimal("10"), BigDecimal.ZERO);
    assertThat(Drawdowns.adjust(l, b, BigDecimal.ONE, BigDecimal.ZERO, " ").accepted()).isFalse();
    assertThat(Drawdowns.adjust(l, b, new BigDecimal("-11"), BigDecimal.ZERO, "fix").accepted())
        .isFalse();
    assertThat(Drawdowns.adjust(l, b, new BigDecimal("91"), BigDecimal.ZERO, "fix").accepted())
        .isFalse();
    assertThat(
            Drawdowns.adjust(l, b, new BigDecimal("-10"), BigDecimal.ZERO, "customs query")
                .accepted())
        .isTrue();
  }

  @Test
  void expiryOnlyAfterTheLastDaySaysWhatLapsed() {
    Licence l = Fixtures.licence();
    Balance b = Balance.of(new BigDecimal("60"), new BigDecimal("1000000"));
    assertThat(Drawdowns.expire(l, b, LocalDate.parse("2026-12-31")).accepted()).isFalse();
    DrawdownDecision d = Drawdowns.expire(l, b, LocalDate.parse("2027-01-01"));
    assertThat(((DrawdownDecision.Accepted) d).notes())
        .containsExactly("lapsed: 40 units undrawn of 100", "lapsed: USD 1500000 undrawn");
    assertThat(
            Drawdowns.expire(l.withStatus(LicenceStatus.EXPIRED), b, LocalDate.parse("2027-01-01"))
                .accepted())
        .isFalse();
  }

  /** A drawdown still holding units and value, as the model keeps it. */
  private static final class Held {
    BigDecimal quantity;
    BigDecimal value;
    final String destination;

    Held(BigDecimal quantity, BigDecimal value, String destination) {
      this.quantity = quantity;
      this.value = value;
      this.destination = destination;
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
  void randomSequencesKeepTheInvariants(long seed) {
    Random rnd = new Random(seed);
    BigDecimal qLimit = BigDecimal.valueOf(1 + rnd.nextInt(200));
    BigDecimal vLimit = BigDecimal.valueOf(1 + rnd.nextInt(100_000), 2);
    Licence l =
        Fixtures.licence(
            s -> {
              s.quantity = qLimit;
              s.value = usd(vLimit.toPlainString());
              s.countries = java.util.Set.of();
              s.conditions = List.of(Fixtures.HALF_OF_US);
            });
    BigDecimal reference = BigDecimal.valueOf(rnd.nextInt(300));
    Balance b = Balance.ZERO.withReference("cn-half-of-us", reference);
    List<Held> held = new ArrayList<>();
    BigDecimal adjustedQ = BigDecimal.ZERO;
    BigDecimal adjustedV = BigDecimal.ZERO;
    for (int step = 0; step < 400; step++) {
      String at = "seed " + seed + " step " + step;
      int op = rnd.nextInt(10);
      if (op < 6) {
        BigDecimal q = BigDecimal.valueOf(rnd.nextInt(30)); // zero is an invalid request
        BigDecimal v = BigDecimal.valueOf(rnd.nextInt(5_000), 2);
        String dest = rnd.nextBoolean() ? "CN" : "DE";
        LicenceLine ln =
            Fixtures.line(x -> x.destination = dest).withAmounts(q, usd(v.toPlainString()));
        boolean fits =
            q.signum() > 0
                && b.quantity().add(q).compareTo(qLimit) <= 0
                && b.value().add(v).compareTo(vLimit) <= 0
                && (!dest.equals("CN")
                    || b.capped("cn-half-of-us")
                            .add(q)
                            .compareTo(reference.multiply(new BigDecimal("0.5")))
                        <= 0);
        DrawdownDecision d = Drawdowns.draw(l, b, ln);
        assertThat(d.accepted()).as(at).isEqualTo(fits);
        if (d instanceof DrawdownDecision.Accepted a) {
          b = a.after();
          held.add(new Held(q, v, dest));
        }
      } else if (op < 8 && !held.isEmpty()) {
        Held h = held.get(rnd.nextInt(held.size()));
        BigDecimal q = BigDecimal.valueOf(rnd.nextInt(h.quantity.intValue() + 3));
        BigDecimal v = h.value.min(BigDecimal.valueOf(rnd.nextInt(3_000), 2));
        DrawdownDecision d =
            Drawdowns.giveBack(
                l,
                b,
                new Movement(h.quantity, h.value, h.destination),
                new Movement(q, v, h.destination));
        boolean fits =
            q.signum() > 0
                && q.compareTo(h.quantity) <= 0
                && b.quantity().compareTo(q) >= 0
                && b.value().compareTo(v) >= 0;
        assertThat(d.accepted()).as(at).isEqualTo(fits);
        if (d instanceof DrawdownDecision.Accepted a) {
          b = a.after();
          h.quantity = h.quantity.subtract(q);
          h.value = h.value.subtract(v);
        }
      } else {
        BigDecimal dq = BigDecimal.valueOf(rnd.nextInt(21) - 10);
        BigDecimal dv = BigDecimal.valueOf(rnd.nextInt(2001) - 1000, 2);
        DrawdownDecision d = Drawdowns.adjust(l, b, dq, dv, "stocktake " + step);
        if (d instanceof DrawdownDecision.Accepted a) {
          b = a.after();
          adjustedQ = adjustedQ.add(dq);
          adjustedV = adjustedV.add(dv);
        }
      }
      BigDecimal heldQ =
          held.stream().map(h -> h.quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal heldV = held.stream().map(h -> h.value).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal heldCn =
          held.stream()
              .filter(h -> h.destination.equals("CN"))
              .map(h -> h.quantity)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(b.quantity()).as(at).isEqualByComparingTo(heldQ.add(adjustedQ));
      assertThat(b.value()).as(at).isEqualByComparingTo(heldV.add(adjustedV));
      assertThat(b.capped("cn-half-of-us")).as(at).isEqualByComparingTo(heldCn);
      assertThat(b.quantity().signum()).as(at).isNotNegative();
      assertThat(b.value().signum()).as(at).isNotNegative();
      assertThat(b.quantity()).as(at).isLessThanOrEqualTo(qLimit);
      assertThat(b.value()).as(at).isLessThanOrEqualTo(vLimit);
    }
  }
}
