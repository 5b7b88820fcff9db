package io.chokepoint.store.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.store.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An audit pack: a piece of the audit trail written to a directory so that an auditor can check it
 * without Chokepoint. The directory holds {@code entries.json} and {@code entries.csv} (the same
 * entries, every hashed field exactly as hashed), {@code manifest.json} (this record), a {@code
 * README.md} with the hash recipe, and {@code verify.py}, a Python 3 script of the standard library
 * only that recomputes every hash and link. A pack covers an unbroken run of the chain; when it
 * starts mid-chain, its first entry's previous hash (the anchor) ties it to the entries before.
 *
 * @param from the start of the requested range (ISO instant)
 * @param to the end of the requested range, inclusive (ISO instant)
 * @param entries how many entries the pack holds
 * @param firstSeq the first entry's number
 * @param lastSeq the last entry's number
 * @param anchor the first entry's previous hash: {@link AuditEntry#GENESIS} when the pack starts at
 *     entry 1, else the hash of the entry before the pack
 * @param lastHash the last entry's hash
 * @param headSeq the number of the chain's last entry when the pack was written
 * @param headHash the chain's head hash then; keep it, it is what a rewrite cannot match
 * @param exportedAt when the pack was written (ISO instant)
 * @param engine the engine version that wrote it
 * @param chainIntact whether the whole chain in the database verified when the pack was written
 * @param chainProblem the first problem found then, or {@code null}
 * @param files the SHA-256 (lower-case hex) of each other file, by name
 */
public record AuditPack(
    String from,
    String to,
    long entries,
    long firstSeq,
    long lastSeq,
    String anchor,
    String lastHash,
    long headSeq,
    String headHash,
    String exportedAt,
    String engine,
    boolean chainIntact,
    String chainProblem,
    Map<String, String> files) {

  /** The pack's format name, written in the manifest. */
  public static final String FORMAT = "chokepoint-audit-pack/1";

  /** The files of a pack, besides the manifest. */
  static final String ENTRIES_JSON = "entries.json";

  static final String ENTRIES_CSV = "entries.csv";
  static final String README = "README.md";
  static final String VERIFY = "verify.py";

  /** The manifest's file name. */
  public static final String MANIFEST = "manifest.json";

  /** Creates a pack description; {@code files} is copied. */
  public AuditPack {
    files = Map.copyOf(files);
  }

  /** Whether the pack starts at the first entry of the chain. */
  public boolean startsAtGenesis() {
    return firstSeq == 1;
  }

  /**
   * Writes the entries recorded in a time range to a directory as a pack. The pack runs from the
   * first entry recorded at or after {@code from} to the last recorded at or before {@code to}. The
   * whole chain is verified first and the result written in the manifest; a broken chain is still
   * exported, so that the auditor sees what is stored.
   *
   * @param dir the directory; created if missing, and it must hold no files
   * @param engine the engine version to record
   * @throws IllegalArgumentException if {@code from} is after {@code to} or the directory is not
   *     empty
   * @throws NotFoundException if no entry was recorded in the range
   * @throws UncheckedIOException if the files cannot be written
   */
  public static AuditPack export(
      AuditTrail trail, Instant from, Instant to, Path dir, String engine) {
    return AuditPackWriter.export(trail, from, to, dir, engine);
  }

  /**
   * Reads the manifest of a pack.
   *
   * @param dir the pack's directory
   * @throws UncheckedIOException if the manifest cannot be read
   * @throws IllegalArgumentException if it is not a manifest of this format
   */
  public static AuditPack read(Path dir) {
    JsonNode m;
    try {
      m = new ObjectMapper().readTree(Files.readString(dir.resolve(MANIFEST)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the audit pack manifest in " + dir, e);
    }
    if (!FORMAT.equals(m.path("format").asText())) {
      throw new IllegalArgumentException(
          dir.resolve(MANIFEST) + " is not an audit pack manifest (format " + FORMAT + ")");
    }
    Map<String, String> files = new LinkedHashMap<>();
    m.path("files").fields().forEachRemaining(f -> files.put(f.getKey(), f.getValue().asText()));
    JsonNode chain = m.path("chainAtExport");
    return new AuditPack(
        m.path("range").path("from").asText(),
        m.path("range").path("to").asText(),
        m.path("entries").asLong(),
        m.path("firstSeq").asLong(),
        m.path("lastSeq").asLong(),
        m.path("anchor").asText(),
        m.path("lastHash").asText(),
        m.path("head").path("seq").asLong(),
        m.path("head").path("hash").asText(),
        m.path("exportedAt").asText(),
        m.path("engine").asText(),
        chain.path("intact").asBoolean(),
        chain.path("problem").isNull() ? null : chain.path("problem").asText(null),
        files);
  }

  /**
   * The hash the chain's head had at export, as a checkpoint for {@link
   * AuditTrail#verify(java.util.List)}.
   *
   * @param source how to name the pack in a message, e.g. its directory
   */
  public ChainCheckpoint headCheckpoint(String source) {
    return new ChainCheckpoint(
        headSeq, headHash, "the audit pack " + source + " (exported " + exportedAt + ")");
  }

  /** The manifest as written to {@code manifest.json}, fields in a fixed order. */
  Map<String, Object> manifest() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    Map<String, Object> range = new LinkedHashMap<>();
    range.put("from", from);
    range.put("to", to);
    m.put("range", range);
    m.put("entries", entries);
    m.put("firstSeq", firstSeq);
    m.put("lastSeq", lastSeq);
    m.put("anchor", anchor);
    m.put("startsAtGenesis", startsAtGenesis());
    m.put(
        "anchorNote",
        startsAtGenesis()
            ? "The pack starts at entry 1: the anchor is the genesis value, 64 zeros."
            : "The pack starts mid-chain at entry "
                + firstSeq
                + ": the anchor is the hash of entry "
                + (firstSeq - 1)
                + ", which is not in the pack. Compare it with lastHash of the pack that ends at"
                + " entry "
                + (firstSeq - 1)
                + ", or with the chain in the database.");
    m.put("lastHash", lastHash);
    Map<String, Object> head = new LinkedHashMap<>();
    head.put("seq", headSeq);
    head.put("hash", headHash);
    m.put("head", head);
    m.put("exportedAt", exportedAt);
    m.put("engine", engine);
    Map<String, Object> chain = new LinkedHashMap<>();
    chain.put("intact", chainIntact);
    chain.put("problem", chainProblem);
    m.put("chainAtExport", chain);
    m.put("hashRecipe", AuditEntry.RECIPE);
    m.put("files", new java.util.TreeMap<>(files));
    return m;
  }
}
