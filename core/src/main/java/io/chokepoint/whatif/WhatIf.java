package io.chokepoint.whatif;

import io.chokepoint.content.Money;
import io.chokepoint.determine.Determination;
import io.chokepoint.determine.DeterminationDiff;
import io.chokepoint.determine.OfferedException;
import io.chokepoint.determine.RegimeDetermination;
import io.chokepoint.determine.RuleResult;
import io.chokepoint.licence.Balance;
import io.chokepoint.licence.LicenceLine;
import io.chokepoint.licence.LicenceMatcher;
import io.chokepoint.licence.Shortfall;
import io.chokepoint.transaction.Item;
import io.chokepoint.transaction.Transaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs a scenario over orders, one order at a time: each order is composed into a transaction under
 * each side's catalogue, determined under each side's rule book and date, and the answers are
 * compared. {@link #run} looks at nothing but the order and this object's immutable state, so
 * orders can be run in any order, on any thread or in any partition; what depends on several orders
 * (totals, licence exhaustion) is a separate sum over the results ({@link Exposure}).
 */
public final class WhatIf {
  /** Shortfalls that say how much is left, not whether the licence fits the line at all. */
  private static final Set<Shortfall.Kind> AMOUNTS =
      EnumSet.of(
          Shortfall.Kind.QUANTITY_EXHAUSTED,
          Shortfall.Kind.NOT_ENOUGH_QUANTITY,
          Shortfall.Kind.VALUE_EXHAUSTED,
          Shortfall.Kind.NOT_ENOUGH_VALUE,
          Shortfall.Kind.SHARE_CAP_EXCEEDED);

  private final Scenario scenario;
  private final Variant baseline;
  private final Variant changed;
  private final OrderBook parties;
  private final List<LicenceMatcher.Standing> licences;

  /**
   * Creates a run.
   *
   * @param scenario the scenario, for the report
   * @param baseline the baseline side
   * @param changed the scenario side
   * @param parties the exporters and customers the orders name (the orders themselves are not used)
   * @param licences the licences whose exhaustion to report, with their balances; may be empty
   */
  public WhatIf(
      Scenario scenario,
      Variant baseline,
      Variant changed,
      OrderBook parties,
      List<LicenceMatcher.Standing> licences) {
    this.scenario = Objects.requireNonNull(scenario);
    this.baseline = Objects.requireNonNull(baseline);
    this.changed = Objects.requireNonNull(changed);
    this.parties = parties.withOrders(List.of());
    this.licences = List.copyOf(licences);
  }

  /** The scenario. */
  public Scenario scenario() {
    return scenario;
  }

  /** The baseline side. */
  public Variant baseline() {
    return baseline;
  }

  /** The scenario side. */
  public Variant changed() {
    return changed;
  }

  /** The licences with their balances. */
  public List<LicenceMatcher.Standing> licences() {
    return licences;
  }

  /** The transaction an order ships as under the baseline. */
  public Transaction baselineTransaction(Order order) {
    return OrderComposer.compose(order, parties, baseline.catalogue());
  }

  /** The transaction an order ships as under the scenario. */
  public Transaction scenarioTransaction(Order order) {
    return changed.catalogue() == baseline.catalogue()
        ? baselineTransaction(order)
        : OrderComposer.compose(order, parties, changed.catalogue());
  }

  /**
   * What the scenario does to one order.
   *
   * @param order the order; its exporter, customer and products must be in this run's order book
   *     and catalogues
   * @return the result, with every regime whose answer changes
   */
  public OrderResult run(Order order) {
    Transaction tb = baselineTransaction(order);
    Transaction ts = changed.catalogue() == baseline.catalogue() ? tb : scenarioTransaction(order);
    Determination b = baseline.determiner().determine(tb, baseline.asOf());
    Determination s = changed.determiner().determine(ts, changed.asOf());
    List<RegimeChange> changes = new ArrayList<>();
    List<String> diff = List.of();
    if (!sameAnswers(b, s)) {
      for (RegimeDetermination rb : b.regimes()) {
        RegimeDetermination rs = s.regime(rb.regime());
        if (!sameAnswer(rb, rs)) {
          changes.add(change(rb, rs));
        }
      }
      List<String> words = new ArrayList<>(DeterminationDiff.answerChanges(b, s));
      DeterminationDiff.identityChanges(b, s).forEach(i -> words.add("identity " + i));
      diff = words;
    }
    List<LicenceDemand> demand = new ArrayList<>();
    if (!licences.isEmpty()) {
      demand.addAll(demand(tb, b, false));
      demand.addAll(demand(ts, s, true));
    }
    String customerName = parties.customer(order.customer()).map(p -> p.name()).orElse(null);
    return new OrderResult(
        order.id(),
        order.date(),
        order.customer(),
        customerName,
        order.to(),
        lines(order, tb),
        b.asOf(),
        s.asOf(),
        b.overall(),
        s.overall(),
        changes,
        diff,
        demand);
  }

  private static List<OrderResult.Line> lines(Order order, Transaction t) {
    List<OrderResult.Line> out = new ArrayList<>();
    for (int k = 0; k < order.lines().size(); k++) {
      Order.Line l = order.lines().get(k);
      Item i = t.items().get(k); // the composer keeps the order's line order
      BigDecimal q = units(BigDecimal.valueOf(l.quantity()));
      Money unit = i.unitValue();
      out.add(
          new OrderResult.Line(
              l.id(),
              l.sku(),
              i.description(),
              q,
              unit == null ? null : unit.amount().multiply(q),
              unit == null ? null : unit.currency()));
    }
    return out;
  }

  /** A quantity without trailing zeros and without an exponent: 10, not 1E+1. */
  private static BigDecimal units(BigDecimal q) {
    BigDecimal s = q.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  // ---- comparing answers ----

  /** Whether every regime gives the same outcome, review and firing rules. */
  static boolean sameAnswers(Determination a, Determination b) {
    if (a.overall() != b.overall() || a.regimes().size() != b.regimes().size()) {
      return false;
    }
    for (RegimeDetermination ra : a.regimes()) {
      if (!sameAnswer(ra, b.regime(ra.regime()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameAnswer(RegimeDetermination a, RegimeDetermination b) {
    return a.outcome() == b.outcome() && a.review() == b.review() && fired(a).equals(fired(b));
  }

  private static Set<String> fired(RegimeDetermination r) {
    Set<String> out = new TreeSet<>();
    for (RuleResult rr : r.rules()) {
      if (rr.fired()) {
        out.add(rr.rule().id());
      }
    }
    return out;
  }

  private static RegimeChange change(RegimeDetermination b, RegimeDetermination s) {
    Map<String, RuleResult> rulesB = rules(b);
    Map<String, RuleResult> rulesS = rules(s);
    List<RegimeChange.RuleShift> started = new ArrayList<>();
    List<RegimeChange.RuleShift> stopped = new ArrayList<>();
    for (RuleResult r : s.rules()) {
      if (r.fired() && !fired(rulesB.get(r.rule().id()))) {
        started.add(shift(r, rulesB.get(r.rule().id())));
      }
    }
    for (RuleResult r : b.rules()) {
      if (r.fired() && !fired(rulesS.get(r.rule().id()))) {
        stopped.add(shift(r, rulesS.get(r.rule().id())));
      }
    }
    return new RegimeChange(
        b.regime(),
        ChangeKind.of(b.outcome(), s.outcome(), b.review() == s.review()),
        answer(b),
        answer(s),
        started,
        stopped);
  }

  private static boolean fired(RuleResult r) {
    return r != null && r.fired();
  }

  private static Map<String, RuleResult> rules(RegimeDetermination r) {
    Map<String, RuleResult> out = new LinkedHashMap<>();
    r.rules().forEach(rr -> out.put(rr.rule().id(), rr));
    return out;
  }

  private static RegimeChange.Answer answer(RegimeDetermination r) {
    return new RegimeChange.Answer(
        r.outcome(),
        r.review() == null ? null : r.review().name(),
        r.reviewBy(),
        r.missingFacts(),
        r.warnings(),
        r.exceptions().stream().map(OfferedException::id).toList());
  }

  private static RegimeChange.RuleShift shift(RuleResult fired, RuleResult other) {
    return new RegimeChange.RuleShift(
        fired.rule().id(),
        fired.rule().title(),
        fired.rule().citation().shortForm(),
        fired.why(),
        other == null ? "not in the rule book" : other.why());
  }

  // ---- licences ----

  private List<LicenceDemand> demand(Transaction t, Determination d, boolean scenarioSide) {
    List<LicenceDemand> out = new ArrayList<>();
    for (Item i : t.items()) {
      LicenceLine line = LicenceLine.of(t, d, i.id());
      if (line.requiredUnder().isEmpty()) {
        continue;
      }
      for (LicenceMatcher.Standing s : licences) {
        boolean fits =
            LicenceMatcher.shortfalls(s.licence(), Balance.ZERO, line).stream()
                .allMatch(f -> AMOUNTS.contains(f.kind()));
        if (fits) {
          out.add(
              new LicenceDemand(
                  s.licence().number(),
                  scenarioSide,
                  t.id(),
                  i.id(),
                  units(line.quantity()),
                  line.value() == null ? null : line.value().amount(),
                  line.value() == null ? null : line.value().currency()));
        }
      }
    }
    return out;
  }
}
