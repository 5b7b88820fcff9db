package io.chokepoint.whatif;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BinaryOperator;

/**
 * The sums over per-order results that a what-if report is made of: how many orders change, what is
 * at stake by regime, review policy, customer, product and destination, and what each licence would
 * be asked for. It is the only place where orders meet: {@link #of} sums results, {@link #merge}
 * adds two sums (associative and commutative, so partitions may be summed in any order).
 *
 * @param orders the orders run
 * @param totalValue the value of every order run
 * @param changedOrders the orders whose answer changes under some regime
 * @param changes the changed answers (order and regime), by kind
 * @param total the orders at stake and in doubt, each counted once
 * @param byRegime per regime, the orders that newly need its licence (or are prohibited by it) and
 *     those it leaves open
 * @param byReview per regime and review policy ({@code CN-ECL CASE_BY_CASE}), the orders that newly
 *     need a licence with that review
 * @param byCustomer per customer ({@code name (id)})
 * @param byProduct per product SKU, with the value of its lines only
 * @param byCountry per destination country
 * @param productNames each SKU's description, for labels
 * @param licenceDemand per licence number, what both sides would draw on it
 * @param changed every changed order's result, sorted by order id
 */
public record Exposure(
    int orders,
    Amounts totalValue,
    int changedOrders,
    Map<ChangeKind, Integer> changes,
    Stake total,
    Map<String, Stake> byRegime,
    Map<String, Stake> byReview,
    Map<String, Stake> byCustomer,
    Map<String, Stake> byProduct,
    Map<String, Stake> byCountry,
    Map<String, String> productNames,
    Map<String, Demand> licenceDemand,
    List<OrderResult> changed)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Nothing run. */
  public static final Exposure NONE =
      new Exposure(
          0,
          Amounts.NONE,
          0,
          Map.of(),
          Stake.NONE,
          Map.of(),
          Map.of(),
          Map.of(),
          Map.of(),
          Map.of(),
          Map.of(),
          Map.of(),
          List.of());

  public Exposure {
    changes = copy(changes);
    byRegime = copy(byRegime);
    byReview = copy(byReview);
    byCustomer = copy(byCustomer);
    byProduct = copy(byProduct);
    byCountry = copy(byCountry);
    productNames = copy(productNames);
    licenceDemand = copy(licenceDemand);
    List<OrderResult> sorted = new ArrayList<>(changed);
    sorted.sort(Comparator.comparing(OrderResult::order));
    changed = List.copyOf(sorted);
  }

  private static <K, V> Map<K, V> copy(Map<K, V> m) {
    return m.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(m));
  }

  /**
   * What one licence would be asked for on each side: the units and value of the lines that need a
   * licence it could cover.
   *
   * @param baselineQuantity units under the baseline
   * @param baselineValue value under the baseline
   * @param scenarioQuantity units under the scenario
   * @param scenarioValue value under the scenario
   * @param newOrders the orders that ask for it under the scenario only
   */
  public record Demand(
      BigDecimal baselineQuantity,
      Amounts baselineValue,
      BigDecimal scenarioQuantity,
      Amounts scenarioValue,
      SortedSet<String> newOrders)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    public Demand {
      newOrders = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(newOrders));
    }

    Demand plus(Demand o) {
      SortedSet<String> orders = new TreeSet<>(newOrders);
      orders.addAll(o.newOrders);
      return new Demand(
          baselineQuantity.add(o.baselineQuantity),
          baselineValue.plus(o.baselineValue),
          scenarioQuantity.add(o.scenarioQuantity),
          scenarioValue.plus(o.scenarioValue),
          orders);
    }
  }

  /**
   * Sums per-order results.
   *
   * @param results the results, in any order
   * @return their sum
   */
  public static Exposure of(Iterable<OrderResult> results) {
    Sums s = new Sums();
    for (OrderResult r : results) {
      s.add(r);
    }
    return s.exposure();
  }

  /**
   * Adds two sums, e.g. of two partitions.
   *
   * @param other the other sum
   * @return the sum of both
   */
  public Exposure merge(Exposure other) {
    List<OrderResult> all = new ArrayList<>(changed);
    all.addAll(other.changed);
    Map<ChangeKind, Integer> kinds = new EnumMap<>(ChangeKind.class);
    kinds.putAll(changes);
    other.changes.forEach((k, v) -> kinds.merge(k, v, Integer::sum));
    return new Exposure(
        orders + other.orders,
        totalValue.plus(other.totalValue),
        changedOrders + other.changedOrders,
        kinds,
        total.plus(other.total),
        merged(byRegime, other.byRegime, Stake::plus),
        merged(byReview, other.byReview, Stake::plus),
        merged(byCustomer, other.byCustomer, Stake::plus),
        merged(byProduct, other.byProduct, Stake::plus),
        merged(byCountry, other.byCountry, Stake::plus),
        merged(productNames, other.productNames, (a, b) -> a),
        merged(licenceDemand, other.licenceDemand, Demand::plus),
        all);
  }

  private static <V> Map<String, V> merged(
      Map<String, V> a, Map<String, V> b, BinaryOperator<V> plus) {
    Map<String, V> m = new TreeMap<>(a);
    b.forEach((k, v) -> m.merge(k, v, plus));
    return m;
  }

  /** The running sums of {@link #of}. */
  private static final class Sums {
    int orders;
    Amounts totalValue = Amounts.NONE;
    int changedOrders;
    final Map<ChangeKind, Integer> changes = new EnumMap<>(ChangeKind.class);
    Stake total = Stake.NONE;
    final Map<String, Stake> byRegime = new TreeMap<>();
    final Map<String, Stake> byReview = new TreeMap<>();
    final Map<String, Stake> byCustomer = new TreeMap<>();
    final Map<String, Stake> byProduct = new TreeMap<>();
    final Map<String, Stake> byCountry = new TreeMap<>();
    final Map<String, String> productNames = new TreeMap<>();
    final Map<String, Demand> licenceDemand = new TreeMap<>();
    final List<OrderResult> changed = new ArrayList<>();

    void add(OrderResult r) {
      orders++;
      Amounts value = r.value();
      totalValue = totalValue.plus(value);
      demand(r);
      if (!r.changed()) {
        return;
      }
      changedOrders++;
      changed.add(r);
      for (RegimeChange c : r.changes()) {
        changes.merge(c.kind(), 1, Integer::sum);
        if (c.kind().atStake() || c.kind() == ChangeKind.NEWLY_INDETERMINATE) {
          boolean doubt = !c.kind().atStake();
          byRegime.merge(c.regime(), Stake.of(doubt, value), Stake::plus);
          if (!doubt) {
            String review = c.after().review() != null ? c.after().review() : "PROHIBITED";
            byReview.merge(c.regime() + " " + review, Stake.of(false, value), Stake::plus);
          }
        }
      }
      if (!r.atStake() && !r.inDoubt()) {
        return;
      }
      boolean doubt = r.inDoubt();
      total = total.plus(Stake.of(doubt, value));
      String customer =
          (r.customerName() == null ? "" : r.customerName() + " ") + "(" + r.customer() + ")";
      byCustomer.merge(customer, Stake.of(doubt, value), Stake::plus);
      byCountry.merge(r.destination(), Stake.of(doubt, value), Stake::plus);
      Map<String, Amounts> perProduct = new TreeMap<>();
      for (OrderResult.Line l : r.lines()) {
        perProduct.merge(l.sku(), Amounts.of(l.value(), l.currency()), Amounts::plus);
        if (l.description() != null) {
          productNames.putIfAbsent(l.sku(), l.description());
        }
      }
      perProduct.forEach((sku, v) -> byProduct.merge(sku, Stake.of(doubt, v), Stake::plus));
    }

    private void demand(OrderResult r) {
      Map<String, Demand> mine = new TreeMap<>();
      java.util.Set<String> before = new java.util.HashSet<>();
      r.demand().stream().filter(d -> !d.scenario()).forEach(d -> before.add(d.licence()));
      for (LicenceDemand d : r.demand()) {
        Amounts v = Amounts.of(d.value(), d.currency());
        SortedSet<String> fresh = new TreeSet<>();
        if (d.scenario() && !before.contains(d.licence())) {
          fresh.add(r.order());
        }
        Demand one =
            d.scenario()
                ? new Demand(BigDecimal.ZERO, Amounts.NONE, d.quantity(), v, fresh)
                : new Demand(d.quantity(), v, BigDecimal.ZERO, Amounts.NONE, fresh);
        mine.merge(d.licence(), one, Demand::plus);
      }
      mine.forEach((k, v) -> licenceDemand.merge(k, v, Demand::plus));
    }

    Exposure exposure() {
      return new Exposure(
          orders,
          totalValue,
          changedOrders,
          changes,
          total,
          byRegime,
          byReview,
          byCustomer,
          byProduct,
          byCountry,
          productNames,
          licenceDemand,
          changed);
    }
  }
}
