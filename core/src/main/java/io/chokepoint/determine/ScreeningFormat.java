package io.chokepoint.determine;

import io.chokepoint.lists.ListEntry;
import io.chokepoint.screening.ScreeningMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders screening matches in the shape of FORMATS.md §5 ({@code entityId}, {@code list}, {@code
 * name}, {@code matchedName}, {@code score}, {@code explanation}), with additions (the entry's
 * listing date, instrument and licence policy; a party match's band), and as text.
 */
public final class ScreeningFormat {
  private ScreeningFormat() {}

  /** One match as an ordered map. */
  public static Map<String, Object> match(ScreeningMatch m) {
    ListEntry e = m.entry();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("entityId", e.id());
    out.put("list", e.list());
    out.put("name", e.name());
    out.put("matchedName", m.matchedName());
    out.put("score", round3(m.score()));
    out.put("explanation", m.explanation());
    out.put("kind", e.kind().name());
    if (!e.countries().isEmpty()) {
      out.put("countries", e.countries());
    }
    if (e.listedOn() != null) {
      out.put("listedOn", e.listedOn().toString());
    }
    if (e.source() != null) {
      out.put("source", e.source());
    }
    if (e.licencePolicy() != null) {
      out.put("licencePolicy", e.licencePolicy());
    }
    return out;
  }

  /** The screening of a transaction's parties, for the determination's JSON. */
  public static List<Object> parties(List<PartyScreen> screens) {
    List<Object> out = new ArrayList<>(screens.size());
    for (PartyScreen s : screens) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("party", s.index());
      p.put("role", s.role());
      p.put("name", s.name());
      p.put("matches", hits(s.hits()));
      List<Object> owners = new ArrayList<>();
      for (OwnerScreen o : s.owners()) {
        if (!o.hits().isEmpty()) {
          Map<String, Object> om = new LinkedHashMap<>();
          om.put("owner", o.name());
          om.put("share", o.share());
          om.put("matches", hits(o.hits()));
          owners.add(om);
        }
      }
      if (!owners.isEmpty()) {
        p.put("owners", owners);
      }
      out.add(p);
    }
    return out;
  }

  private static List<Object> hits(List<PartyHit> partyHits) {
    List<Object> hits = new ArrayList<>(partyHits.size());
    for (PartyHit h : partyHits) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("band", h.band().name());
      m.put("query", h.query());
      m.putAll(match(h.match()));
      if (h.note() != null) {
        m.put("note", h.note());
      }
      hits.add(m);
    }
    return hits;
  }

  /** The screening of a transaction's parties as text lines; parties without matches say so. */
  public static List<String> text(List<PartyScreen> screens) {
    List<String> out = new ArrayList<>();
    for (PartyScreen s : screens) {
      String who = s.role() + " '" + s.name() + "'";
      if (s.hits().isEmpty()) {
        out.add(who + ": no list match");
      }
      for (PartyHit h : s.hits()) {
        out.add(who + ": " + line(h));
        h.match().explanation().forEach(x -> out.add("    " + x));
      }
      for (OwnerScreen o : s.owners()) {
        String owner =
            String.format(Locale.ROOT, "owner '%s' (%.0f%%) of %s", o.name(), 100 * o.share(), who);
        for (PartyHit h : o.hits()) {
          out.add(owner + ": " + line(h));
          h.match().explanation().forEach(x -> out.add("    " + x));
        }
      }
    }
    return out;
  }

  private static String line(PartyHit h) {
    ListEntry e = h.match().entry();
    String band =
        switch (h.band()) {
          case HIT -> "HIT";
          case POSSIBLE -> "POSSIBLE MATCH, review the party";
          case CLEARED -> "cleared (" + h.note() + ")";
        };
    StringBuilder sb =
        new StringBuilder(band)
            .append(": ")
            .append(e.list())
            .append(' ')
            .append(e.id())
            .append(" '")
            .append(e.name())
            .append("' score ")
            .append(String.format(Locale.ROOT, "%.3f", h.match().score()));
    if (!h.match().matchedName().equals(e.name())) {
      sb.append(" via '").append(h.match().matchedName()).append('\'');
    }
    if (e.licencePolicy() != null) {
      sb.append("; licence policy: ").append(e.licencePolicy());
    }
    return sb.toString();
  }

  private static double round3(double d) {
    return Math.round(d * 1000.0) / 1000.0;
  }
}
