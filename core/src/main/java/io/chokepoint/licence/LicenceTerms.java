package io.chokepoint.licence;

import io.chokepoint.content.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an application asks the authority to license: the licence without its number, dates and
 * status, which the authority gives when it approves.
 *
 * @param kind the kind of licence asked for
 * @param holder the applicant
 * @param items the items
 * @param consignees the consignees
 * @param endUsers the end users
 * @param countries the destinations
 * @param quantity the units asked for, or {@code null}
 * @param value the value asked for, or {@code null}
 */
public record LicenceTerms(
    LicenceKind kind,
    String holder,
    List<CoveredItem> items,
    List<NamedParty> consignees,
    List<NamedParty> endUsers,
    Set<String> countries,
    BigDecimal quantity,
    Money value) {
  public LicenceTerms {
    if (quantity != null && quantity.signum() < 0) {
      throw new IllegalArgumentException("a quantity limit must not be negative");
    }
    if (value != null && value.amount().signum() < 0) {
      throw new IllegalArgumentException("a value limit must not be negative");
    }
    items = List.copyOf(items);
    consignees = List.copyOf(consignees);
    endUsers = List.copyOf(endUsers);
    countries = Set.copyOf(countries);
  }

  /**
   * The licence the authority grants on these terms.
   *
   * @param number the licence number the authority gave
   * @param validFrom its first day
   * @param validTo its last day
   * @param application the application's id
   * @param conditions the conditions the authority attached
   * @throws IllegalArgumentException if the terms cover no item or the dates are out of order
   */
  public Licence grant(
      String number,
      LocalDate validFrom,
      LocalDate validTo,
      String application,
      List<LicenceCondition> conditions) {
    return new Licence(
        number, this, validFrom, validTo, conditions, application, LicenceStatus.ACTIVE);
  }
}
