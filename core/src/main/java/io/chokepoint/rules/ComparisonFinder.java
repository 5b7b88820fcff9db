package io.chokepoint.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelReference;
import io.chokepoint.rules.Comparison.Operand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the comparisons in a checked condition, for explanations (each with its operands), and the
 * number facts used only in comparisons with parameters or numbers, which {@link Bounds} can
 * decide.
 */
final class ComparisonFinder {
  private static final Map<String, String> OPERATORS =
      Map.of(
          "_>=_", ">=", "_>_", ">", "_<=_", "<=", "_<_", "<", "_==_", "==", "_!=_", "!=", "@in",
          "in");

  private final Vocabulary vocabulary;

  ComparisonFinder(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The relational tests of an expression, and the true-or-false facts tested on their own. */
  List<Comparison> find(CelAbstractSyntaxTree ast, CelExpr expr) {
    List<Comparison> out = new ArrayList<>();
    collectComparisons(ast, expr, out);
    return out;
  }

  private static final Set<String> ORDERINGS = Set.of(">=", ">", "<=", "<", "==", "!=");

  /**
   * The number facts that the expression uses only in comparisons with a parameter or a number
   * literal: between the values they are compared with, the expression cannot change.
   */
  Set<String> boundable(CelAbstractSyntaxTree ast, Set<Long> ids, List<Comparison> comparisons) {
    java.util.Map<String, Integer> uses = new java.util.HashMap<>();
    for (Long id : ids) {
      Optional<CelReference> r = ast.getReference(id);
      if (r.isPresent()) {
        vocabulary
            .find(r.get().name())
            .filter(f -> f.type() == FactType.NUMBER && !f.name().startsWith("params."))
            .ifPresent(f -> uses.merge(f.name(), 1, Integer::sum));
      }
    }
    java.util.Map<String, Integer> compared = new java.util.HashMap<>();
    for (Comparison c : comparisons) {
      if (c.right() == null || !ORDERINGS.contains(c.operator())) {
        continue;
      }
      countIfAgainstConstant(c.left(), c.right(), compared);
      countIfAgainstConstant(c.right(), c.left(), compared);
    }
    Set<String> out = new java.util.HashSet<>();
    uses.forEach(
        (name, n) -> {
          if (n.equals(compared.get(name))) {
            out.add(name);
          }
        });
    return out;
  }

  private static void countIfAgainstConstant(
      Comparison.Operand fact, Comparison.Operand other, java.util.Map<String, Integer> counts) {
    if (fact.fact() != null
        && (other.literal() instanceof Double
            || (other.fact() != null && other.fact().startsWith("params.")))) {
      counts.merge(fact.fact(), 1, Integer::sum);
    }
  }

  private void collectComparisons(CelAbstractSyntaxTree ast, CelExpr e, List<Comparison> out) {
    Optional<CelReference> ref = ast.getReference(e.id());
    if (ref.isPresent()
        && vocabulary.find(ref.get().name()).map(f -> f.type() == FactType.BOOL).orElse(false)) {
      // A true-or-false fact tested on its own is shown with its value too.
      out.add(Comparison.value(Operand.fact(ref.get().name())));
      return;
    }
    switch (e.exprKind().getKind()) {
      case CALL:
        {
          String op = OPERATORS.get(e.call().function());
          if (op != null && e.call().args().size() == 2) {
            Operand l = operand(ast, e.call().args().get(0));
            Operand r = operand(ast, e.call().args().get(1));
            if (l != null && r != null && (l.fact() != null || r.fact() != null)) {
              out.add(new Comparison(op, l, r));
              return;
            }
          }
          e.call().target().ifPresent(t -> collectComparisons(ast, t, out));
          for (CelExpr a : e.call().args()) {
            collectComparisons(ast, a, out);
          }
          return;
        }
      case LIST:
        for (CelExpr a : e.list().elements()) {
          collectComparisons(ast, a, out);
        }
        return;
      case COMPREHENSION:
        collectComparisons(ast, e.comprehension().iterRange(), out);
        collectComparisons(ast, e.comprehension().loopStep(), out);
        return;
      default:
        return;
    }
  }

  private Operand operand(CelAbstractSyntaxTree ast, CelExpr e) {
    Optional<CelReference> ref = ast.getReference(e.id());
    if (ref.isPresent() && vocabulary.find(ref.get().name()).isPresent()) {
      return Operand.fact(ref.get().name());
    }
    switch (e.exprKind().getKind()) {
      case CONSTANT:
        return constant(e.constant());
      case LIST:
        {
          List<String> values = new ArrayList<>();
          for (CelExpr el : e.list().elements()) {
            Operand o = operand(ast, el);
            if (o == null || !(o.literal() instanceof String s)) {
              return null;
            }
            values.add(s);
          }
          return Operand.literal(List.copyOf(values), values.toString());
        }
      default:
        return null;
    }
  }

  private static Operand constant(CelConstant c) {
    switch (c.getKind()) {
      case STRING_VALUE:
        return Operand.literal(c.stringValue(), "'" + c.stringValue() + "'");
      case DOUBLE_VALUE:
        return Operand.literal(c.doubleValue(), Comparison.number(c.doubleValue()));
      case INT64_VALUE:
        return Operand.literal((double) c.int64Value(), Long.toString(c.int64Value()));
      case BOOLEAN_VALUE:
        return Operand.literal(c.booleanValue(), Boolean.toString(c.booleanValue()));
      default:
        return null;
    }
  }
}
