package io.chokepoint.http;

import io.chokepoint.rules.EnforcementPeriod;
import io.chokepoint.rules.InForce;
import io.chokepoint.rules.Interval;
import io.chokepoint.rules.PhaseIn;
import io.chokepoint.rules.Rule;
import io.chokepoint.rules.Suspension;
import io.chokepoint.rules.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A rule's life as bars for the console's timeline: consecutive intervals, each in force,
 * suspended, not enforced or phasing in. The kind of each interval is what {@link Validity#at}
 * answers on its first day, so the picture cannot disagree with the engine's own answers.
 */
final class RuleTimeline {
  private RuleTimeline() {}

  /** One interval of a bar: {@code to} is the last day, {@code null} when open-ended. */
  record Segment(LocalDate from, LocalDate to, String kind, String note) {
    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("from", from.toString());
      m.put("to", to == null ? null : to.toString());
      m.put("kind", kind);
      m.put("note", note);
      return m;
    }
  }

  /** The segments of the rule's validity, oldest first, adjacent ones of one kind merged. */
  static List<Segment> segments(Rule rule) {
    Validity v = rule.validity();
    TreeSet<LocalDate> cuts = new TreeSet<>();
    add(cuts, v.effective());
    for (Suspension s : v.suspensions()) {
      add(cuts, s.interval());
    }
    for (EnforcementPeriod p : v.enforcement()) {
      add(cuts, p.interval());
    }
    for (PhaseIn p : v.phaseIns()) {
      cuts.add(p.from());
    }
    List<LocalDate> days = new ArrayList<>(cuts);
    List<Segment> out = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      LocalDate from = days.get(i);
      LocalDate to = i + 1 < days.size() ? days.get(i + 1).minusDays(1) : null;
      InForce state = v.at(from);
      String kind = kind(state.status());
      if (kind == null) {
        continue; // before the rule or after its last day
      }
      String note = state.status() == InForce.Status.IN_FORCE ? null : state.why();
      Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && last.kind().equals(kind)
          && last.to() != null
          && last.to().plusDays(1).equals(from)
          && java.util.Objects.equals(last.note(), note)) {
        out.set(out.size() - 1, new Segment(last.from(), to, kind, note));
      } else {
        out.add(new Segment(from, to, kind, note));
      }
    }
    return out;
  }

  private static void add(TreeSet<LocalDate> cuts, Interval i) {
    cuts.add(i.from());
    if (i.to() != null) {
      cuts.add(i.to().plusDays(1));
    }
  }

  private static String kind(InForce.Status s) {
    return switch (s) {
      case IN_FORCE -> "in-force";
      case SUSPENDED -> "suspended";
      case NOT_ENFORCED -> "not-enforced";
      case PHASING_IN -> "phasing-in";
      default -> null;
    };
  }
}
