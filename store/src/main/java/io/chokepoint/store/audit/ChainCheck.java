package io.chokepoint.store.audit;

/** Walks audit entries in order and stops at the first one that does not check out. */
final class ChainCheck {
  private long expected = 1;
  private String lastHash = AuditEntry.GENESIS;
  private long read;
  private Long brokenAt;
  private String problem;

  /** Checks the next entry; returns false once the chain is broken. */
  boolean accept(AuditEntry e) {
    read++;
    if (e.seq() != expected) {
      return fail(
          expected,
          e.seq() > expected
              ? "entry "
                  + expected
                  + " is missing: the chain jumps from entry "
                  + (expected - 1)
                  + " to entry "
                  + e.seq()
              : "entry " + e.seq() + " appears out of order after entry " + (expected - 1));
    }
    if (!e.prevHash().equals(lastHash)) {
      return fail(
          e.seq(),
          "entry "
              + e.seq()
              + " does not follow entry "
              + (e.seq() - 1)
              + ": its previous hash is "
              + e.prevHash()
              + " but entry "
              + (e.seq() - 1)
              + " hashes to "
              + lastHash
              + " (an entry was removed, replaced or reordered)");
    }
    String want = e.expectedHash();
    if (!want.equals(e.hash())) {
      return fail(
          e.seq(),
          "entry "
              + e.seq()
              + " ("
              + e.action()
              + " "
              + e.subject()
              + ") was altered: its fields hash to "
              + want
              + ", not to the stored "
              + e.hash());
    }
    lastHash = e.hash();
    expected++;
    return true;
  }

  private boolean fail(long at, String why) {
    brokenAt = at;
    problem = why;
    return false;
  }

  /** The verdict, given the head row. */
  AuditVerification finish(long headSeq, String headHash) {
    if (brokenAt != null) {
      return AuditVerification.broken(read, lastHash, brokenAt, problem);
    }
    long last = expected - 1;
    if (headSeq != last) {
      return AuditVerification.broken(
          read,
          lastHash,
          Math.min(headSeq, last) + 1,
          headSeq > last
              ? "entries "
                  + (last + 1)
                  + " to "
                  + headSeq
                  + " are missing: the chain ends at entry "
                  + last
                  + " but the head records entry "
                  + headSeq
              : "entries after "
                  + headSeq
                  + " are not in the head: it records entry "
                  + headSeq
                  + " as the last");
    }
    if (!headHash.equals(lastHash)) {
      return AuditVerification.broken(
          read, lastHash, last, "the head's hash does not match entry " + last + "'s hash");
    }
    return AuditVerification.ok(read, lastHash);
  }
}
