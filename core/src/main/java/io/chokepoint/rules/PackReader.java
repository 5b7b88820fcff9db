package io.chokepoint.rules;

import io.chokepoint.source.Fields;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Node;
import io.chokepoint.source.Node.ScalarNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the rules, classification entries and jurisdiction of one pack file, compiling every
 * condition with the regime's {@link ConditionCompiler}. Problems are recorded, never thrown.
 */
final class PackReader {
  static final Set<Scope> RULE_SCOPES =
      EnumSet.of(Scope.CONSTANT, Scope.TRANSACTION, Scope.ITEM, Scope.PARTY);
  static final Set<Scope> CHIP_SCOPES = EnumSet.of(Scope.CONSTANT, Scope.CHIP);
  static final Set<Scope> ITEM_SCOPES = EnumSet.of(Scope.CONSTANT, Scope.TRANSACTION, Scope.ITEM);
  static final Set<Scope> MATERIAL_SCOPES = EnumSet.of(Scope.CONSTANT, Scope.MATERIAL);

  private final ConditionCompiler compiler;
  private final Issues issues;

  PackReader(ConditionCompiler compiler, Issues issues) {
    this.compiler = compiler;
    this.issues = issues;
  }

  /** A pack read from a file, with its jurisdiction if it declares one. */
  record Read(RulePack pack, Jurisdiction jurisdiction) {}

  /** The {@code licensing:} keys that hold a number of days the review may take. */
  static final java.util.Set<String> REVIEW_DAYS =
      java.util.Set.of("reviewWorkingDays", "reviewCalendarDays");

  Read read(Fields f, String regime, String file) {
    String id = f.requiredString("pack");
    f.raw("regime");
    String title = f.requiredString("title");
    String description = f.optionalString("description");
    String coverage = f.optionalString("coverage");
    java.time.LocalDate coversFrom = f.optionalDate("coversFrom");
    Map<String, Object> licensing = new LinkedHashMap<>();
    Fields lic = f.object("licensing");
    if (lic != null) {
      for (String k : lic.keys()) {
        Node v = lic.raw(k);
        if (v instanceof Node.ListNode) {
          licensing.put(k, lic.stringList(k));
        } else if (REVIEW_DAYS.contains(k)) {
          // Review deadlines are computed from these, so they must be counts, not prose.
          Double days = lic.toNumber(v);
          if (days != null && (days <= 0 || days != Math.rint(days))) {
            issues.add(v, "licensing", k + " must be a positive whole number of days");
          } else if (days != null) {
            licensing.put(k, days.longValue());
          }
        } else if (v instanceof ScalarNode sc && !sc.isNull()) {
          licensing.put(k, scalar(sc));
        } else {
          issues.add(v, "licensing", "licensing values are scalars or lists of strings");
        }
      }
      lic.end();
    }
    f.raw("parameters");
    f.raw("sets");
    f.raw("facts");
    f.raw("content");
    Jurisdiction jurisdiction = null;
    Fields j = f.object("jurisdiction");
    if (j != null) {
      jurisdiction = jurisdiction(j.withSubject("jurisdiction"));
    }
    List<ClassificationRule> classifications = new ArrayList<>();
    for (Node n : f.list("classifications")) {
      ClassificationRule c = classification(n, regime);
      if (c != null) {
        classifications.add(c);
      }
    }
    List<Rule> rules = new ArrayList<>();
    for (Node n : f.list("rules")) {
      Rule r = rule(n, regime);
      if (r != null) {
        rules.add(r);
      }
    }
    f.end();
    if (id == null || title == null) {
      return null;
    }
    return new Read(
        new RulePack(
            id,
            regime,
            title,
            file,
            description,
            coverage,
            coversFrom,
            licensing,
            rules,
            classifications),
        jurisdiction);
  }

  private Jurisdiction jurisdiction(Fields j) {
    String description = j.requiredString("description");
    Citation citation = PackSyntax.citation(j, "jurisdiction");
    Condition c = condition(j, "condition", "jurisdiction", ITEM_SCOPES, true);
    List<Jurisdiction.Doubt> doubts = new java.util.ArrayList<>();
    for (Node n : j.list("doubts")) {
      Fields d = Fields.of(n, issues, "jurisdiction");
      Condition when = condition(d, "when", "jurisdiction", ITEM_SCOPES, true);
      String warning = d.requiredString("warning");
      d.end();
      if (when != null && warning != null) {
        doubts.add(new Jurisdiction.Doubt(when, warning));
      }
    }
    j.end();
    if (description == null || citation == null || c == null) {
      return null;
    }
    return new Jurisdiction(description, citation, c, doubts, j.position());
  }

  private String id(Fields f, String what) {
    String id = f.requiredString("id");
    if (id != null && !PackSyntax.RULE_ID.matcher(id).matches()) {
      issues.add(f.raw("id"), id, what + " id must be lower case letters, digits, '.', '-' or '_'");
      return null;
    }
    return id;
  }

  private ClassificationRule classification(Node n, String regime) {
    Fields f = Fields.of(n, issues, null);
    String id = id(f, "classification");
    f = f.withSubject(id);
    String subject = f.oneOf("subject", List.of("chip", "material"), true);
    String title = f.requiredString("title");
    Citation citation = PackSyntax.citation(f, id);
    Confidence confidence = PackSyntax.confidence(f);
    List<String> caveats = f.stringList("caveats");
    Validity validity = PackSyntax.validity(f, id);
    Double priority = f.requiredNumber("priority");
    Condition condition =
        condition(
            f, "condition", id, "material".equals(subject) ? MATERIAL_SCOPES : CHIP_SCOPES, true);
    String code =
        f.has("eccn") && !f.has("code") ? f.requiredString("eccn") : f.requiredString("code");
    f.raw("eccn");
    Map<String, String> byForm = f.stringMap("byForm");
    Boolean presumes = f.optionalBoolean("presumesDatacenter");
    List<String> hsCodes = f.stringList("hsCodes");
    Boolean excludes = f.optionalBoolean("excludes");
    f.end();
    if (id == null
        || subject == null
        || title == null
        || citation == null
        || validity == null
        || priority == null
        || condition == null
        || code == null) {
      return null;
    }
    return new ClassificationRule(
        id,
        regime,
        subject,
        title,
        citation,
        confidence,
        caveats,
        validity,
        priority.intValue(),
        condition,
        code,
        byForm,
        Boolean.TRUE.equals(presumes),
        hsCodes,
        Boolean.TRUE.equals(excludes),
        n.position());
  }

  private Rule rule(Node n, String regime) {
    Fields f = Fields.of(n, issues, null);
    String id = id(f, "rule");
    f = f.withSubject(id);
    String title = f.requiredString("title");
    String kindName = f.oneOf("kind", List.of("requirement", "is-informed", "guidance"), false);
    Rule.Kind kind =
        kindName == null
            ? Rule.Kind.REQUIREMENT
            : Rule.Kind.valueOf(kindName.toUpperCase().replace('-', '_'));
    Citation citation = PackSyntax.citation(f, id);
    Confidence confidence = PackSyntax.confidence(f);
    List<String> caveats = f.stringList("caveats");
    Validity validity = PackSyntax.validity(f, id);
    Condition condition = condition(f, "condition", id, RULE_SCOPES, true);
    RuleOutcome outcome = null;
    Fields o = f.requiredObject("outcome");
    if (o != null) {
      outcome = outcome(o, id);
    }
    List<ExceptionClause> exceptions = new ArrayList<>();
    for (Node e : f.list("exceptions")) {
      ExceptionClause c = exception(Fields.of(e, issues, id), id);
      if (c != null) {
        exceptions.add(c);
      }
    }
    exceptions.sort(Comparator.comparingInt(ExceptionClause::priority).reversed());
    f.end();
    if (id == null
        || title == null
        || citation == null
        || validity == null
        || condition == null
        || outcome == null) {
      return null;
    }
    return new Rule(
        id,
        regime,
        title,
        kind,
        citation,
        confidence,
        caveats,
        validity,
        condition,
        outcome,
        exceptions,
        n.position());
  }

  private RuleOutcome outcome(Fields o, String id) {
    String d =
        o.oneOf("decision", List.of("NO_LICENSE_REQUIRED", "LICENSE_REQUIRED", "PROHIBITED"), true);
    ReviewPolicy review = review(o, "review");
    String redFlag = o.optionalString("redFlag");
    List<ReviewCase> cases = new ArrayList<>();
    for (Node n : o.list("reviewCases")) {
      Fields c = Fields.of(n, issues, id);
      String caseId = c.requiredString("id");
      Condition when = c.has("when") ? condition(c, "when", id, RULE_SCOPES, false) : null;
      c.raw("when");
      Interval dates = null;
      if (c.has("from") || c.has("to")) {
        dates = PackSyntax.interval(c, false);
      } else {
        c.raw("from");
        c.raw("to");
      }
      ReviewPolicy r = review(c, "review");
      Citation citation = PackSyntax.optionalCitation(c);
      String note = c.optionalString("note");
      c.end();
      if (r == null) {
        issues.add(n, id, "a review case needs a review");
      } else if (caseId != null) {
        cases.add(new ReviewCase(caseId, when, dates, r, citation, note));
      }
    }
    o.end();
    if (d == null) {
      return null;
    }
    Decision decision = Decision.valueOf(d);
    if (decision == Decision.LICENSE_REQUIRED && review == null) {
      issues.add(o.node(), id, "an outcome of LICENSE_REQUIRED needs a review policy");
      return null;
    }
    if (decision != Decision.LICENSE_REQUIRED && (review != null || !cases.isEmpty())) {
      issues.add(o.node(), id, "only LICENSE_REQUIRED takes a review policy");
      return null;
    }
    return new RuleOutcome(decision, review, cases, redFlag);
  }

  private ReviewPolicy review(Fields f, String key) {
    String r =
        f.oneOf(
            key,
            List.of("PRESUMPTION_OF_APPROVAL", "CASE_BY_CASE", "PRESUMPTION_OF_DENIAL"),
            false);
    return r == null ? null : ReviewPolicy.valueOf(r);
  }

  private ExceptionClause exception(Fields e, String ruleId) {
    String id = e.requiredString("id");
    String subject = ruleId + "/" + id;
    e = e.withSubject(subject);
    String kind = e.oneOf("kind", List.of("licence-exception", "override"), true);
    Double priority = e.requiredNumber("priority");
    String title = e.requiredString("title");
    Citation citation = PackSyntax.citation(e, subject);
    Confidence confidence = PackSyntax.confidence(e);
    Validity validity = PackSyntax.validity(e, subject);
    Condition condition = condition(e, "condition", subject, RULE_SCOPES, true);
    Map<String, Object> data = new LinkedHashMap<>();
    Fields df = e.object("data");
    if (df != null) {
      for (String k : df.keys()) {
        Node v = df.raw(k);
        if (v instanceof ScalarNode s && !s.isNull()) {
          data.put(k, scalar(s));
        } else {
          issues.add(v, subject, "data values must be scalars");
        }
      }
      df.end();
    }
    List<String> notification = e.stringList("notification");
    String decisionName =
        e.oneOf(
            "decision", List.of("NO_LICENSE_REQUIRED", "LICENSE_REQUIRED", "PROHIBITED"), false);
    ReviewPolicy review = review(e, "review");
    Boolean blocks = e.optionalBoolean("blocksLower");
    e.end();
    if (id == null
        || kind == null
        || priority == null
        || title == null
        || citation == null
        || validity == null
        || condition == null) {
      return null;
    }
    ExceptionClause.Kind k =
        kind.equals("override")
            ? ExceptionClause.Kind.OVERRIDE
            : ExceptionClause.Kind.LICENCE_EXCEPTION;
    if (k == ExceptionClause.Kind.OVERRIDE
        && decisionName == null
        && !Boolean.TRUE.equals(blocks)) {
      issues.add(e.node(), subject, "an override needs a decision or blocksLower: true");
      return null;
    }
    if ("LICENSE_REQUIRED".equals(decisionName) && review == null) {
      issues.add(e.node(), subject, "an override to LICENSE_REQUIRED needs a review policy");
      return null;
    }
    if (review != null && !"LICENSE_REQUIRED".equals(decisionName)) {
      issues.add(e.node(), subject, "only an override to LICENSE_REQUIRED takes a review policy");
      return null;
    }
    if (k == ExceptionClause.Kind.LICENCE_EXCEPTION
        && (decisionName != null || review != null || blocks != null)) {
      issues.add(e.node(), subject, "a licence exception takes no decision, review or blocksLower");
      return null;
    }
    return new ExceptionClause(
        id,
        k,
        priority.intValue(),
        title,
        citation,
        confidence,
        validity,
        condition,
        data,
        notification,
        decisionName == null ? null : Decision.valueOf(decisionName),
        review,
        Boolean.TRUE.equals(blocks));
  }

  private Condition condition(
      Fields f, String key, String subject, Set<Scope> scopes, boolean required) {
    String text = required ? f.requiredString(key) : f.optionalString(key);
    if (text == null) {
      return null;
    }
    Node n = f.raw(key);
    return compiler.compile(text.strip(), n.position(), subject, n.path(), scopes, issues);
  }

  private static Object scalar(ScalarNode s) {
    return switch (s.type()) {
      case BOOLEAN -> s.booleanValue();
      case NUMBER -> {
        double d = Double.parseDouble(s.text());
        yield d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
      }
      default -> s.text();
    };
  }
}
