package io.chokepoint.register;

import io.chokepoint.content.Money;
import java.util.List;
import java.util.stream.Collectors;

/** Renders register movements and reports as text for a person. */
public final class RegisterText {
  private RegisterText() {}

  /** One movement, on one line, with its check and, when determined, the rules that fired. */
  public static String movement(RecordedMovement r) {
    Movement m = r.movement();
    StringBuilder sb = new StringBuilder();
    sb.append('#').append(r.seq()).append(' ').append(m.date()).append(' ').append(m.kind());
    sb.append(' ').append(m.quantity()).append(" x ").append(m.holding());
    if (m.from() != null) {
      sb.append(" from ").append(m.from());
    }
    if (m.to() != null) {
      sb.append(" to ").append(m.to());
    }
    if (m instanceof Movement.Transferred t) {
      sb.append(" to ")
          .append(t.counterparty().name())
          .append(" (")
          .append(t.counterparty().country())
          .append(')');
    }
    if (!m.serials().isEmpty()) {
      sb.append(" serials ").append(String.join(",", m.serials()));
    }
    sb.append(": ").append(m.reason());
    LicenceCheck c = r.check();
    sb.append("\n  ").append(c.status());
    if (c.outcome() != null) {
      sb.append(" (").append(c.outcome()).append(')');
    }
    sb.append(": ").append(c.note());
    for (LicenceCheck.FiredRule f : c.rules()) {
      sb.append("\n  rule ")
          .append(f.id())
          .append(" [")
          .append(f.citation())
          .append("]: ")
          .append(f.decision());
      if (f.review() != null) {
        sb.append(" / ").append(f.review());
      }
    }
    return sb.toString();
  }

  /** A report: the totals, then each position, then the flagged movements. */
  public static String report(RegisterReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("Register as of ").append(r.asOf());
    if (r.filter().site() != null) {
      sb.append(", site ").append(r.filter().site());
    }
    if (r.filter().eccn() != null) {
      sb.append(", classification ").append(r.filter().eccn());
    }
    sb.append(": ").append(total(r.total())).append('\n');
    section(sb, "By classification", r.byClassification());
    section(sb, "By site", r.bySite());
    section(sb, "By end use", r.byEndUse());
    sb.append("Positions\n");
    for (RegisterReport.Position p : r.positions()) {
      sb.append("  ")
          .append(p.holding().id())
          .append(" ")
          .append(p.holding().item().label())
          .append(" [")
          .append(p.eccn())
          .append("] at ")
          .append(p.site())
          .append(": ")
          .append(p.quantity())
          .append(" = ")
          .append(money(p.value()))
          .append(", ")
          .append(p.holding().endUse())
          .append(", custodian ")
          .append(p.holding().custodian().name());
      if (!p.serials().isEmpty()) {
        sb.append(", serials ").append(String.join(",", p.serials()));
      }
      sb.append('\n');
    }
    sb.append("Flagged movements: ").append(r.flagged().size()).append('\n');
    r.flagged()
        .forEach(f -> sb.append("  ").append(movement(f).replace("\n", "\n  ")).append('\n'));
    return sb.toString().stripTrailing();
  }

  private static void section(StringBuilder sb, String title, List<RegisterReport.Total> ts) {
    sb.append(title).append('\n');
    ts.forEach(t -> sb.append("  ").append(t.key()).append(": ").append(total(t)).append('\n'));
  }

  private static String total(RegisterReport.Total t) {
    String value = t.value().stream().map(RegisterText::money).collect(Collectors.joining(" + "));
    return t.quantity() + " unit(s)" + (value.isEmpty() ? "" : ", " + value);
  }

  private static String money(Money m) {
    return m.amount().toPlainString() + " " + m.currency();
  }
}
