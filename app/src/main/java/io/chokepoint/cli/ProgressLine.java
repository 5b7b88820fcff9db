package io.chokepoint.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress line on stderr for long commands ({@code screen --file}, {@code rescreen}), redrawn at
 * most every half second. Safe to advance from several threads.
 */
final class ProgressLine {
  private final PrintWriter err;
  private long total;
  private final String unit;
  private final boolean on;
  private final long start = System.nanoTime();
  private long last;
  private long done;

  /**
   * A progress line.
   *
   * @param err where to draw it
   * @param total how many units there are
   * @param unit what is counted ({@code names}, {@code parties})
   * @param on whether to draw at all
   */
  ProgressLine(PrintWriter err, long total, String unit, boolean on) {
    this.err = err;
    this.total = total;
    this.unit = unit;
    this.on = on;
  }

  /** Adds {@code units} done. */
  synchronized void advance(long units) {
    at(done + units);
  }

  /** Sets how many units are done. */
  synchronized void at(long units) {
    done = Math.max(done, units);
    long now = System.nanoTime();
    if (on && now - last > 500_000_000L) {
      last = now;
      draw(now);
    }
  }

  /** Sets how many units are done, of how many. */
  synchronized void at(long units, long of) {
    total = of;
    at(units);
  }

  /** Draws the final line and ends it. */
  synchronized void done() {
    if (on) {
      draw(System.nanoTime());
      err.println();
      err.flush();
    }
  }

  private void draw(long now) {
    int width = 30;
    int filled = (int) (width * done / Math.max(1, total));
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    err.printf(
        Locale.ROOT,
        "\r[%s%s] %,d/%,d %s, %,.0f %s/s",
        "#".repeat(filled),
        " ".repeat(width - filled),
        done,
        total,
        unit,
        done / seconds,
        unit);
    err.flush();
  }
}
