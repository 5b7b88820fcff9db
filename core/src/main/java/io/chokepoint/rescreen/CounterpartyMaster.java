package io.chokepoint.rescreen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A counterparty master as read: its parties in file order and the hash of the file, which a delta
 * rescreen checks so that it never carries over results of another master.
 *
 * @param parties the parties, ids unique
 * @param sha256 {@code sha256:} and the hex digest of the file's bytes
 */
public record CounterpartyMaster(List<Counterparty> parties, String sha256) {
  public CounterpartyMaster {
    parties = List.copyOf(parties);
    Objects.requireNonNull(sha256, "sha256");
  }

  /**
   * Whether a master at {@code path} is written as Parquet rather than CSV: a folder (of part
   * files), or a name ending in {@code .parquet}. Only the Spark engine reads Parquet.
   */
  public static boolean isParquet(Path path) {
    return Files.isDirectory(path)
        || path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
  }
}
