package io.chokepoint.determine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.classify.Material;
import io.chokepoint.classify.MaterialClassification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a {@link MaterialClassification} as the {@code classify material} JSON and as text. */
public final class MaterialClassificationFormat {
  private static final ObjectMapper JSON = new ObjectMapper();

  private MaterialClassificationFormat() {}

  /** The classification as one line of JSON. */
  public static String toLine(MaterialClassification c) {
    try {
      return JSON.writeValueAsString(toMap(c));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a material classification as JSON", e);
    }
  }

  /** The classification as ordered maps and lists. */
  public static Map<String, Object> toMap(MaterialClassification c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("material", material(c.material()));
    m.put("regime", c.regime());
    m.put("asOf", c.asOf().toString());
    m.put("codes", c.codeNames());
    List<Object> entries = new ArrayList<>();
    c.codes().forEach(code -> entries.add(DeterminationJson.code(code)));
    m.put("entries", entries);
    m.put("excludedBy", c.excludedBy() == null ? null : DeterminationJson.code(c.excludedBy()));
    m.put("possibleCodes", c.possible().stream().map(MaterialClassification.Code::code).toList());
    m.put("known", c.known());
    m.put("missingFacts", c.missingFacts());
    m.put("trace", c.trace());
    m.put("caveats", c.caveats());
    return m;
  }

  private static Map<String, Object> material(Material x) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("element", x.element());
    m.put("form", x.form());
    putIf(m, "purity", x.purity());
    putIf(m, "contains", x.contains());
    putIf(m, "compound", x.compound());
    putIf(m, "magnet", x.magnet());
    putIf(m, "product", x.product());
    putIf(m, "graphite", x.graphite());
    putIf(m, "strengthMPa", x.strengthMPa());
    putIf(m, "densityGcm3", x.densityGcm3());
    return m;
  }

  private static void putIf(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  /** The classification as text for a person. */
  public static String text(MaterialClassification c) {
    StringBuilder sb = new StringBuilder();
    sb.append(c.material().element())
        .append(' ')
        .append(c.material().form())
        .append(" under ")
        .append(c.regime())
        .append(" as of ")
        .append(c.asOf())
        .append(": ");
    if (c.excludedBy() != null) {
      sb.append("not controlled (excluded: ").append(c.excludedBy().title()).append(')');
    } else if (c.codes().isEmpty() && c.possible().isEmpty()) {
      sb.append("NONE");
    } else {
      sb.append(c.codes().isEmpty() ? "undecided" : String.join(", ", c.codeNames()));
      if (!c.possible().isEmpty()) {
        sb.append(c.codes().isEmpty() ? ", may be " : "; may also be ")
            .append(
                String.join(
                    ", ", c.possible().stream().map(MaterialClassification.Code::code).toList()));
      }
    }
    sb.append('\n');
    for (MaterialClassification.Code code : c.codes()) {
      sb.append("  ")
          .append(code.code())
          .append(": ")
          .append(code.title())
          .append(" [")
          .append(code.confidence())
          .append("] (")
          .append(code.citation())
          .append(')');
      if (!code.hsCodes().isEmpty()) {
        sb.append(" HS ").append(String.join(", ", code.hsCodes()));
      }
      sb.append('\n');
    }
    c.trace().forEach(t -> sb.append("  trace: ").append(t).append('\n'));
    c.missingFacts().forEach(f -> sb.append("  missing: ").append(f).append('\n'));
    c.caveats().forEach(f -> sb.append("  caveat: ").append(f).append('\n'));
    return sb.toString();
  }
}
