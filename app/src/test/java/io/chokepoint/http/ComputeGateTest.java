package io.chokepoint.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ComputeGateTest {
  @Test
  void noMoreCallsWorkAtOnceThanItHasPlaces() throws Exception {
    ComputeGate gate = new ComputeGate(2);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = i;
        calls.add(
            pool.submit(
                () ->
                    gate.run(
                        () -> {
                          most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                          Thread.yield();
                          inside.decrementAndGet();
                          return n;
                        })));
      }
      for (int i = 0; i < calls.size(); i++) {
        assertThat(calls.get(i).get()).isEqualTo(i);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(most.get()).isBetween(1, 2);
    assertThat(gate.waiting()).isZero();
  }

  @Test
  void aCallWaitsWhileEveryPlaceIsTakenAndGoesInWhenOneIsFree() throws Exception {
    ComputeGate gate = new ComputeGate(1);
    CountDownLatch in = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<String> first =
          pool.submit(
              () ->
                  gate.run(
                      () -> {
                        in.countDown();
                        release.await();
                        return "first";
                      }));
      assertThat(in.await(10, TimeUnit.SECONDS)).isTrue();
      Future<String> second = pool.submit(() -> gate.run(() -> "second"));
      while (gate.waiting() == 0) {
        Thread.onSpinWait();
      }
      assertThat(second.isDone()).isFalse();
      release.countDown();
      assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
      assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
      assertThat(gate.waiting()).isZero();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailingCallGivesItsPlaceBack() throws Exception {
    ComputeGate gate = new ComputeGate(1);
    assertThatThrownBy(
            () ->
                gate.run(
                    () -> {
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(gate.run(() -> "after")).isEqualTo("after");
  }

  @Test
  void needsAPlace() {
    assertThatThrownBy(() -> new ComputeGate(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 place, was 0");
  }
}
