package io.chokepoint.licence;

import io.chokepoint.content.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A licence or authorisation to export: its terms (what it covers, to whom and where, how much),
 * when it may be used, on which conditions, and whether it is in force. An empty list of
 * consignees, end users or countries means the licence does not restrict them (a general licence
 * may name no end user); an absent limit means no limit.
 *
 * @param number the licence number, unique in the store
 * @param terms what it licenses
 * @param validFrom the first day it may be used
 * @param validTo the last day it may be used
 * @param conditions its riders and share caps
 * @param application the id of the application it came from, or {@code null}
 * @param status whether it is in force
 */
public record Licence(
    String number,
    LicenceTerms terms,
    LocalDate validFrom,
    LocalDate validTo,
    List<LicenceCondition> conditions,
    String application,
    LicenceStatus status) {
  public Licence {
    conditions = List.copyOf(conditions);
    if (number == null || number.isBlank()) {
      throw new IllegalArgumentException("a licence needs a number");
    }
    if (terms.items().isEmpty()) {
      throw new IllegalArgumentException("licence " + number + " covers no item");
    }
    if (validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException("licence " + number + " ends before it starts");
    }
  }

  /** What kind of authorisation it is. */
  public LicenceKind kind() {
    return terms.kind();
  }

  /** The authority that granted it. */
  public Authority authority() {
    return terms.kind().authority();
  }

  /** Who holds it. */
  public String holder() {
    return terms.holder();
  }

  /** What it covers. */
  public List<CoveredItem> items() {
    return terms.items();
  }

  /** The consignees it names; empty: any. */
  public List<NamedParty> consignees() {
    return terms.consignees();
  }

  /** The end users it names; empty: any. */
  public List<NamedParty> endUsers() {
    return terms.endUsers();
  }

  /** The destinations it covers; empty: any. */
  public Set<String> countries() {
    return terms.countries();
  }

  /** The most units it covers, or {@code null} for no limit. */
  public BigDecimal quantityLimit() {
    return terms.quantity();
  }

  /** The most value it covers, or {@code null} for no limit. */
  public Money valueLimit() {
    return terms.value();
  }

  /** The share caps among its conditions. */
  public List<LicenceCondition.ShareCap> shareCaps() {
    return conditions.stream()
        .filter(LicenceCondition.ShareCap.class::isInstance)
        .map(LicenceCondition.ShareCap.class::cast)
        .toList();
  }

  /** The riders among its conditions, as text. */
  public List<String> riders() {
    return conditions.stream()
        .filter(LicenceCondition.Rider.class::isInstance)
        .map(LicenceCondition::describe)
        .toList();
  }

  /** The same licence with another status. */
  public Licence withStatus(LicenceStatus newStatus) {
    return new Licence(number, terms, validFrom, validTo, conditions, application, newStatus);
  }
}
