package io.chokepoint.store.tx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.determine.Outcome;
import io.chokepoint.review.RegimeSummary;
import io.chokepoint.store.StoreException;
import java.util.ArrayList;
import java.util.List;

/** Reads the per-regime summary a review needs out of a recorded determination (FORMATS §2). */
public final class RecordedRegimes {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordedRegimes() {}

  /**
   * The regimes of a recorded determination.
   *
   * @throws StoreException if the body is not a determination
   */
  public static List<RegimeSummary> parse(String body) {
    try {
      List<RegimeSummary> out = new ArrayList<>();
      for (JsonNode r : JSON.readTree(body).path("regimes")) {
        List<String> exceptions = new ArrayList<>();
        r.path("exceptions").forEach(e -> exceptions.add(e.path("id").asText()));
        List<String> missing = new ArrayList<>();
        r.path("missingFacts").forEach(m -> missing.add(m.asText()));
        out.add(
            new RegimeSummary(
                r.path("regime").asText(),
                Outcome.valueOf(r.path("outcome").asText()),
                exceptions,
                missing));
      }
      return out;
    } catch (Exception e) {
      throw new StoreException("a recorded determination cannot be read", e);
    }
  }
}
