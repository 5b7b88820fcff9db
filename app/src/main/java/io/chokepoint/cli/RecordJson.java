package io.chokepoint.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.review.HoldStatus;
import io.chokepoint.source.Issue;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import io.chokepoint.store.RecordedDetermination;
import io.chokepoint.store.tx.ReviewRecord;
import io.chokepoint.store.tx.TransactionRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON shapes of recorded transactions and reviews (docs/formats.md §14). */
public final class RecordJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordJson() {}

  static String line(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A recorded transaction (docs/formats.md §14.1). */
  public static Map<String, Object> transaction(TransactionRecord r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("date", r.date().toString());
    m.put("from", r.from());
    m.put("to", r.to());
    m.put("status", r.status().name());
    m.put("outcome", r.outcome().name());
    m.put("determination", r.determination());
    m.put("revision", r.revision());
    m.put("input", r.inputHash());
    m.put("submittedBy", r.submittedBy());
    m.put("submittedAt", r.submittedAt().toString());
    m.put("updatedAt", r.updatedAt().toString());
    return m;
  }

  /** A recorded determination as {@code tx show} lists it (docs/formats.md §14.2). */
  public static Map<String, Object> determination(RecordedDetermination d) {
    Map<String, Object> dm = new LinkedHashMap<>();
    dm.put("id", d.id());
    dm.put("asOf", d.asOf().toString());
    dm.put("overall", d.overall());
    dm.put("recordedAt", d.recordedAt().toString());
    dm.put("by", d.actor());
    dm.put("rulebook", d.rulebookHash());
    dm.put("lists", d.listsHash());
    return dm;
  }

  /** A review decision (docs/formats.md §14.3). */
  public static Map<String, Object> review(ReviewRecord v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", v.id());
    m.put("transaction", v.transaction());
    m.put("revision", v.revision());
    m.put("decision", v.decision());
    m.put("covers", v.covers());
    m.put("facts", v.facts());
    m.put("reason", v.reason());
    m.put("reviewer", v.reviewer());
    m.put("decidedAt", v.decidedAt().toString());
    return m;
  }

  /**
   * A hold status named on the command line.
   *
   * @throws SourceException naming the option if the word is not a status
   */
  static HoldStatus status(String word, String option) {
    try {
      return HoldStatus.valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw invalid(
          option,
          "unknown status '"
              + word
              + "': expected cleared, held, awaiting_facts, released or"
              + " rejected");
    }
  }

  /** An invalid-input error naming a command-line option; nothing was changed. */
  static SourceException invalid(String option, String message) {
    return new SourceException(
        "invalid input: nothing was changed",
        List.of(new Issue(Position.ofFile(option), null, option, message)));
  }
}
