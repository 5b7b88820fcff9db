package io.chokepoint.rules;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelBuilder;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelReference;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.parser.CelUnparser;
import dev.cel.parser.CelUnparserFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Position;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles CEL conditions against one regime's {@link Vocabulary}. Every fact is declared with its
 * type, so type errors, unknown facts and undefined parameters are caught when the rule book loads,
 * with the file, line, rule id and problem.
 */
public final class ConditionCompiler {
  private static final Pattern CONSTANT_REF =
      Pattern.compile("\\b(params|sets|facts)\\.([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern DOTTED =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
  private static final CelUnparser UNPARSER = CelUnparserFactory.newUnparser();

  private final Vocabulary vocabulary;
  private final ComparisonFinder comparisonFinder;
  private final Cel cel;
  private final Map<String, Condition> compiled = new java.util.HashMap<>();
  private final CheckedConditions checked;
  // what a checked condition depends on besides its text: the declared facts and their types
  private final String environment;

  /** Creates a compiler for the vocabulary; building the CEL environment takes a few ms. */
  public ConditionCompiler(Vocabulary vocabulary) {
    this(vocabulary, CheckedConditions.NONE);
  }

  /**
   * Creates a compiler for the vocabulary that reuses, and adds to, conditions checked before in
   * the same environment ({@link #prepare}).
   */
  public ConditionCompiler(Vocabulary vocabulary, CheckedConditions checked) {
    this.vocabulary = vocabulary;
    this.checked = checked;
    StringBuilder env = new StringBuilder("cel-options-1 in_string_set\n");
    new java.util.TreeMap<>(vocabulary.facts())
        .forEach((name, f) -> env.append(f.name()).append(':').append(f.type()).append('\n'));
    this.environment = env.toString();
    this.comparisonFinder = new ComparisonFinder(vocabulary);
    CelBuilder b =
        CelFactory.plannerCelBuilder()
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addCompilerLibraries(CelExtensions.strings())
            .addRuntimeLibraries(CelExtensions.strings())
            .setOptions(
                CelOptions.current()
                    .enableUnknownTracking(true)
                    .enableHeterogeneousNumericComparisons(true)
                    .populateMacroCalls(true)
                    .build());
    for (Fact f : vocabulary.facts().values()) {
      b.addVar(f.name(), f.type().celType());
    }
    b.addFunctionDeclarations(
        CelFunctionDecl.newFunctionDeclaration(
            "@in",
            CelOverloadDecl.newGlobalOverload(
                "in_string_set",
                SimpleType.BOOL,
                SimpleType.STRING,
                FactType.STRING_SET.celType())));
    b.addFunctionBindings(
        CelFunctionBinding.from(
            "in_string_set", String.class, StringSet.class, (x, set) -> set.contains(x)));
    this.cel = b.build();
  }

  /** A condition parsed and checked in a batch: the batch's AST and the condition's expression. */
  private record Prepared(CelAbstractSyntaxTree ast, CelExpr expr) {}

  private final Map<String, Prepared> prepared = new java.util.HashMap<>();

  /**
   * Parses and type-checks many conditions at once, as the elements of one CEL list, so that the
   * checker's environment is built once rather than once per condition; {@link #compile} then
   * reuses the checked expressions. A batch checked before in the same environment is taken from
   * the {@link CheckedConditions} instead, and a new one is added to them. If the batch has any
   * error, nothing is prepared and each condition is compiled, and its errors reported, on its own.
   *
   * @param texts condition texts, as they will be passed to {@link #compile}
   */
  public void prepare(Collection<String> texts) {
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(texts));
    distinct.removeIf(
        t ->
            prepared.containsKey(t)
                || CONSTANT_REF
                    .matcher(t)
                    .results()
                    .anyMatch(m -> vocabulary.find(m.group()).isEmpty()));
    if (distinct.size() < 2) {
      return;
    }
    StringBuilder combined = new StringBuilder("[");
    for (String t : distinct) {
      combined.append(combined.length() > 1 ? ",\n(" : "(").append(t).append("\n)");
    }
    combined.append(']');
    String text = combined.toString();
    try {
      CelAbstractSyntaxTree ast = checked.find(environment, text).orElse(null);
      if (ast == null) {
        CelValidationResult result = cel.compile(text);
        if (result.hasError()) {
          return;
        }
        ast = result.getAst();
        checked.add(environment, text, ast);
      }
      List<CelExpr> elements = ast.getExpr().list().elements();
      for (int i = 0; i < distinct.size(); i++) {
        prepared.put(distinct.get(i), new Prepared(ast, elements.get(i)));
      }
    } catch (CelValidationException | RuntimeException e) {
      prepared.clear();
    }
  }

  /** The number of distinct conditions compiled so far; indices lie below it. */
  public int count() {
    return compiled.size();
  }

  /**
   * Compiles a boolean condition.
   *
   * @param text the CEL text
   * @param position where the text is written, for errors
   * @param subject the rule id, for errors
   * @param field the field path of the condition, for errors
   * @param allowed the scopes whose facts the condition may read
   * @param issues where problems go
   * @return the condition, or {@code null} if it has problems (recorded in {@code issues})
   */
  public Condition compile(
      String text,
      Position position,
      String subject,
      String field,
      Set<Scope> allowed,
      Issues issues) {
    Condition same = compiled.get(allowed + "|" + text);
    if (same != null) {
      // Conditions written the same way share one program, so evaluations can be remembered.
      return same.at(position);
    }
    int before = issues.size();
    Matcher m = CONSTANT_REF.matcher(text);
    while (m.find()) {
      String name = m.group(1) + "." + m.group(2);
      if (vocabulary.find(name).isEmpty()) {
        String what =
            switch (m.group(1)) {
              case "params" -> "reference to undefined parameter '" + m.group(2) + "'";
              case "sets" -> "reference to undefined set '" + m.group(2) + "'";
              default -> "reference to undeclared fact '" + name + "' (declare it under facts:)";
            };
        issues.add(position, subject, field, what + " at column " + (m.start() + 1));
      }
    }
    if (issues.size() > before) {
      return null;
    }
    CelAbstractSyntaxTree ast;
    CelExpr expr;
    Prepared prepared = this.prepared.get(text);
    if (prepared != null) {
      ast = prepared.ast();
      expr = prepared.expr();
    } else {
      CelValidationResult result = cel.compile(text);
      if (result.hasError()) {
        for (CelIssue i : result.getErrors()) {
          issues.add(position, subject, field, "CEL: " + describe(i, text));
        }
        return null;
      }
      try {
        ast = result.getAst();
      } catch (CelValidationException e) {
        issues.add(position, subject, field, "CEL: " + e.getMessage());
        return null;
      }
      expr = ast.getExpr();
    }
    CelType type = ast.getType(expr.id()).orElse(SimpleType.DYN);
    if (!SimpleType.BOOL.equals(type)) {
      issues.add(
          position,
          subject,
          field,
          "CEL: a condition must be true or false, but this one is of type " + type.name());
      return null;
    }
    Set<Long> ids = new LinkedHashSet<>();
    collectIds(expr, ids);
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    factsRead(ast, ids).forEach(f -> scopes.add(f.scope()));
    for (Scope sc : scopes) {
      if (!allowed.contains(sc)) {
        issues.add(
            position,
            subject,
            field,
            "reads "
                + sc.name().toLowerCase()
                + " facts, which are not available here (allowed: "
                + allowed
                + ")");
      }
    }
    if (issues.size() > before) {
      return null;
    }
    try {
      return build(ast, expr, text, position, allowed);
    } catch (CelEvaluationException | RuntimeException e) {
      issues.add(position, subject, field, "CEL: cannot plan the condition: " + e.getMessage());
      return null;
    }
  }

  /**
   * Builds the condition of an expression of a checked AST: the whole condition, or one operand of
   * its top-level junction. Operands reuse the checked AST, so they are planned but not parsed or
   * checked again.
   */
  private Condition build(
      CelAbstractSyntaxTree ast, CelExpr expr, String text, Position position, Set<Scope> allowed)
      throws CelEvaluationException {
    String key = allowed + "|" + text;
    Condition same = compiled.get(key);
    if (same != null) {
      return same.at(position);
    }
    Set<Long> ids = new LinkedHashSet<>();
    collectIds(expr, ids);
    Set<String> facts = new LinkedHashSet<>();
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    for (Fact f : factsRead(ast, ids)) {
      facts.add(f.name());
      scopes.add(f.scope());
    }
    List<Comparison> comparisons = comparisonFinder.find(ast, expr);
    Condition.Junction junction = Condition.Junction.NONE;
    List<Condition> parts = new ArrayList<>();
    for (Condition.Junction j : List.of(Condition.Junction.AND, Condition.Junction.OR)) {
      List<CelExpr> operands = new ArrayList<>();
      flatten(expr, j == Condition.Junction.AND ? "_&&_" : "_||_", operands);
      if (operands.size() > 1) {
        for (CelExpr operand : operands) {
          String partText =
              UNPARSER.unparse(CelAbstractSyntaxTree.newParsedAst(operand, ast.getSource()));
          parts.add(build(ast, operand, partText, position, allowed));
        }
        junction = j;
        break;
      }
    }
    // A junction is evaluated through its operands, so only operands without one get a program.
    // A part keeps only its own references and types: the planned program of an expression cut
    // from a large checked AST (a whole batch) is otherwise slower to evaluate.
    dev.cel.runtime.Program program = null;
    if (junction == Condition.Junction.NONE) {
      CelAbstractSyntaxTree sub =
          expr == ast.getExpr()
              ? ast
              : CelAbstractSyntaxTree.newCheckedAst(
                  expr,
                  ast.getSource(),
                  restrict(ast.getReferenceMap(), ids),
                  restrict(ast.getTypeMap(), ids));
      program = cel.createProgram(sub);
    }
    Condition c =
        new Condition(
            text,
            position,
            program,
            new ArrayList<>(facts),
            scopes,
            comparisons,
            junction,
            parts,
            compiled.size(),
            comparisonFinder.boundable(ast, ids, comparisons),
            strict(expr));
    compiled.put(key, c);
    return c;
  }

  /** The facts of the vocabulary that the expressions with these ids refer to. */
  private List<Fact> factsRead(CelAbstractSyntaxTree ast, Set<Long> ids) {
    List<Fact> out = new ArrayList<>();
    for (Long id : ids) {
      Optional<CelReference> r = ast.getReference(id);
      if (r.isPresent() && !r.get().name().isEmpty()) {
        vocabulary.find(r.get().name()).ifPresent(out::add);
      }
    }
    return out;
  }

  private static <V> Map<Long, V> restrict(Map<Long, V> map, Set<Long> ids) {
    Map<Long, V> out = new java.util.HashMap<>();
    for (Long id : ids) {
      V v = map.get(id);
      if (v != null) {
        out.put(id, v);
      }
    }
    return out;
  }

  private static final Set<String> NON_STRICT =
      Set.of("_&&_", "_||_", "_?_:_", "@not_strictly_false", "or", "orValue", "optional.or");

  /**
   * Whether every operation in the expression is strict: it is unknown as soon as any fact it reads
   * is unknown (no junction, conditional or macro that could decide without it).
   */
  private static boolean strict(CelExpr e) {
    switch (e.exprKind().getKind()) {
      case CALL:
        if (NON_STRICT.contains(e.call().function())) {
          return false;
        }
        if (e.call().target().isPresent() && !strict(e.call().target().get())) {
          return false;
        }
        for (CelExpr a : e.call().args()) {
          if (!strict(a)) {
            return false;
          }
        }
        return true;
      case SELECT:
        return !e.select().testOnly() && strict(e.select().operand());
      case LIST:
        return e.list().elements().stream().allMatch(ConditionCompiler::strict);
      case IDENT:
      case CONSTANT:
        return true;
      default:
        return false;
    }
  }

  private static void collectIds(CelExpr e, Set<Long> ids) {
    ids.add(e.id());
    switch (e.exprKind().getKind()) {
      case CALL:
        e.call().target().ifPresent(t -> collectIds(t, ids));
        e.call().args().forEach(a -> collectIds(a, ids));
        break;
      case SELECT:
        collectIds(e.select().operand(), ids);
        break;
      case LIST:
        e.list().elements().forEach(a -> collectIds(a, ids));
        break;
      case MAP:
        e.map()
            .entries()
            .forEach(
                en -> {
                  collectIds(en.key(), ids);
                  collectIds(en.value(), ids);
                });
        break;
      case COMPREHENSION:
        collectIds(e.comprehension().iterRange(), ids);
        collectIds(e.comprehension().accuInit(), ids);
        collectIds(e.comprehension().loopCondition(), ids);
        collectIds(e.comprehension().loopStep(), ids);
        collectIds(e.comprehension().result(), ids);
        break;
      default:
        break;
    }
  }

  private static void flatten(CelExpr e, String function, List<CelExpr> out) {
    if (e.exprKind().getKind() == CelExpr.ExprKind.Kind.CALL
        && e.call().function().equals(function)) {
      for (CelExpr a : e.call().args()) {
        flatten(a, function, out);
      }
    } else {
      out.add(e);
    }
  }

  private String describe(CelIssue issue, String text) {
    String msg = issue.getMessage();
    int col = issue.getSourceLocation().getColumn();
    if (msg.startsWith("undeclared reference") && col >= 0 && col < text.length()) {
      Matcher m = DOTTED.matcher(text);
      if (m.find(col) && m.start() == col) {
        return "unknown fact or name '"
            + m.group()
            + "' at column "
            + (col + 1)
            + " (see docs/rules.md for the facts a condition may read)";
      }
    }
    return msg + (col >= 0 ? " at column " + (col + 1) : "");
  }
}
