package io.chokepoint.store.audit;

/**
 * The result of checking the audit chain.
 *
 * @param intact whether every entry and the head check out
 * @param entries how many entries were read
 * @param lastHash the hash of the last entry read (the chain's head when intact)
 * @param firstBroken the number of the first entry that does not check out, or {@code null}
 * @param problem what is wrong with it, or {@code null}
 */
public record AuditVerification(
    boolean intact, long entries, String lastHash, Long firstBroken, String problem) {

  static AuditVerification ok(long entries, String lastHash) {
    return new AuditVerification(true, entries, lastHash, null, null);
  }

  static AuditVerification broken(long entries, String lastHash, long at, String problem) {
    return new AuditVerification(false, entries, lastHash, at, problem);
  }
}
