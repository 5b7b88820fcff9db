package io.chokepoint.whatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.chokepoint.content.Money;
import io.chokepoint.determine.Determination;
import io.chokepoint.determine.DeterminationDiff;
import io.chokepoint.determine.DeterminationJson;
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

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

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
      Map<String, Object> jb = DeterminationJson.toMap(b);
      Map<String, Object> js = DeterminationJson.toMap(s);
      for (RegimeDetermination rb : b.regimes()) {
        RegimeDetermination rs = s.regime(rb.regime());
        if (!sameAnswer(rb, rs)) {
          changes.add(change(rb, rs, rules(jb, rb.regime()), rules(js, rb.regime())));
        }
      }
      DeterminationDiff d = DeterminationDiff.between(line(jb), line(js));
      List<String> words = new ArrayList<>(d.answer());
      d.identities().forEach(i -> words.add("identity " + i));
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

  private static RegimeChange change(
      RegimeDetermination b,
      RegimeDetermination s,
      Map<String, Map<String, Object>> rulesB,
      Map<String, Map<String, Object>> rulesS) {
    Set<String> firedB = fired(b);
    Set<String> firedS = fired(s);
    List<RegimeChange.RuleShift> started = new ArrayList<>();
    List<RegimeChange.RuleShift> stopped = new ArrayList<>();
    for (String id : firedS) {
      if (!firedB.contains(id)) {
        started.add(shift(rulesS.get(id), rulesB.get(id)));
      }
    }
    for (String id : firedB) {
      if (!firedS.contains(id)) {
        stopped.add(shift(rulesB.get(id), rulesS.get(id)));
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

  private static RegimeChange.Answer answer(RegimeDetermination r) {
    return new RegimeChange.Answer(
        r.outcome(),
        r.review() == null ? null : r.review().name(),
        r.reviewBy(),
        r.missingFacts(),
        r.warnings(),
        r.exceptions().stream().map(OfferedException::id).toList());
  }

  private static RegimeChange.RuleShift shift(
      Map<String, Object> fired, Map<String, Object> other) {
    return new RegimeChange.RuleShift(
        String.valueOf(fired.get("id")),
        String.valueOf(fired.get("title")),
        String.valueOf(fired.get("citation")),
        String.valueOf(fired.get("why")),
        other == null ? "not in the rule book" : String.valueOf(other.get("why")));
  }

  /** A regime's rules as the JSON answer writes them, by id. */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> rules(Map<String, Object> json, String regime) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    for (Object r : (List<Object>) json.get("regimes")) {
      Map<String, Object> m = (Map<String, Object>) r;
      if (regime.equals(m.get("regime"))) {
        for (Object rule : (List<Object>) m.get("rules")) {
          Map<String, Object> rm = (Map<String, Object>) rule;
          out.put(String.valueOf(rm.get("id")), rm);
        }
      }
    }
    return out;
  }

  private static String line(Map<String, Object> json) {
    try {
      return JSON.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a determination as JSON", e);
    }
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
