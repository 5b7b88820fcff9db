package io.chokepoint.licence;

import io.chokepoint.content.Money;
import io.chokepoint.determine.Determination;
import io.chokepoint.determine.ItemResult;
import io.chokepoint.determine.Outcome;
import io.chokepoint.determine.RegimeDetermination;
import io.chokepoint.transaction.Item;
import io.chokepoint.transaction.Party;
import io.chokepoint.transaction.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A transaction line as licences see it: what the item is under each regime, how much, for whom,
 * where and when, and which regimes require a licence for it.
 *
 * @param transaction the transaction id
 * @param line the item id
 * @param date the shipment date
 * @param destination the destination country
 * @param description the item's description, for licences that cover items by description
 * @param codes per regime, the item's known control codes (several for a PRC material)
 * @param quantity the units
 * @param value the value of the line, or {@code null} when the item has no unit value
 * @param consignee the consignee, or {@code null} when the transaction names none
 * @param endUser the end user, or {@code null} when the transaction names none
 * @param requiredUnder the regimes whose outcome for the transaction is LICENSE_REQUIRED
 */
public record LicenceLine(
    String transaction,
    String line,
    LocalDate date,
    String destination,
    String description,
    Map<String, List<String>> codes,
    BigDecimal quantity,
    Money value,
    NamedParty consignee,
    NamedParty endUser,
    Set<String> requiredUnder) {
  public LicenceLine {
    codes = Map.copyOf(new TreeMap<>(codes));
    requiredUnder = Set.copyOf(requiredUnder);
  }

  /** Codes a regime leaves open or finds uncontrolled do not identify an item. */
  private static final Set<String> NOT_CODES = Set.of("UNKNOWN", "NONE", "EAR99");

  /**
   * The line of a transaction item as its determination sees it. Where the transaction names no
   * consignee, the end user is taken as the consignee too: the goods go to it directly.
   *
   * @param tx the transaction
   * @param determination its determination
   * @param itemId the item's id
   * @throws IllegalArgumentException if the transaction has no such item, or the determination is
   *     of another transaction
   */
  public static LicenceLine of(Transaction tx, Determination determination, String itemId) {
    if (!tx.id().equals(determination.transaction())) {
      throw new IllegalArgumentException(
          "the determination is of " + determination.transaction() + ", not " + tx.id());
    }
    Item item =
        tx.items().stream()
            .filter(i -> i.id().equals(itemId))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "transaction " + tx.id() + " has no line " + itemId));
    Map<String, List<String>> codes = new TreeMap<>();
    Set<String> required = new TreeSet<>();
    for (RegimeDetermination r : determination.regimes()) {
      if (r.outcome() == Outcome.LICENSE_REQUIRED) {
        required.add(r.regime());
      }
      for (ItemResult ir : r.items()) {
        if (ir.item().equals(itemId) && ir.classification() != null) {
          List<String> list = new ArrayList<>();
          for (String c : ir.classification().split(",")) {
            String code = c.trim();
            if (!code.isEmpty() && !NOT_CODES.contains(code)) {
              list.add(code);
            }
          }
          if (!list.isEmpty()) {
            codes.put(r.regime(), list);
          }
        }
      }
    }
    BigDecimal quantity = BigDecimal.valueOf(item.quantity()).stripTrailingZeros();
    Money value =
        item.unitValue() == null
            ? null
            : new Money(item.unitValue().amount().multiply(quantity), item.unitValue().currency());
    NamedParty endUser = party(tx, "end-user");
    NamedParty consignee = party(tx, "consignee");
    return new LicenceLine(
        tx.id(),
        itemId,
        tx.date(),
        tx.route().to(),
        item.description(),
        codes,
        quantity,
        value,
        consignee != null ? consignee : endUser,
        endUser,
        required);
  }

  private static NamedParty party(Transaction tx, String role) {
    for (Party p : tx.parties()) {
      if (p.role().equals(role)) {
        return new NamedParty(p.name(), p.country(), p.otherNames());
      }
    }
    return null;
  }

  /** The same line with another quantity and value, as a drawdown asks for it. */
  public LicenceLine withAmounts(BigDecimal newQuantity, Money newValue) {
    return new LicenceLine(
        transaction,
        line,
        date,
        destination,
        description,
        codes,
        newQuantity,
        newValue,
        consignee,
        endUser,
        requiredUnder);
  }
}
