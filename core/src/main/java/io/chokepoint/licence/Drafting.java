package io.chokepoint.licence;

import io.chokepoint.determine.ItemResult;
import io.chokepoint.determine.RegimeDetermination;
import io.chokepoint.transaction.Item;
import io.chokepoint.transaction.Party;
import io.chokepoint.transaction.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The state of one draft being written: the transaction, the regime's answer and the fields. */
final class Drafting {
  final Transaction tx;
  final RegimeDetermination regime;
  final List<DraftField> fields = new ArrayList<>();

  Drafting(Transaction tx, RegimeDetermination regime) {
    this.tx = tx;
    this.regime = regime;
  }

  void put(String name, Object value, String source) {
    fields.add(new DraftField(name, value, source));
  }

  /** The items the regime reaches or may reach, in transaction order. */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    for (Item i : tx.items()) {
      ItemResult r = result(i.id());
      if (r == null || r.reached() == null || !r.reached().isFalse()) {
        out.add(i.id());
      }
    }
    return out;
  }

  /**
   * Puts an item's code (under the given field name), description and quantity.
   *
   * @return the regime's result for the item, or {@code null}
   */
  ItemResult itemBasics(String id, String codeField) {
    Item item = item(id);
    ItemResult ir = result(id);
    String p = "items[" + id + "].";
    put(p + codeField, ir == null ? null : ir.classification(), "the determination");
    put(p + "description", item.description(), "items[" + id + "].description");
    put(p + "quantity", item.quantity(), "items[" + id + "].quantity");
    return ir;
  }

  /** Puts an item's value (unit value x quantity, under the given field name) and currency. */
  void lineValue(String id, String valueField) {
    Item item = item(id);
    String p = "items[" + id + "].";
    put(
        p + valueField,
        item.unitValue() == null
            ? null
            : item.unitValue().amount().multiply(java.math.BigDecimal.valueOf(item.quantity())),
        "unit value x quantity");
    put(
        p + "currency",
        item.unitValue() == null ? null : item.unitValue().currency(),
        "items[" + id + "].unitValue");
  }

  Item item(String id) {
    return tx.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  ItemResult result(String id) {
    return regime.items().stream().filter(r -> r.item().equals(id)).findFirst().orElse(null);
  }

  Optional<Party> party(String role) {
    return tx.parties().stream().filter(p -> p.role().equals(role)).findFirst();
  }

  String name(String role) {
    return party(role).map(Party::name).orElse(null);
  }

  String country(String role) {
    return party(role).map(Party::country).orElse(null);
  }

  String purpose() {
    return tx.endUse() == null ? null : tx.endUse().purpose();
  }

  /**
   * The consignee and end-user fields of a filing that allows one of each: a transaction naming no
   * consignee ships to its end user, which the consignee field then says.
   *
   * @param problems where to say that a party is named more than once
   * @param oneEach whether the filing allows one consignee and one end user only (NAC)
   */
  void parties(List<String> problems, boolean oneEach) {
    List<Party> consignees =
        tx.parties().stream().filter(p -> p.role().equals("consignee")).toList();
    List<Party> endUsers = tx.parties().stream().filter(p -> p.role().equals("end-user")).toList();
    Party consignee =
        !consignees.isEmpty() ? consignees.get(0) : endUsers.isEmpty() ? null : endUsers.get(0);
    String consigneeSource =
        consignees.isEmpty() && consignee != null
            ? "the end user (the transaction names no consignee)"
            : "the consignee";
    put("consignee.name", consignee == null ? null : consignee.name(), consigneeSource);
    put("consignee.country", consignee == null ? null : consignee.country(), consigneeSource);
    Party endUser = endUsers.isEmpty() ? null : endUsers.get(0);
    put("endUser.name", endUser == null ? null : endUser.name(), "the end user");
    put("endUser.country", endUser == null ? null : endUser.country(), "the end user");
    if (oneEach && consignees.size() > 1) {
      problems.add("one consignee per notification; the transaction names " + consignees.size());
    }
    if (oneEach && endUsers.size() > 1) {
      problems.add("one end user per notification; the transaction names " + endUsers.size());
    }
  }
}
