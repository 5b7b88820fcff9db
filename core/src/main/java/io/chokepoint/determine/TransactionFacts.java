package io.chokepoint.determine;

import io.chokepoint.classify.ChipClassification;
import io.chokepoint.classify.ChipClassifier;
import io.chokepoint.rules.Bounds;
import io.chokepoint.rules.PossibleMembers;
import io.chokepoint.transaction.Item;
import io.chokepoint.transaction.Owner;
import io.chokepoint.transaction.Party;
import io.chokepoint.transaction.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts of one transaction as rule conditions read them: one map for the transaction, one per
 * item (with the item's US classification on the date) and one per party. A fact that the
 * transaction does not give is absent, so that it reads as unknown.
 */
final class TransactionFacts {
  /** The US-EAR code of an item that is a material: not an advanced-computing item. */
  static final String OTHER = "OTHER";

  final Map<String, Object> tx;
  final List<ItemFacts> items;
  final List<PartyFacts> parties;

  /** One item's facts and how its classification was reached. */
  record ItemFacts(
      Item item,
      Map<String, Object> facts,
      String kind,
      ChipClassification chip,
      String basis,
      List<String> warnings,
      ContentFacts.Result content) {}

  /** One party's facts, and its screening when parties were screened (else {@code null}). */
  record PartyFacts(Party party, Map<String, Object> facts, PartyScreen screen) {}

  private TransactionFacts(
      Map<String, Object> tx, List<ItemFacts> items, List<PartyFacts> parties) {
    this.tx = tx;
    this.items = items;
    this.parties = parties;
  }

  static TransactionFacts of(Transaction t, LocalDate asOf, Classifiers classifiers) {
    return of(t, asOf, classifiers, List.of());
  }

  static TransactionFacts of(
      Transaction t, LocalDate asOf, Classifiers classifiers, List<PartyScreen> screens) {
    Map<String, Object> tx = new HashMap<>(32);
    tx.put("tx.id", t.id());
    tx.put("tx.date", t.date().toString());
    tx.put("route.from", t.route().from());
    tx.put("route.to", t.route().to());
    if (t.endUse() != null) {
      put(tx, "endUse.purpose", t.endUse().purpose());
      put(tx, "endUse.logicNodeNm", t.endUse().logicNodeNm());
      put(tx, "endUse.memoryLayers", t.endUse().memoryLayers());
      put(tx, "endUse.militaryApplication", t.endUse().militaryApplication());
    }
    t.exporter()
        .ifPresent(
            e -> {
              tx.put("exporter.name", e.name());
              tx.put("exporter.country", e.country());
              put(tx, "exporter.headquarters", e.headquarters());
            });
    t.facts().forEach((k, v) -> tx.put("facts." + k, v));
    List<ItemFacts> items = new ArrayList<>();
    for (Item i : t.items()) {
      items.add(item(i, asOf, classifiers));
    }
    List<PartyFacts> parties = new ArrayList<>();
    for (int i = 0; i < t.parties().size(); i++) {
      Party p = t.parties().get(i);
      PartyScreen screen = i < screens.size() ? screens.get(i) : null;
      parties.add(new PartyFacts(p, party(p, screen), screen));
    }
    return new TransactionFacts(
        java.util.Collections.unmodifiableMap(tx), List.copyOf(items), List.copyOf(parties));
  }

  private static ItemFacts item(Item i, LocalDate asOf, Classifiers classifiers) {
    ChipClassifier us = classifiers.chips();
    Map<String, Object> m = new HashMap<>(64);
    List<String> warnings = new ArrayList<>();
    m.put("item.id", i.id());
    put(m, "item.description", i.description());
    m.put("item.quantity", i.quantity());
    String origin = i.origin() != null ? i.origin() : (i.chip() == null ? null : i.chip().origin());
    put(m, "item.origin", origin);
    if (i.unitValue() != null) {
      m.put(
          "item.value",
          i.unitValue().amount().multiply(BigDecimal.valueOf(i.quantity())).doubleValue());
      m.put("item.currency", i.unitValue().currency());
    }
    put(m, "item.subjectToEar", i.subjectToEar());
    m.put("item.subjectToEarStated", i.subjectToEar() != null);
    String kind = i.chip() != null ? "chip" : i.material() != null ? "material" : "other";
    m.put("item.kind", kind);
    ChipClassification chip = null;
    String eccn = null;
    String basis;
    if (i.chip() != null && us == null) {
      basis = "not classified: the rule book has no US-EAR regime";
    } else if (i.chip() != null) {
      chip = us.classify(i.chip(), asOf);
      m.putAll(us.itemFacts(i.chip(), asOf));
      put(m, "item.chip.usTechnology", i.chip().usTechnology());
      put(m, "item.chip.family", i.chip().family());
      if (chip.datacenter() != null) {
        m.put("item.chip.datacenter", chip.datacenter());
      }
      if (chip.known()) {
        eccn = chip.eccn();
      }
      basis =
          chip.decidedBy() != null
              ? chip.decidedBy()
              : (chip.known() ? "no entry holds" : "unknown");
    } else if (i.material() != null) {
      eccn = OTHER;
      basis = "material: not an advanced-computing item";
    } else {
      basis = "not stated";
    }
    String stated = i.classification().get("US-EAR");
    if (stated != null) {
      if (eccn != null && !stated.equals(eccn)) {
        warnings.add(
            "item "
                + i.id()
                + ": the stated US-EAR classification "
                + stated
                + " differs from the computed "
                + eccn
                + "; the stated one is used");
      }
      eccn = stated;
      basis = "stated";
    }
    put(m, "item.eccn", eccn);
    if (eccn != null) {
      // An unclassified item's basis is unknown too, so rules keyed on it do not silently fail.
      m.put("item.classificationRule", basis);
    }
    ContentFacts.Result content = ContentFacts.add(m, i, asOf, classifiers);
    return new ItemFacts(
        i, java.util.Collections.unmodifiableMap(m), kind, chip, basis, warnings, content);
  }

  private static Map<String, Object> party(Party p, PartyScreen screen) {
    Map<String, Object> m = new HashMap<>();
    m.put("party.role", p.role());
    m.put("party.name", p.name());
    m.put("party.country", p.country());
    put(m, "party.headquarters", p.headquarters());
    put(m, "party.militaryEndUser", p.militaryEndUser());
    listFacts(m, p, screen);
    if (p.owners() != null) {
      ownerFacts(m, p.owners(), screen == null ? List.of() : screen.owners());
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The share of the party its listed owners hold, and their lists: an owner is listed when it
   * states a list or its name hits one. An owner with only a possible match leaves the share
   * between the sure share and the sure share plus its own, and the lists with possible members, so
   * that only the answers it could change become indeterminate.
   */
  private static void ownerFacts(Map<String, Object> m, List<Owner> owners, List<OwnerScreen> s) {
    double sure = 0;
    double maybe = 0;
    Set<String> lists = new LinkedHashSet<>();
    Set<String> possible = new LinkedHashSet<>();
    for (int k = 0; k < owners.size(); k++) {
      Owner o = owners.get(k);
      Set<String> own = new LinkedHashSet<>(o.lists());
      Set<String> ownPossible = new LinkedHashSet<>();
      if (k < s.size()) {
        own.addAll(s.get(k).lists(ScreeningBand.HIT));
        ownPossible.addAll(s.get(k).lists(ScreeningBand.POSSIBLE));
      }
      ownPossible.removeAll(own);
      if (!own.isEmpty()) {
        sure += o.share();
      } else if (!ownPossible.isEmpty()) {
        maybe += o.share();
      }
      lists.addAll(own);
      possible.addAll(ownPossible);
    }
    possible.removeAll(lists);
    if (maybe == 0) {
      m.put("party.listedOwnershipShare", sure);
    } else {
      m.put(Frame.boundsKey("party.listedOwnershipShare"), new Bounds(sure, sure + maybe));
    }
    if (possible.isEmpty()) {
      m.put("party.listedOwnerLists", List.copyOf(lists));
    } else {
      m.put(
          Frame.membersKey("party.listedOwnerLists"),
          new PossibleMembers(List.copyOf(lists), List.copyOf(possible)));
    }
  }

  /**
   * The lists a party is on (those it states and those its names hit) and the names it is listed
   * under. A possible match leaves both facts unknown, with their sure and possible members, so
   * that only the conditions the possible lists could change become indeterminate.
   */
  private static void listFacts(Map<String, Object> m, Party p, PartyScreen screen) {
    if (screen == null || screen.hits().isEmpty()) {
      // The common case, on every determination's path: only what the party states.
      m.put("party.lists", p.lists());
      m.put("party.listedNames", List.of(p.name()));
      return;
    }
    Set<String> lists = new LinkedHashSet<>(p.lists());
    lists.addAll(screen.lists(ScreeningBand.HIT));
    Set<String> names = new LinkedHashSet<>(List.of(p.name()));
    names.addAll(screen.entryNames(ScreeningBand.HIT));
    Set<String> possibleLists = screen.lists(ScreeningBand.POSSIBLE);
    possibleLists.removeAll(lists);
    Set<String> possibleNames = screen.entryNames(ScreeningBand.POSSIBLE);
    possibleNames.removeAll(names);
    if (possibleLists.isEmpty()) {
      m.put("party.lists", List.copyOf(lists));
      m.put("party.listedNames", List.copyOf(names));
    } else {
      m.put(
          Frame.membersKey("party.lists"),
          new PossibleMembers(List.copyOf(lists), List.copyOf(possibleLists)));
      m.put(
          Frame.membersKey("party.listedNames"),
          new PossibleMembers(List.copyOf(names), List.copyOf(possibleNames)));
    }
  }

  private static void put(Map<String, Object> m, String k, Object v) {
    if (v != null) {
      m.put(k, v);
    }
  }
}
