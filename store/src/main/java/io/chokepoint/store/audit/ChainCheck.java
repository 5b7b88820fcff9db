package io.chokepoint.store.audit;

import java.util.Comparator;
import java.util.List;

/**
 * Walks audit entries in order and stops at the first one that does not check out. It names the
 * earliest entry that can have been tampered with: an entry whose fields do not match its hash was
 * altered; an entry that is consistent with its own hash but not linked from the next one was
 * rewritten with a recomputed hash (the forger's only way to keep an altered entry consistent).
 */
final class ChainCheck {
  private final List<ChainCheckpoint> checkpoints;
  private int nextCheckpoint;
  private long expected = 1;
  private String lastHash = AuditEntry.GENESIS;
  private AuditEntry previous;
  private long read;
  private Long brokenAt;
  private AuditEntry brokenEntry;
  private String problem;

  ChainCheck(List<ChainCheckpoint> checkpoints) {
    this.checkpoints =
        checkpoints.stream().sorted(Comparator.comparingLong(ChainCheckpoint::seq)).toList();
  }

  /** Checks the next entry; returns false once the chain is broken. */
  boolean accept(AuditEntry e) {
    read++;
    if (e.seq() != expected) {
      return e.seq() > expected
          ? fail(
              expected,
              null,
              (e.seq() == expected + 1
                      ? "entry " + expected + " is missing"
                      : "entries " + expected + " to " + (e.seq() - 1) + " are missing")
                  + ": the chain jumps from entry "
                  + (expected - 1)
                  + " to entry "
                  + e.seq())
          : fail(e.seq(), e, "entry " + e.seq() + " appears again after entry " + (expected - 1));
    }
    boolean consistent = e.expectedHash().equals(e.hash());
    if (!e.prevHash().equals(lastHash)) {
      if (consistent && previous != null) {
        // The entry is intact and names a previous hash that the entry before no longer has: the
        // entry before was rewritten and its hash recomputed.
        return fail(
            previous.seq(),
            previous,
            label(previous)
                + " was rewritten: it hashes to "
                + lastHash
                + ", but entry "
                + e.seq()
                + " records "
                + e.prevHash()
                + " as the hash before it");
      }
      return fail(
          e.seq(),
          e,
          label(e)
              + " does not follow entry "
              + (e.seq() - 1)
              + ": its previous hash is "
              + e.prevHash()
              + " but "
              + (previous == null
                  ? "the chain starts from "
                  : "entry " + previous.seq() + " hashes to ")
              + lastHash
              + " (an entry was replaced, moved or reordered)");
    }
    if (!consistent) {
      return fail(
          e.seq(),
          e,
          label(e)
              + " was altered: its fields hash to "
              + e.expectedHash()
              + ", not to the stored "
              + e.hash());
    }
    while (nextCheckpoint < checkpoints.size()
        && checkpoints.get(nextCheckpoint).seq() == e.seq()) {
      ChainCheckpoint c = checkpoints.get(nextCheckpoint++);
      if (!c.hash().equals(e.hash())) {
        return fail(
            e.seq(),
            e,
            label(e)
                + " hashes to "
                + e.hash()
                + ", but "
                + c.source()
                + " recorded "
                + c.hash()
                + " for it: the chain was rewritten from here or before");
      }
    }
    lastHash = e.hash();
    previous = e;
    expected++;
    return true;
  }

  /** The entry's number and what it records, as messages name it. */
  private static String label(AuditEntry e) {
    return "entry "
        + e.seq()
        + " ("
        + e.action()
        + " "
        + e.subject()
        + " by "
        + e.actor()
        + " at "
        + e.recordedAt()
        + ")";
  }

  private boolean fail(long at, AuditEntry entry, String why) {
    brokenAt = at;
    brokenEntry = entry;
    problem = why;
    return false;
  }

  /** The verdict, given the head row. */
  AuditVerification finish(long headSeq, String headHash) {
    if (brokenAt != null) {
      return AuditVerification.broken(read, lastHash, brokenAt, brokenEntry, problem);
    }
    long last = expected - 1;
    if (headSeq > last) {
      return AuditVerification.broken(
          read,
          lastHash,
          last + 1,
          null,
          (headSeq == last + 1
                  ? "entry " + headSeq + " is missing"
                  : "entries " + (last + 1) + " to " + headSeq + " are missing")
              + ": the chain ends at entry "
              + last
              + " but the head records entry "
              + headSeq
              + " as the last");
    }
    if (headSeq < last) {
      return AuditVerification.broken(
          read,
          lastHash,
          headSeq + 1,
          null,
          "entries after "
              + headSeq
              + " are not in the head: it records entry "
              + headSeq
              + " as the last, but the chain goes on to entry "
              + last);
    }
    if (!headHash.equals(lastHash)) {
      return AuditVerification.broken(
          read,
          lastHash,
          last,
          previous,
          (previous == null ? "entry " + last : label(previous))
              + " was rewritten: it hashes to "
              + lastHash
              + ", but the head records "
              + headHash);
    }
    if (nextCheckpoint < checkpoints.size()) {
      ChainCheckpoint c = checkpoints.get(nextCheckpoint);
      return AuditVerification.broken(
          read,
          lastHash,
          last + 1,
          null,
          "entry "
              + c.seq()
              + " is missing: "
              + c.source()
              + " recorded it with hash "
              + c.hash()
              + ", but the chain now ends at entry "
              + last
              + " (the chain was cut back and its head rewritten)");
    }
    return AuditVerification.ok(read, lastHash);
  }
}
