package io.chokepoint.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelProtoAbstractSyntaxTree;
import dev.cel.expr.CheckedExpr;
import io.chokepoint.source.KeptFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Checked conditions kept in a file from one run to the next ({@code
 * var/cache/checked-conditions.bin} for a server), each under a SHA-256 of its CEL environment and
 * text, as CEL's own {@code CheckedExpr} protocol buffer. The file belongs to one build ({@link
 * io.chokepoint.source.ThisBuild}): under another, or damaged, it is ignored and the conditions are
 * checked afresh. Safe for the threads that load regimes in parallel.
 */
public final class RememberedConditions implements CheckedConditions {
  private static final int MAGIC = 0x43504343;
  private static final int FORMAT = 1;

  private final String build;
  private final Map<String, byte[]> read;
  // what this run found or added: all that is written back, so that conditions no longer in the
  // rule book do not pile up
  private final Map<String, byte[]> used = new ConcurrentHashMap<>();
  private final AtomicBoolean added = new AtomicBoolean();

  private RememberedConditions(String build, Map<String, byte[]> read) {
    this.build = build;
    this.read = read;
  }

  /**
   * The conditions remembered in {@code file} for this build; none if there is no such file, it is
   * another build's or it cannot be read.
   *
   * @param build this build ({@link io.chokepoint.source.ThisBuild#fingerprint()}), or null to
   *     remember nothing
   */
  public static RememberedConditions read(Path file, String build) {
    Map<String, byte[]> read = new ConcurrentHashMap<>();
    KeptFile.read(
            file,
            MAGIC,
            FORMAT,
            build,
            in -> {
              Map<String, byte[]> entries = new java.util.HashMap<>();
              for (int n = in.readInt(); n > 0; n--) {
                String key = in.readUTF();
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                entries.put(key, bytes);
              }
              return entries;
            })
        .ifPresent(read::putAll);
    return new RememberedConditions(build, read);
  }

  @Override
  public Optional<CelAbstractSyntaxTree> find(String environment, String text) {
    String key = key(environment, text);
    byte[] bytes = read.get(key);
    if (bytes == null) {
      return Optional.empty();
    }
    try {
      CelAbstractSyntaxTree ast =
          CelProtoAbstractSyntaxTree.fromCheckedExpr(CheckedExpr.parseFrom(bytes)).getAst();
      used.put(key, bytes);
      return Optional.of(ast);
    } catch (com.google.protobuf.InvalidProtocolBufferException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public void add(String environment, String text, CelAbstractSyntaxTree ast) {
    if (build == null) {
      return;
    }
    try {
      byte[] bytes = CelProtoAbstractSyntaxTree.fromCelAst(ast).toCheckedExpr().toByteArray();
      used.put(key(environment, text), bytes);
      added.set(true);
    } catch (RuntimeException e) {
      // not remembered: checked again next time
    }
  }

  /** How many conditions were read from the file. */
  public int remembered() {
    return read.size();
  }

  /** How many conditions were found or added since they were read. */
  public int used() {
    return used.size();
  }

  /**
   * Writes back, in one step, the conditions found or added since they were read, if any were added
   * or any read were not used; does nothing when nothing is remembered for this build.
   *
   * @return whether the file was written
   * @throws IOException if it cannot be written
   */
  public boolean write(Path file) throws IOException {
    if (build == null || (!added.get() && used.keySet().equals(read.keySet()))) {
      return false;
    }
    Map<String, byte[]> entries = new java.util.TreeMap<>(used);
    KeptFile.write(
        file,
        MAGIC,
        FORMAT,
        build,
        out -> {
          out.writeInt(entries.size());
          for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().length);
            out.write(e.getValue());
          }
        });
    return true;
  }

  private static String key(String environment, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(environment.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK must provide SHA-256", e);
    }
  }
}
