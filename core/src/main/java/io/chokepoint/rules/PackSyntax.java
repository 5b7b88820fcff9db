package io.chokepoint.rules;

import io.chokepoint.source.Fields;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Node;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Readers for the small shared pieces of the rule-pack format: citations, confidence labels and
 * validity blocks. Each reports problems as issues with positions and never throws.
 */
final class PackSyntax {
  static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  private PackSyntax() {}

  /** Reads a required {@code citation:} block; a missing one is an error. */
  static Citation citation(Fields f, String subject) {
    Fields c = f.object("citation");
    if (c == null) {
      f.issues()
          .add(
              f.position(),
              subject,
              f.node().path().isEmpty() ? "citation" : f.node().path() + ".citation",
              "missing citation: every rule needs instrument and paragraph (and reference, url)");
      return null;
    }
    String instrument = c.requiredString("instrument");
    String paragraph = c.requiredString("paragraph");
    String reference = c.optionalString("reference");
    String url = c.optionalString("url");
    c.end();
    if (instrument == null || paragraph == null) {
      return null;
    }
    return new Citation(instrument, paragraph, reference, url);
  }

  /** Reads an optional citation block, or {@code null}. */
  static Citation optionalCitation(Fields f) {
    if (!f.has("citation")) {
      f.raw("citation");
      return null;
    }
    return citation(f, f.subject());
  }

  /** Reads {@code confidence:}; defaults to primary. */
  static Confidence confidence(Fields f) {
    String label = f.oneOf("confidence", List.of("P", "S", "I", "U"), false);
    return label == null ? Confidence.PRIMARY : Confidence.fromLabel(label);
  }

  /** Reads a required {@code validity:} block and checks its intervals. */
  static Validity validity(Fields f, String subject) {
    Fields v = f.requiredObject("validity");
    if (v == null) {
      return null;
    }
    Issues issues = f.issues();
    LocalDate from = v.requiredDate("from");
    LocalDate to = v.optionalDate("to");
    List<PhaseIn> phaseIns = new ArrayList<>();
    for (Node n : v.list("phaseIns")) {
      Fields p = Fields.of(n, issues, subject);
      LocalDate pf = p.requiredDate("from");
      String para = p.requiredString("paragraph");
      String note = p.optionalString("note");
      p.end();
      if (pf != null && para != null) {
        phaseIns.add(new PhaseIn(pf, para, note));
        if (from != null && !inside(pf, from, to)) {
          issues.add(n, subject, "phase-in date " + pf + " lies outside the effective interval");
        }
      }
    }
    List<Suspension> suspensions = new ArrayList<>();
    List<Node> suspensionNodes = new ArrayList<>();
    for (Node n : v.list("suspensions")) {
      Fields s = Fields.of(n, issues, subject);
      Interval iv = interval(s, true);
      String instrument = s.requiredString("instrument");
      Boolean confirmed = s.optionalBoolean("endConfirmed");
      String note = s.optionalString("note");
      s.end();
      if (iv != null && instrument != null) {
        suspensions.add(new Suspension(iv, instrument, confirmed == null || confirmed, note));
        suspensionNodes.add(n);
        if (from != null
            && !iv.overlaps(new Interval(from, to == null || to.isBefore(from) ? null : to))) {
          // A suspension may start before the effective date (Ann. 70 came before Ann. 61's
          // routes (a) and (b) took effect), but it must cover some of it.
          issues.add(n, subject, "suspension " + iv + " lies outside the effective interval");
        }
      }
    }
    overlaps(
        suspensions.stream().map(Suspension::interval).toList(),
        suspensionNodes,
        issues,
        subject,
        "suspension");
    List<EnforcementPeriod> enforcement = new ArrayList<>();
    List<Node> enforcementNodes = new ArrayList<>();
    for (Node n : v.list("enforcement")) {
      Fields e = Fields.of(n, issues, subject);
      Interval iv = interval(e, false);
      Boolean enforced = e.optionalBoolean("enforced");
      String instrument = e.requiredString("instrument");
      String note = e.optionalString("note");
      e.end();
      if (enforced == null) {
        issues.add(n, subject, "required field 'enforced' is missing (true or false)");
      } else if (iv != null && instrument != null) {
        enforcement.add(new EnforcementPeriod(iv, enforced, instrument, note));
        enforcementNodes.add(n);
      }
    }
    overlaps(
        enforcement.stream().map(EnforcementPeriod::interval).toList(),
        enforcementNodes,
        issues,
        subject,
        "enforcement period");
    v.end();
    if (from == null) {
      return null;
    }
    if (to != null && to.isBefore(from)) {
      issues.add(v.node(), subject, "validity ends (" + to + ") before it starts (" + from + ")");
      return null;
    }
    return new Validity(new Interval(from, to), phaseIns, suspensions, enforcement);
  }

  /** Reads {@code from} and {@code to} as an interval; {@code to} may be required. */
  static Interval interval(Fields f, boolean toRequired) {
    LocalDate from = f.requiredDate("from");
    LocalDate to = toRequired ? f.requiredDate("to") : f.optionalDate("to");
    if (from == null || (toRequired && to == null)) {
      return null;
    }
    if (to != null && to.isBefore(from)) {
      f.issues()
          .add(f.node(), f.subject(), "interval ends (" + to + ") before it starts (" + from + ")");
      return null;
    }
    return new Interval(from, to);
  }

  /** Records an issue for each pair of overlapping intervals. */
  static void overlaps(
      List<Interval> intervals, List<Node> nodes, Issues issues, String subject, String what) {
    for (int i = 0; i < intervals.size(); i++) {
      for (int j = i + 1; j < intervals.size(); j++) {
        if (intervals.get(i).overlaps(intervals.get(j))) {
          issues.add(
              nodes.get(j),
              subject,
              "overlapping intervals: "
                  + what
                  + " "
                  + intervals.get(j)
                  + " overlaps "
                  + intervals.get(i));
        }
      }
    }
  }

  /**
   * Turns dated entries with a {@code from} and an optional {@code to} into intervals: an entry
   * without {@code to} runs until the day before the next entry starts, or open-ended if last.
   */
  static <T> List<DatedValue<T>> dated(
      List<LocalDate> froms,
      List<LocalDate> tos,
      List<T> values,
      List<String> sources,
      List<Node> nodes,
      Issues issues,
      String subject) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < froms.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(froms::get));
    List<DatedValue<T>> out = new ArrayList<>();
    List<Interval> ivs = new ArrayList<>();
    List<Node> ivNodes = new ArrayList<>();
    for (int k = 0; k < order.size(); k++) {
      int i = order.get(k);
      LocalDate to = tos.get(i);
      if (to == null && k + 1 < order.size()) {
        LocalDate next = froms.get(order.get(k + 1));
        to = next.equals(froms.get(i)) ? froms.get(i) : next.minusDays(1);
      }
      if (to != null && to.isBefore(froms.get(i))) {
        issues.add(
            nodes.get(i),
            subject,
            "interval ends (" + to + ") before it starts (" + froms.get(i) + ")");
        continue;
      }
      Interval iv = new Interval(froms.get(i), to);
      ivs.add(iv);
      ivNodes.add(nodes.get(i));
      out.add(new DatedValue<>(iv, values.get(i), sources.get(i)));
    }
    overlaps(ivs, ivNodes, issues, subject, "value");
    return out;
  }

  private static boolean inside(LocalDate d, LocalDate from, LocalDate to) {
    return !d.isBefore(from) && (to == null || !d.isAfter(to));
  }
}
