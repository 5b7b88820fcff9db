package io.chokepoint.rescreen;

/**
 * Runs a rescreen job end to end: reads the master and the previous result, screens, compares and
 * writes the result folder. The in-process engine ({@link LocalRescreen}, {@code local}) uses the
 * core directly on the machine's cores; a distributed engine (Spark) implements the same contract
 * over the same core classes, partition by partition, and the command line picks one by name.
 */
public interface RescreenEngine {
  /** The name the command line knows the engine by ({@code --engine NAME}). */
  String name();

  /**
   * Runs a job.
   *
   * @param job what to rescreen, against what, and where to write
   * @return the summary written to the result folder
   * @throws io.chokepoint.source.SourceException if an input is invalid or the previous result does
   *     not fit the job (another master, other lists, another threshold); nothing is written
   */
  RescreenSummary run(RescreenJob job);
}
