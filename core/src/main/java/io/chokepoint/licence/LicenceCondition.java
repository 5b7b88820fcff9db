package io.chokepoint.licence;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A condition a licence carries. The set is closed: a rider is text for a person to observe, and a
 * share cap is arithmetic the engine checks on every drawdown.
 */
public sealed interface LicenceCondition permits LicenceCondition.Rider, LicenceCondition.ShareCap {

  /** The condition as one line for a person. */
  String describe();

  /**
   * A rider or proviso, shown with every match and drawdown and never evaluated: "no re-export
   * without prior authorisation", "report each shipment within 10 working days".
   *
   * @param text the rider as the authority wrote it
   */
  record Rider(String text) implements LicenceCondition {
    public Rider {
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("a rider needs its text");
      }
    }

    @Override
    public String describe() {
      return text;
    }
  }

  /**
   * An aggregate share cap: what is drawn under the licence to the capped countries must stay at or
   * below {@code share} times the reference shipments. The 91 FR 1684 certification that aggregate
   * China and Macau shipments stay at or below 50% of US shipments is {@code capped: [CN, MO],
   * share: 0.5, reference: [US]}. The reference shipments are what the company shipped of the
   * covered items to the reference countries, summed by the store from recorded shipments.
   *
   * @param id the cap's id, unique within the licence (balances are kept per cap)
   * @param measure whether quantities or values are compared
   * @param capped the destinations whose drawdowns count against the cap
   * @param share the largest allowed ratio of capped drawdowns to reference shipments, in (0, 1] or
   *     above
   * @param reference the destinations of the reference shipments
   * @param citation where the cap comes from, or {@code null}
   */
  record ShareCap(
      String id,
      Measure measure,
      Set<String> capped,
      BigDecimal share,
      Set<String> reference,
      String citation)
      implements LicenceCondition {
    public ShareCap {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("a share cap needs an id");
      }
      if (share == null || share.signum() <= 0) {
        throw new IllegalArgumentException("a share cap's share must be positive");
      }
      capped = Set.copyOf(capped);
      reference = Set.copyOf(reference);
      if (capped.isEmpty() || reference.isEmpty()) {
        throw new IllegalArgumentException("a share cap names capped and reference countries");
      }
    }

    /** The most that may be drawn to the capped countries given the reference shipments. */
    public BigDecimal allowance(BigDecimal referenceShipped) {
      return referenceShipped.multiply(share);
    }

    @Override
    public String describe() {
      return measure.code()
          + " drawn to "
          + String.join("/", new java.util.TreeSet<>(capped))
          + " at most "
          + share.stripTrailingZeros().toPlainString()
          + " x "
          + measure.code()
          + " shipped to "
          + String.join("/", new java.util.TreeSet<>(reference))
          + (citation == null ? "" : " (" + citation + ")");
    }
  }

  /** What a share cap compares. */
  enum Measure {
    /** Units. */
    QUANTITY,
    /** Value in the licence's currency. */
    VALUE;

    /** How files spell it. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
