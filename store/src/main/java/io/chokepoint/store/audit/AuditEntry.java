package io.chokepoint.store.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One entry of the audit trail as stored.
 *
 * @param seq the entry's number, from 1, without gaps
 * @param recordedAt when it was recorded, as the ISO-8601 instant text that was hashed
 * @param actor who acted
 * @param action what was done
 * @param subject to which record
 * @param detail the details as canonical JSON
 * @param prevHash the previous entry's hash (64 zeros for the first)
 * @param hash this entry's hash
 */
public record AuditEntry(
    long seq,
    String recordedAt,
    String actor,
    String action,
    String subject,
    String detail,
    String prevHash,
    String hash) {

  /** The previous hash of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  /**
   * The hash an entry with these fields must carry: the lower-case hex SHA-256 of the UTF-8 bytes
   * of seq, recordedAt, actor, action, subject, detail and prevHash, joined by {@code \n}.
   */
  public static String hashOf(
      long seq,
      String recordedAt,
      String actor,
      String action,
      String subject,
      String detail,
      String prevHash) {
    String text = String.join("\n", Long.toString(seq), recordedAt, actor, action, subject, detail);
    text = text + "\n" + prevHash;
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** The hash this entry's fields call for; differs from {@link #hash()} if a field changed. */
  public String expectedHash() {
    return hashOf(seq, recordedAt, actor, action, subject, detail, prevHash);
  }
}
