package io.chokepoint.rescreen;

import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.screening.FalsePositiveMemory;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One rescreen to run: a master against lists, written to a folder; with a previous result, the
 * changes since it; with the previous result's lists too, as a delta.
 *
 * @param parties the counterparty master (CSV)
 * @param lists the lists to screen against
 * @param previous a previous result folder to compare with, or {@code null}
 * @param previousLists the lists the previous result was screened against, or {@code null}; given,
 *     the run is a delta (only what the list change can affect is screened)
 * @param keepWeights in a full run with a previous result, whether to keep its token weights (and
 *     get exactly what a delta gives) rather than the lists' own; a delta always keeps them
 * @param memory the reviewed non-matches to apply
 * @param threshold the lowest score kept, or {@code null} for the previous result's, else the
 *     default alert threshold
 * @param out the result folder to write
 * @param progress told how many parties are done, from any thread
 */
public record RescreenJob(
    Path parties,
    ListSnapshot lists,
    Path previous,
    ListSnapshot previousLists,
    boolean keepWeights,
    FalsePositiveMemory memory,
    Double threshold,
    Path out,
    Progress progress) {

  /** Told how far a run is. */
  @FunctionalInterface
  public interface Progress {
    /** Reports nothing. */
    Progress NONE = (done, total) -> {};

    /**
     * Called as parties are screened.
     *
     * @param done how many parties are done
     * @param total how many there are
     */
    void advance(long done, long total);
  }

  public RescreenJob {
    Objects.requireNonNull(parties, "parties");
    Objects.requireNonNull(lists, "lists");
    Objects.requireNonNull(memory, "memory");
    Objects.requireNonNull(out, "out");
    progress = progress == null ? Progress.NONE : progress;
    if (previousLists != null && previous == null) {
      throw new IllegalArgumentException("a delta needs the previous result it starts from");
    }
    if (keepWeights && previous == null) {
      throw new IllegalArgumentException("keeping the weights needs a previous result");
    }
    if (threshold != null) {
      Rescreen.checkThreshold(threshold);
    }
  }

  /** Whether this is a delta run. */
  public boolean delta() {
    return previousLists != null;
  }
}
