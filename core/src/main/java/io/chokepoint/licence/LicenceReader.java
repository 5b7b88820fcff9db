package io.chokepoint.licence;

import io.chokepoint.content.BomReader;
import io.chokepoint.content.Money;
import io.chokepoint.source.Codes;
import io.chokepoint.source.Fields;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Node;
import io.chokepoint.source.Node.ScalarNode;
import io.chokepoint.source.SourceException;
import io.chokepoint.source.SourceReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads licence files (docs/formats.md, "Licence files"): one licence, or several under {@code
 * licences:}, in YAML or JSON. Every problem is reported with file, line and field; a file with any
 * problem yields no licences.
 */
public final class LicenceReader {
  private static final Pattern REGIME = Pattern.compile("[A-Z]{2,}-[A-Z]{2,}");
  private static final List<String> STATUSES =
      java.util.Arrays.stream(LicenceStatus.values()).map(LicenceStatus::code).toList();

  private LicenceReader() {}

  /**
   * Reads a file.
   *
   * @param file the file
   * @param displayName the name to show in messages
   * @throws SourceException listing every problem
   */
  public static List<Licence> read(Path file, String displayName) {
    return parse(SourceReader.read(file, displayName), displayName);
  }

  /**
   * Reads text; a display name ending in {@code .json} reads JSON.
   *
   * @throws SourceException listing every problem
   */
  public static List<Licence> parse(String text, String displayName) {
    return parse(SourceReader.parse(text, displayName), displayName);
  }

  private static List<Licence> parse(Node root, String displayName) {
    Issues issues = new Issues();
    Fields top = Fields.of(root, issues, null);
    List<Node> nodes;
    if (top.has("licences")) {
      nodes = top.list("licences");
      top.end();
      if (nodes.isEmpty() && issues.isEmpty()) {
        issues.add(root, null, "licences: must list at least one licence");
      }
    } else {
      nodes = root instanceof Node.MapNode ? List.of(root) : List.of();
    }
    List<Licence> out = new ArrayList<>();
    Map<String, Node> numbers = new HashMap<>();
    for (Node n : nodes) {
      Licence l = licence(n, issues);
      if (l != null && numbers.putIfAbsent(l.number(), n) != null) {
        issues.add(
            n,
            l.number(),
            "licence number "
                + l.number()
                + " is also used at line "
                + numbers.get(l.number()).position().line());
      } else if (l != null) {
        out.add(l);
      }
    }
    if (!issues.isEmpty()) {
      throw new SourceException("invalid licence file " + displayName, issues.toList());
    }
    return List.copyOf(out);
  }

  private static Licence licence(Node n, Issues issues) {
    int before = issues.size();
    Fields f = Fields.of(n, issues, null);
    String number = f.requiredString("number");
    f = f.withSubject(number);
    LicenceTerms terms = terms(f, before);
    LocalDate from = f.requiredDate("validFrom");
    LocalDate to = f.requiredDate("validTo");
    if (from != null && to != null && to.isBefore(from)) {
      issues.add(f.raw("validTo"), number, "validTo " + to + " is before validFrom " + from);
    }
    List<LicenceCondition> conditions = new ArrayList<>();
    Set<String> capIds = new java.util.HashSet<>();
    for (Node c : f.list("conditions")) {
      LicenceCondition lc = condition(Fields.of(c, issues, number));
      if (lc instanceof LicenceCondition.ShareCap cap && !capIds.add(cap.id())) {
        issues.add(c, number, "share cap id '" + cap.id() + "' is used twice");
      } else if (lc != null) {
        conditions.add(lc);
      }
    }
    String application = f.optionalString("application");
    String status = f.oneOf("status", STATUSES, false);
    f.end();
    if (issues.size() > before) {
      return null;
    }
    return new Licence(
        number,
        terms,
        from,
        to,
        conditions,
        application,
        status == null ? LicenceStatus.ACTIVE : LicenceStatus.valueOf(status.toUpperCase()));
  }

  /**
   * Reads the terms an application asks for, in the licence format without number, dates,
   * conditions and status.
   *
   * @throws SourceException listing every problem
   */
  public static LicenceTerms parseTerms(String text, String displayName) {
    Issues issues = new Issues();
    Fields f = Fields.of(SourceReader.parse(text, displayName), issues, "terms");
    LicenceTerms terms = terms(f, 0);
    f.end();
    if (!issues.isEmpty()) {
      throw new SourceException("invalid licence terms " + displayName, issues.toList());
    }
    return terms;
  }

  /** The fields licences and applications share; {@code null} when any has a problem. */
  private static LicenceTerms terms(Fields f, int before) {
    Issues issues = f.issues();
    String number = f.subject();
    LicenceKind kind = null;
    String kindCode = f.oneOf("kind", LicenceKind.codes(), true);
    if (kindCode != null) {
      kind = LicenceKind.ofCode(kindCode).orElseThrow();
    }
    String holder = f.requiredString("holder");
    List<CoveredItem> items = new ArrayList<>();
    for (Node i : f.list("items")) {
      CoveredItem c = item(Fields.of(i, issues, number), kind);
      if (c != null) {
        items.add(c);
      }
    }
    if (f.has("items") && items.isEmpty() && issues.size() == before) {
      issues.add(f.raw("items"), number, "a licence covers at least one item");
    } else if (!f.has("items")) {
      issues.add(f.position(), number, "items", "required field 'items' is missing");
    }
    List<NamedParty> consignees = parties(f, "consignees");
    List<NamedParty> endUsers = parties(f, "endUsers");
    Set<String> countries = new LinkedHashSet<>();
    for (Node c : f.list("countries")) {
      String cc = c instanceof ScalarNode s ? s.text() : null;
      if (Codes.isCountry(cc)) {
        countries.add(cc);
      } else {
        issues.add(c, number, "unknown country code '" + cc + "' (expected ISO 3166-1 alpha-2)");
      }
    }
    BigDecimal quantity = decimal(f, "quantity");
    Money value = BomReader.money(f.object("value"));
    if (issues.size() > before) {
      return null;
    }
    return new LicenceTerms(kind, holder, items, consignees, endUsers, countries, quantity, value);
  }

  private static CoveredItem item(Fields i, LicenceKind kind) {
    String regime = i.optionalString("regime");
    String code = i.optionalString("code");
    String description = i.optionalString("description");
    i.end();
    if (regime != null && !REGIME.matcher(regime).matches()) {
      i.issues().add(i.raw("regime"), i.subject(), "bad regime '" + regime + "' (e.g. US-EAR)");
      return null;
    }
    if ((regime == null) != (code == null)) {
      i.issues()
          .add(
              i.position(),
              i.subject(),
              i.node().path(),
              "an item names a regime and a code together, or only a description");
      return null;
    }
    if (code == null && description == null) {
      i.issues()
          .add(i.position(), i.subject(), i.node().path(), "an item needs a code or a description");
      return null;
    }
    String authorityRegime = kind == null ? null : kind.authority().regime();
    if (regime != null && authorityRegime != null && !regime.equals(authorityRegime)) {
      i.issues()
          .add(
              i.raw("regime"),
              i.subject(),
              "a "
                  + kind.authority()
                  + " licence covers "
                  + authorityRegime
                  + " codes, not "
                  + regime);
      return null;
    }
    return new CoveredItem(regime, code, description);
  }

  private static List<NamedParty> parties(Fields f, String key) {
    List<NamedParty> out = new ArrayList<>();
    for (Node n : f.list(key)) {
      Fields p = Fields.of(n, f.issues(), f.subject());
      String name = p.requiredString("name");
      String country = Codes.country(p, "country", false);
      List<String> other = p.stringList("otherNames");
      p.end();
      if (name != null) {
        out.add(new NamedParty(name, country, other));
      }
    }
    return out;
  }

  private static LicenceCondition condition(Fields c) {
    if (c.has("rider")) {
      String text = c.requiredString("rider");
      c.end();
      return text == null ? null : new LicenceCondition.Rider(text);
    }
    Fields s = c.requiredObject("shareCap");
    c.end();
    if (s == null) {
      return null;
    }
    int before = s.issues().size();
    String id = s.requiredString("id");
    String measure = s.oneOf("measure", List.of("quantity", "value"), true);
    List<String> capped = countries(s, "capped");
    BigDecimal share = decimal(s, "share");
    if (share == null && !s.has("share")) {
      s.issues()
          .add(
              s.position(),
              s.subject(),
              s.node().path() + ".share",
              "required field 'share' is missing");
    } else if (share != null && share.signum() <= 0) {
      s.issues().add(s.raw("share"), s.subject(), "share must be positive");
    }
    List<String> reference = countries(s, "reference");
    String citation = s.optionalString("citation");
    s.end();
    if (s.issues().size() > before) {
      return null;
    }
    return new LicenceCondition.ShareCap(
        id,
        LicenceCondition.Measure.valueOf(measure.toUpperCase()),
        new LinkedHashSet<>(capped),
        share,
        new LinkedHashSet<>(reference),
        citation);
  }

  private static List<String> countries(Fields s, String key) {
    List<String> out = new ArrayList<>();
    int before = s.issues().size();
    for (String cc : s.stringList(key)) {
      if (Codes.isCountry(cc)) {
        out.add(cc);
      } else {
        s.issues().add(s.raw(key), s.subject(), "unknown country code '" + cc + "' in " + key);
      }
    }
    if (out.isEmpty() && s.issues().size() == before) {
      s.issues()
          .add(
              s.position(),
              s.subject(),
              s.node().path() + "." + key,
              key + " must name at least one country");
    }
    return out;
  }

  private static BigDecimal decimal(Fields f, String key) {
    Double d = f.optionalNumber(key);
    if (d == null) {
      return null;
    }
    BigDecimal v = new BigDecimal(((ScalarNode) f.raw(key)).text());
    if (v.signum() < 0) {
      f.issues().add(f.raw(key), f.subject(), key + " must not be negative");
      return null;
    }
    return v;
  }
}
