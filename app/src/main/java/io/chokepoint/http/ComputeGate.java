package io.chokepoint.http;

import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets as many API calls work at once as the machine has cores; the others wait their turn, in
 * arrival order. The web server gives each open connection a thread, so eight clients means eight
 * screenings at once; on two cores they only take turns on the CPU, each with its own scratch
 * arrays of the screening index in the caches. Measured in-process on the 2-core machine, eight
 * threads screening at once cost 540-620 µs of CPU per name, two at a time 340-370 µs; behind this
 * gate, eight threads did as well as two (docs/benchmarks.md). Waiting is not working: a call
 * queued here uses no CPU, and its latency is the queue's plus its own.
 */
final class ComputeGate {
  private final Semaphore permits;
  private final int size;
  private final AtomicInteger waiting = new AtomicInteger();

  /**
   * A gate for {@code size} calls at once.
   *
   * @throws IllegalArgumentException if {@code size} is less than 1
   */
  ComputeGate(int size) {
    if (size < 1) {
      throw new IllegalArgumentException(
          String.format("a compute gate needs at least 1 place, was %d", size));
    }
    this.size = size;
    this.permits = new Semaphore(size, true);
  }

  /** A gate as wide as the cores this JVM may use. */
  static ComputeGate ofCores() {
    return new ComputeGate(Runtime.getRuntime().availableProcessors());
  }

  /** How many calls may work at once. */
  int size() {
    return size;
  }

  /** How many calls are waiting for a place now. */
  int waiting() {
    return waiting.get();
  }

  /**
   * Runs {@code work} once a place is free.
   *
   * @throws Exception what {@code work} throws
   * @throws InterruptedException if the thread is interrupted while it waits
   */
  <T> T run(Callable<T> work) throws Exception {
    waiting.incrementAndGet();
    try {
      permits.acquire();
    } finally {
      waiting.decrementAndGet();
    }
    try {
      return work.call();
    } finally {
      permits.release();
    }
  }
}
