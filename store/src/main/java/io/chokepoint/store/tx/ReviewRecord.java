package io.chokepoint.store.tx;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A review decision as recorded.
 *
 * @param id the row id
 * @param transaction the transaction id
 * @param revision the transaction's revision it decided
 * @param decision {@code RELEASE}, {@code REJECT} or {@code ASK_FOR_FACTS}
 * @param covers for a release, what it rests on per regime ({@code US-EAR: LICENCE D123456})
 * @param facts for a request, the facts asked for
 * @param reason the reviewer's reason
 * @param reviewer who decided
 * @param decidedAt when
 */
public record ReviewRecord(
    long id,
    String transaction,
    int revision,
    String decision,
    List<String> covers,
    List<String> facts,
    String reason,
    String reviewer,
    OffsetDateTime decidedAt) {
  /** Creates a record. */
  public ReviewRecord {
    covers = List.copyOf(covers);
    facts = List.copyOf(facts);
  }
}
