package io.chokepoint.determine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.content.ContentShare;
import io.chokepoint.rules.Comparison;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a {@link ContentReport} as the {@code content} command's JSON (FORMATS.md §4) and as text.
 * The top-level fields are those of the PRC 0.1% rule; {@code shares} adds every declared share, US
 * de minimis content among them.
 */
public final class ContentReportFormat {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ContentReportFormat() {}

  /** The PRC share: Chinese-origin content counted by control code, if the rule book has one. */
  static Optional<ContentReport.Share> chinese(ContentReport r) {
    return r.shares().stream()
        .filter(s -> "CN".equals(s.spec().origin()) && !s.spec().codes().isEmpty())
        .findFirst();
  }

  /** The report as one line of JSON. */
  public static String toLine(ContentReport r) {
    try {
      return JSON.writeValueAsString(toMap(r));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a content report as JSON", e);
    }
  }

  /** The report as ordered maps and lists. */
  public static Map<String, Object> toMap(ContentReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("item", r.bom().description());
    m.put("file", r.bom().file());
    m.put("asOf", r.asOf().toString());
    m.put("currency", r.bom().unitValue().currency());
    m.put("totalValue", r.bom().unitValue().amount());
    ContentReport.Share cn = chinese(r).orElse(null);
    if (cn != null) {
      ContentShare c = cn.content();
      ContentReport.Threshold t = cn.thresholds().isEmpty() ? null : cn.thresholds().get(0);
      m.put("chineseControlledRareEarthValue", c.counted());
      m.put("share", c.known() ? round(c.share()) : null);
      m.put("threshold", t == null ? null : t.value());
      m.put("exceeds", t == null ? null : t.reached());
      m.put("known", c.known());
      m.put("undecidedValue", c.undecided());
      m.put("missingFacts", c.missing());
      m.put("lines", lines(c));
    }
    List<Object> shares = new ArrayList<>();
    Set<String> caveats = new LinkedHashSet<>();
    for (ContentReport.Share s : r.shares()) {
      shares.add(share(s));
      if (!s.content().known() || s.content().counted().signum() > 0) {
        caveats.addAll(s.spec().caveats());
      }
    }
    m.put("shares", shares);
    m.put("caveats", new ArrayList<>(caveats));
    return m;
  }

  private static Map<String, Object> share(ContentReport.Share s) {
    ContentShare c = s.content();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("regime", s.regime());
    m.put("name", s.spec().name());
    m.put("description", s.spec().description());
    m.put("origin", s.spec().origin());
    m.put("value", c.counted());
    m.put("share", c.known() ? round(c.share()) : null);
    m.put("minShare", round(c.share()));
    m.put("maxShare", round(c.maxShare()));
    m.put("known", c.known());
    m.put("undecidedValue", c.undecided());
    m.put("missingFacts", c.missing());
    List<Object> thresholds = new ArrayList<>();
    for (ContentReport.Threshold t : s.thresholds()) {
      Map<String, Object> tm = new LinkedHashMap<>();
      tm.put("parameter", t.parameter());
      tm.put("description", t.description());
      tm.put("value", t.value());
      tm.put("comparison", s.spec().inclusive() ? ">=" : ">");
      tm.put("reached", t.reached());
      tm.put("source", t.source());
      thresholds.add(tm);
    }
    m.put("thresholds", thresholds);
    m.put("lines", lines(c));
    m.put("trace", c.trace());
    return m;
  }

  private static List<Object> lines(ContentShare c) {
    List<Object> out = new ArrayList<>();
    for (ContentShare.Contribution l : c.lines()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("line", l.line());
      m.put("part", l.part());
      m.put("value", l.value());
      m.put("counts", l.counts());
      m.put("share", round(l.share()));
      m.put("reason", l.reason());
      out.add(m);
    }
    return out;
  }

  /** The report as text for a person: each share, its thresholds and its roll-up. */
  public static String text(ContentReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.bom().description())
        .append(" (")
        .append(r.bom().file())
        .append(") as of ")
        .append(r.asOf())
        .append(": ")
        .append(r.bom().unitValue().amount().toPlainString())
        .append(' ')
        .append(r.bom().unitValue().currency())
        .append('\n');
    Set<String> caveats = new LinkedHashSet<>();
    for (ContentReport.Share s : r.shares()) {
      ContentShare c = s.content();
      sb.append('\n')
          .append(s.regime())
          .append(' ')
          .append(s.spec().name())
          .append(": ")
          .append(s.spec().description())
          .append('\n');
      sb.append("  ")
          .append(c.counted().toPlainString())
          .append(' ')
          .append(c.total().currency())
          .append(" = ")
          .append(c.percent().toPlainString())
          .append('%');
      if (!c.known()) {
        sb.append(" to ")
            .append(percent(c.maxShare()))
            .append(" (undecided ")
            .append(c.undecided().toPlainString())
            .append(", missing ")
            .append(c.missing())
            .append(')');
      }
      sb.append('\n');
      for (ContentReport.Threshold t : s.thresholds()) {
        sb.append("  threshold ")
            .append(t.parameter())
            .append(' ')
            .append(s.spec().inclusive() ? ">= " : "> ")
            .append(t.value() == null ? "(none on this date)" : percent(t.value()))
            .append(": ")
            .append(t.reached() == null ? "unknown" : t.reached() ? "reached" : "not reached")
            .append(" (")
            .append(t.description())
            .append(")\n");
      }
      c.trace().forEach(line -> sb.append("    ").append(line).append('\n'));
      if (!c.known() || c.counted().signum() > 0) {
        caveats.addAll(s.spec().caveats());
      }
    }
    caveats.forEach(cv -> sb.append("caveat: ").append(cv).append('\n'));
    return sb.toString();
  }

  private static String percent(double share) {
    return Comparison.number(share * 100) + "%";
  }

  private static double round(double d) {
    return BigDecimal.valueOf(d).setScale(8, java.math.RoundingMode.HALF_EVEN).doubleValue();
  }
}
