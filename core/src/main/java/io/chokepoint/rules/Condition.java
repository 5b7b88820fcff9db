package io.chokepoint.rules;

import dev.cel.runtime.CelAttribute;
import dev.cel.runtime.CelAttributePattern;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelUnknownSet;
import dev.cel.runtime.CelVariableResolver;
import dev.cel.runtime.PartialVars;
import dev.cel.runtime.Program;
import io.chokepoint.source.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A compiled CEL condition over facts. It is compiled once when the rule book loads and evaluated
 * with three-valued logic: a fact that is not known makes the result unknown unless the rest of the
 * expression decides it (CEL's {@code &&} and {@code ||} absorb unknowns when the other side is
 * decisive).
 */
public final class Condition {
  private final String source;
  private final Position position;
  private final Program program;
  private final List<String> facts;
  private final CelAttributePattern[] patterns;
  private final Map<CelAttribute, String> attributeNames;
  private final Set<Scope> scopes;
  private final List<Comparison> comparisons;
  private final Junction junction;
  private final List<Condition> parts;
  private final boolean readsParty;
  private final boolean readsItem;
  private final int index;
  private final Set<String> boundable;
  private final boolean strict;

  Condition(
      String source,
      Position position,
      Program program,
      List<String> facts,
      Set<Scope> scopes,
      List<Comparison> comparisons,
      Junction junction,
      List<Condition> parts,
      int index,
      Set<String> boundable,
      boolean strict) {
    this.source = source;
    this.position = position;
    this.program = program;
    this.facts = List.copyOf(facts);
    this.patterns = new CelAttributePattern[this.facts.size()];
    Map<CelAttribute, String> names = new HashMap<>();
    for (int i = 0; i < patterns.length; i++) {
      patterns[i] = CelAttributePattern.fromQualifiedIdentifier(this.facts.get(i));
      names.put(CelAttribute.fromQualifiedIdentifier(this.facts.get(i)), this.facts.get(i));
    }
    // CelAttribute.toString checks every qualifier with a regular expression: too slow to name
    // the missing facts of every unknown result.
    this.attributeNames = Map.copyOf(names);
    this.scopes = Set.copyOf(scopes);
    this.comparisons = List.copyOf(comparisons);
    this.junction = junction;
    this.parts = List.copyOf(parts);
    this.readsParty = scopes.contains(Scope.PARTY);
    this.readsItem = scopes.contains(Scope.ITEM);
    this.index = index;
    this.boundable = Set.copyOf(boundable);
    this.strict = strict;
  }

  /** How a condition splits at its top level, so that its parts can be evaluated one by one. */
  public enum Junction {
    /** Not split. */
    NONE,
    /** A conjunction: every part must hold. */
    AND,
    /** A disjunction: some part must hold. */
    OR
  }

  /** The top-level junction of the condition. */
  public Junction junction() {
    return junction;
  }

  /**
   * The operands of the top-level junction, each compiled on its own (empty for {@link
   * Junction#NONE}). Evaluating the parts in order with Kleene logic gives the same answer as the
   * whole; a part that decides stops the evaluation, and parts shared by several rules are
   * evaluated once.
   */
  public List<Condition> parts() {
    return parts;
  }

  /** The same condition written at another position; it shares this one's program. */
  Condition at(Position other) {
    return new Condition(
        source,
        other,
        program,
        facts,
        scopes,
        comparisons,
        junction,
        parts,
        index,
        boundable,
        strict);
  }

  /**
   * A dense index shared by every condition of the regime with the same text, for remembering
   * evaluations within one determination; below {@link Regime#conditionCount()}.
   */
  public int index() {
    return index;
  }

  /** The CEL text as written in the pack. */
  public String source() {
    return source;
  }

  /** Where the condition is written. */
  public Position position() {
    return position;
  }

  /** The facts the condition reads, in first-use order. */
  public List<String> facts() {
    return facts;
  }

  /** The scopes of the facts it reads; decides per-item or per-party evaluation. */
  public Set<Scope> scopes() {
    return scopes;
  }

  /** Whether the condition reads any fact of the scope. */
  public boolean reads(Scope scope) {
    if (scope == Scope.PARTY) {
      return readsParty;
    }
    if (scope == Scope.ITEM) {
      return readsItem;
    }
    return scopes.contains(scope);
  }

  /** The relational tests in the condition, for explanations. */
  public List<Comparison> comparisons() {
    return comparisons;
  }

  /**
   * The number facts whose every use in the condition is a comparison with a parameter or a number,
   * so that the condition is constant between those values: an unknown fact with {@link Bounds} can
   * then be decided by trying the bounds and the values compared with.
   */
  public Set<String> boundable() {
    return boundable;
  }

  /**
   * Evaluates the condition. A junction is evaluated operand by operand with Kleene logic (the same
   * answer as the whole, as CEL's {@code &&} and {@code ||} are commutative over unknowns and
   * errors). When an operand's result is unknown only for numbers whose {@link FactLookup#bounds
   * bounds} are known and that the condition only compares with parameters or numbers, the
   * condition is evaluated at the bounds and on each side of every value they are compared with; if
   * every such point gives the same answer, that is the answer, since the condition cannot change
   * between them.
   *
   * @param lookup the facts; an absent fact is unknown
   * @return true, false, or unknown with the missing facts that mattered
   */
  public Truth evaluate(FactLookup lookup) {
    if (junction != Junction.NONE) {
      // Operand by operand, stopping at the first that decides: cheaper than the whole program,
      // which must first mark every absent fact of every operand as unknown.
      return byParts(lookup);
    }
    Truth t = evaluateAsGiven(lookup);
    if (t.isUnknown()
        && t.error() == null
        && !boundable.isEmpty()
        && !t.missing().isEmpty()
        && boundable.containsAll(t.missing())) {
      Truth within = withinBounds(lookup, List.copyOf(t.missing()));
      if (within != null) {
        return within;
      }
    }
    if (t.isUnknown() && t.error() == null && readsParty && !t.missing().isEmpty()) {
      Truth chosen = overPossibleMembers(lookup, List.copyOf(t.missing()));
      if (chosen != null) {
        return chosen;
      }
    }
    return t;
  }

  /**
   * Evaluates the condition for every choice of the possible members of the missing list facts.
   * Exhaustive, so sound for any condition: if every choice gives the same answer, the members in
   * doubt cannot change it.
   */
  private Truth overPossibleMembers(FactLookup lookup, List<String> names) {
    List<PossibleMembers> sets = new ArrayList<>(names.size());
    int bits = 0;
    for (String name : names) {
      PossibleMembers m = lookup.possibleMembers(name);
      if (m == null) {
        return null;
      }
      sets.add(m);
      bits += m.possible().size();
    }
    if (bits > PossibleMembers.MAX_POSSIBLE) {
      return null;
    }
    Truth first = null;
    for (int choice = 0; choice < (1 << bits); choice++) {
      Map<String, Object> values = new HashMap<>();
      int bit = 0;
      for (int i = 0; i < names.size(); i++) {
        List<String> members = new ArrayList<>(sets.get(i).known());
        for (String p : sets.get(i).possible()) {
          if ((choice & (1 << bit++)) != 0) {
            members.add(p);
          }
        }
        values.put(names.get(i), List.copyOf(members));
      }
      FactLookup point =
          name -> {
            Object v = values.get(name);
            return v != null ? v : lookup.get(name);
          };
      Truth t = evaluateAsGiven(point);
      if (t.isUnknown() || (first != null && t.value() != first.value())) {
        return null;
      }
      first = t;
    }
    return first;
  }

  private Truth byParts(FactLookup lookup) {
    Truth.Value decisive = junction == Junction.OR ? Truth.Value.TRUE : Truth.Value.FALSE;
    Truth acc = junction == Junction.OR ? Truth.FALSE : Truth.TRUE;
    Truth error = null;
    for (Condition part : parts) {
      Truth t = part.evaluate(lookup);
      if (t.value() == decisive) {
        return t;
      }
      if (t.error() != null) {
        // As in CEL, an error is absorbed by a later operand that decides.
        error = error == null ? t : error;
      } else {
        acc = junction == Junction.OR ? acc.or(t) : acc.and(t);
      }
    }
    return error != null ? error : acc;
  }

  private static final int MAX_POINTS = 4096;

  private Truth withinBounds(FactLookup lookup, List<String> names) {
    List<double[]> points = new ArrayList<>(names.size());
    long combinations = 1;
    for (String name : names) {
      Bounds b = lookup.bounds(name);
      if (b == null) {
        return null;
      }
      TreeSet<Double> p = new TreeSet<>(List.of(b.min(), b.max()));
      for (Comparison c : comparisons) {
        Double v = c.comparedWith(name, lookup);
        if (v != null) {
          for (double x : new double[] {v, Math.nextDown(v), Math.nextUp(v)}) {
            if (x >= b.min() && x <= b.max()) {
              p.add(x);
            }
          }
        }
      }
      points.add(p.stream().mapToDouble(Double::doubleValue).toArray());
      combinations *= p.size();
      if (combinations > MAX_POINTS) {
        return null;
      }
    }
    Object[] values = new Object[names.size()];
    Truth first = null;
    int[] at = new int[names.size()];
    while (true) {
      for (int i = 0; i < values.length; i++) {
        values[i] = points.get(i)[at[i]];
      }
      FactLookup point =
          name -> {
            int i = names.indexOf(name);
            return i >= 0 ? values[i] : lookup.get(name);
          };
      Truth t = evaluateAsGiven(point);
      if (t.isUnknown() || (first != null && t.value() != first.value())) {
        return null;
      }
      first = t;
      int i = 0;
      while (i < at.length && ++at[i] == points.get(i).length) {
        at[i++] = 0;
      }
      if (i == at.length) {
        return first;
      }
    }
  }

  private Truth evaluateAsGiven(FactLookup lookup) {
    if (program == null) {
      return byParts(lookup);
    }
    CelVariableResolver resolver = name -> Optional.ofNullable(CelLists.adapt(lookup.get(name)));
    List<CelAttributePattern> unknown = null;
    for (int i = 0; i < patterns.length; i++) {
      if (lookup.get(facts.get(i)) == null) {
        if (unknown == null) {
          unknown = new ArrayList<>(2);
        }
        unknown.add(patterns[i]);
      }
    }
    if (unknown != null && strict) {
      // Every operation is strict, so CEL would answer unknown with exactly these facts.
      Set<String> missing = new TreeSet<>();
      for (int i = 0; i < patterns.length; i++) {
        if (lookup.get(facts.get(i)) == null) {
          missing.add(facts.get(i));
        }
      }
      return Truth.unknown(missing);
    }
    try {
      Object result =
          unknown == null
              ? program.eval(resolver)
              : program.eval(PartialVars.of(resolver, unknown));
      if (result instanceof Boolean b) {
        return Truth.of(b);
      }
      if (result instanceof CelUnknownSet u) {
        Set<String> missing = new TreeSet<>();
        for (CelAttribute a : u.attributes()) {
          String name = attributeNames.get(a);
          missing.add(name != null ? name : a.toString());
        }
        return Truth.unknown(missing);
      }
      return Truth.error("condition gave " + result + " instead of true or false");
    } catch (CelEvaluationException e) {
      return Truth.error(e.getMessage());
    }
  }

  /**
   * Renders the comparisons that decide the condition, with their values, for the trace: of a
   * disjunction that holds, the first operand that holds; of a conjunction that fails, the first
   * operand that fails; of an unknown disjunction, the operands left unknown; otherwise every
   * comparison.
   */
  public List<String> explain(FactLookup lookup) {
    List<String> out = new ArrayList<>(comparisons.size());
    explain(lookup, out);
    return out;
  }

  /** The truth for the facts: remembered if it was, else from the operands or evaluated. */
  private Truth truth(FactLookup lookup) {
    if (junction == Junction.NONE) {
      Truth r = lookup.remembered(this);
      return r != null ? r : evaluate(lookup);
    }
    Truth.Value decisive = junction == Junction.OR ? Truth.Value.TRUE : Truth.Value.FALSE;
    Set<String> missing = new TreeSet<>();
    for (Condition part : parts) {
      Truth t = part.truth(lookup);
      if (t.value() == decisive) {
        return t;
      }
      if (t.isUnknown()) {
        missing.addAll(t.missing());
      }
    }
    if (missing.isEmpty()) {
      return junction == Junction.OR ? Truth.FALSE : Truth.TRUE;
    }
    return Truth.unknown(missing);
  }

  /** Explains the condition, evaluating each operand at most once. */
  private void explain(FactLookup lookup, List<String> out) {
    if (junction == Junction.NONE) {
      comparisons.forEach(c -> out.add(c.explain(lookup)));
      return;
    }
    Truth.Value decisive = junction == Junction.OR ? Truth.Value.TRUE : Truth.Value.FALSE;
    Truth[] truths = new Truth[parts.size()];
    boolean unknown = false;
    for (int i = 0; i < truths.length; i++) {
      truths[i] = parts.get(i).truth(lookup);
      if (truths[i].value() == decisive) {
        parts.get(i).explain(lookup, out);
        return;
      }
      unknown |= truths[i].isUnknown();
    }
    for (int i = 0; i < truths.length; i++) {
      // Of an undecided disjunction, the operands that are false did not matter.
      if (!unknown || junction == Junction.AND || truths[i].isUnknown()) {
        parts.get(i).explain(lookup, out);
      }
    }
  }

  @Override
  public String toString() {
    return source;
  }
}
