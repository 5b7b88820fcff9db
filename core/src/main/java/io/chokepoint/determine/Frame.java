package io.chokepoint.determine;

import io.chokepoint.rules.Bounds;
import io.chokepoint.rules.Condition;
import io.chokepoint.rules.FactLookup;
import io.chokepoint.rules.PossibleMembers;
import io.chokepoint.rules.Scope;
import io.chokepoint.rules.Truth;
import java.util.Map;

/**
 * The facts one evaluation sees: the regime's constants on the date, the transaction, one item and
 * one party. Lookups go straight to the right layer by the name's prefix.
 */
final class Frame implements FactLookup {
  private final Map<String, Object> constants;
  private final Map<String, Object> tx;
  private final Map<String, Object> item;
  private final Map<String, Object> party;
  private final Remembered remembered;

  /**
   * The results a determination remembered for this frame's item and party, so that explanations
   * need not evaluate again.
   *
   * @param truths the remembered results by condition index and slot
   * @param width the number of party slots (parties + 1)
   * @param item the item's index, or -1
   * @param party the party's index, or -1
   */
  record Remembered(Truth[][] truths, int width, int item, int party) {}

  Frame(
      Map<String, Object> constants,
      Map<String, Object> tx,
      Map<String, Object> item,
      Map<String, Object> party) {
    this(constants, tx, item, party, null);
  }

  Frame(
      Map<String, Object> constants,
      Map<String, Object> tx,
      Map<String, Object> item,
      Map<String, Object> party,
      Remembered remembered) {
    this.constants = constants;
    this.tx = tx;
    this.item = item;
    this.party = party;
    this.remembered = remembered;
  }

  /** The memo slot of a condition for an item and a party: by what the condition reads. */
  static int slot(Condition c, int item, int party, int width) {
    return ((c.reads(Scope.ITEM) ? item : -1) + 1) * width
        + (c.reads(Scope.PARTY) ? party : -1)
        + 1;
  }

  @Override
  public Truth remembered(Condition c) {
    if (remembered == null || c.junction() != Condition.Junction.NONE) {
      return null;
    }
    Truth[] byKey = remembered.truths()[c.index()];
    return byKey == null
        ? null
        : byKey[slot(c, remembered.item(), remembered.party(), remembered.width())];
  }

  @Override
  public Object get(String name) {
    switch (name.charAt(0)) {
      case 'i':
        if (name.startsWith("item.")) {
          return item == null ? null : item.get(name);
        }
        break;
      case 'p':
        if (name.startsWith("party.")) {
          return party == null ? null : party.get(name);
        }
        if (name.startsWith("params.")) {
          return constants.get(name);
        }
        break;
      case 's':
        if (name.startsWith("sets.")) {
          return constants.get(name);
        }
        break;
      default:
        break;
    }
    return tx.get(name);
  }

  /** The key under which an item's facts hold the bounds of an unknown number. */
  static String boundsKey(String fact) {
    return "bounds:" + fact;
  }

  @Override
  public Bounds bounds(String name) {
    if (name.startsWith("item.")) {
      return item == null ? null : (Bounds) item.get(boundsKey(name));
    }
    return party != null && name.startsWith("party.") ? (Bounds) party.get(boundsKey(name)) : null;
  }

  /** The key under which a party's facts hold the sure and possible members of a list fact. */
  static String membersKey(String fact) {
    return switch (fact) {
      case "party.lists" -> LISTS_MEMBERS;
      case "party.listedNames" -> LISTED_NAMES_MEMBERS;
      default -> "members:" + fact;
    };
  }

  // Constant keys: this lookup runs for every unknown party condition.
  private static final String LISTS_MEMBERS = "members:party.lists";
  private static final String LISTED_NAMES_MEMBERS = "members:party.listedNames";

  @Override
  public PossibleMembers possibleMembers(String name) {
    return party != null && name.startsWith("party.")
        ? (PossibleMembers) party.get(membersKey(name))
        : null;
  }

  /** The same frame for another party. */
  Frame withParty(Map<String, Object> otherParty) {
    return new Frame(constants, tx, item, otherParty, null);
  }
}
