package io.chokepoint.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts rule conditions may read in one regime: the built-in transaction, item, party and chip
 * facts, plus the regime's own parameters ({@code params.*}), sets ({@code sets.*}) and declared
 * transaction facts ({@code facts.*}).
 */
public final class Vocabulary {
  private static final List<Fact> BUILT_IN =
      List.of(
          tx("tx.id", FactType.STRING, "the transaction id"),
          tx("tx.date", FactType.STRING, "the transaction date, YYYY-MM-DD"),
          tx("route.from", FactType.STRING, "country the goods leave (ISO 3166-1 alpha-2)"),
          tx("route.to", FactType.STRING, "country of destination"),
          tx("endUse.purpose", FactType.STRING, "the declared end use (endUse.purpose)"),
          tx("endUse.logicNodeNm", FactType.NUMBER, "logic node in nm for logic-ic-production"),
          tx("endUse.memoryLayers", FactType.NUMBER, "memory layers for memory-ic-production"),
          tx("endUse.militaryApplication", FactType.BOOL, "whether the end use is military"),
          tx("exporter.name", FactType.STRING, "name of the party with role exporter"),
          tx("exporter.country", FactType.STRING, "country of the exporter"),
          tx("exporter.headquarters", FactType.STRING, "headquarters country of the exporter"),
          item("item.id", FactType.STRING, "the item id"),
          item("item.description", FactType.STRING, "the item description"),
          item("item.kind", FactType.STRING, "chip, material or other: what the item is"),
          item("item.origin", FactType.STRING, "country where the item was made"),
          item("item.quantity", FactType.NUMBER, "quantity"),
          item("item.value", FactType.NUMBER, "total value: quantity x unit value"),
          item("item.currency", FactType.STRING, "currency of the value"),
          item(
              "item.subjectToEar",
              FactType.BOOL,
              "whether the item is subject to the EAR, when the transaction states it"),
          item(
              "item.subjectToEarStated",
              FactType.BOOL,
              "whether the transaction states item.subjectToEar (a stated answer decides)"),
          item(
              "item.eccn",
              FactType.STRING,
              "US ECCN: the chip classification on the as-of date, a stated classification, or"
                  + " OTHER for a material (not an advanced-computing item)"),
          item(
              "item.classificationRule",
              FactType.STRING,
              "id of the classification entry that decided item.eccn, or 'stated'"),
          item("item.chip.id", FactType.STRING, "catalogue id of the chip ('' for an inline spec)"),
          item("item.chip.name", FactType.STRING, "chip name"),
          item("item.chip.vendor", FactType.STRING, "chip vendor"),
          item("item.chip.family", FactType.STRING, "chip family, e.g. H20"),
          item("item.chip.form", FactType.STRING, "ic, board, system, hbm or logic-die"),
          item("item.chip.tpp", FactType.NUMBER, "total processing performance"),
          item("item.chip.performanceDensity", FactType.NUMBER, "TPP / applicable die area"),
          item("item.chip.datacenter", FactType.BOOL, "designed or marketed for datacenters"),
          item("item.chip.memoryBandwidthGBps", FactType.NUMBER, "DRAM bandwidth in GB/s"),
          item("item.chip.interconnectGBps", FactType.NUMBER, "aggregate bidirectional I/O"),
          item("item.chip.hbmBandwidthDensity", FactType.NUMBER, "HBM GB/s per mm2"),
          item("item.chip.usTechnology", FactType.BOOL, "direct product of US technology"),
          item("item.chip.logicNodeNm", FactType.NUMBER, "process node of a logic die, nm"),
          item("item.chip.nonPlanar", FactType.BOOL, "non-planar (FinFET/GAA) transistors"),
          item("item.chip.transistorsBillions", FactType.NUMBER, "transistor count, billions"),
          item("item.chip.hasHbm", FactType.BOOL, "whether HBM is co-packaged"),
          party("party.role", FactType.STRING, "the party's role"),
          party("party.name", FactType.STRING, "the party's name"),
          party("party.country", FactType.STRING, "the party's country"),
          party(
              "party.headquarters",
              FactType.STRING,
              "country of headquarters or of the ultimate parent"),
          party("party.militaryEndUser", FactType.BOOL, "whether the party is a military end user"),
          party(
              "party.lists",
              FactType.STRING_LIST,
              "restricted-party lists the party is on: those stated and those its names hit"),
          party(
              "party.listedNames",
              FactType.STRING_LIST,
              "the party's name and the names of the list entries its names hit"),
          party(
              "party.listedOwnershipShare",
              FactType.NUMBER,
              "aggregate share (0..1) owned by listed parties, from parties[].owners"),
          party(
              "party.listedOwnerLists",
              FactType.STRING_LIST,
              "the lists the party's listed owners are on"),
          chip("chip.id", FactType.STRING, "catalogue id ('' for an inline spec)"),
          chip("chip.name", FactType.STRING, "chip name"),
          chip("chip.vendor", FactType.STRING, "vendor"),
          chip("chip.form", FactType.STRING, "ic, board, system, hbm or logic-die"),
          chip("chip.tpp", FactType.NUMBER, "total processing performance"),
          chip("chip.performanceDensity", FactType.NUMBER, "TPP / applicable die area"),
          chip("chip.datacenter", FactType.BOOL, "designed or marketed for datacenters"),
          chip("chip.memoryBandwidthGBps", FactType.NUMBER, "DRAM bandwidth in GB/s"),
          chip("chip.interconnectGBps", FactType.NUMBER, "aggregate bidirectional I/O in GB/s"),
          chip("chip.hbmBandwidthDensity", FactType.NUMBER, "HBM bandwidth / package area"),
          chip("chip.logicNodeNm", FactType.NUMBER, "process node of a logic die, nm"),
          chip("chip.nonPlanar", FactType.BOOL, "non-planar (FinFET/GAA) transistors"),
          chip("chip.transistorsBillions", FactType.NUMBER, "transistor count, billions"),
          chip("chip.hasHbm", FactType.BOOL, "whether HBM is co-packaged"),
          material(
              "material.element", FactType.STRING, "the element's symbol, e.g. Dy (graphite is C)"),
          material(
              "material.form",
              FactType.STRING,
              "ore, concentrate, metal, alloy, oxide, compound, target, magnet or other"),
          material("material.purity", FactType.NUMBER, "purity as a fraction"),
          material(
              "material.contains",
              FactType.STRING_LIST,
              "other elements contained, e.g. [Nd, Fe, B, Dy]"),
          material(
              "material.compound",
              FactType.STRING,
              "chemical formula of a compound, '' if not given"),
          material(
              "material.magnet",
              FactType.STRING,
              "magnet type, e.g. NdFeB or SmCo ('' if not a magnet)"),
          material(
              "material.product",
              FactType.STRING,
              "deep-processed product category, '' for the material itself"),
          material(
              "material.graphite",
              FactType.STRING,
              "graphite grade: artificial, natural-flake, spherical, expanded"),
          material("material.strengthMPa", FactType.NUMBER, "strength of graphite in MPa"),
          material("material.densityGcm3", FactType.NUMBER, "density of graphite in g/cm3"),
          item(
              "item.cnCodes",
              FactType.STRING_LIST,
              "PRC control codes of the item on the as-of date (CN-ECL classification or stated)"),
          item("item.material.element", FactType.STRING, "the material's element"),
          item("item.material.form", FactType.STRING, "the material's form"),
          item(
              "item.madeWithChineseRareEarthTechnology",
              FactType.BOOL,
              "made abroad with Chinese rare-earth technology"),
          chip("dd.exporterRole", FactType.STRING, "front-end-fabricator, osat or other"),
          chip("dd.approvedIcDesigner", FactType.BOOL, "consignee is an approved IC designer"),
          chip("dd.designerAttests", FactType.BOOL, "the designer attests below thresholds"),
          chip("dd.packagedBy", FactType.STRING, "front-end-fabricator, approved-osat or other"),
          chip("dd.packagedIn", FactType.STRING, "country where the die is packaged"),
          chip("dd.transistorCountVerified", FactType.BOOL, "final transistor count verified"));

  private final Map<String, Fact> facts;

  private Vocabulary(Map<String, Fact> facts) {
    this.facts = Collections.unmodifiableMap(facts);
  }

  /**
   * Builds the vocabulary of a regime.
   *
   * @param parameters the regime's parameter names
   * @param sets the regime's set names
   * @param declared the regime's declared transaction facts ({@code facts.*}), by short name
   */
  public static Vocabulary of(
      Collection<String> parameters, Collection<String> sets, Map<String, Fact> declared) {
    return of(parameters, sets, declared, List.of());
  }

  /**
   * Builds the vocabulary of a regime with content shares.
   *
   * @param shares the names of the content shares the regime's packs declare ({@code item.share.*})
   */
  public static Vocabulary of(
      Collection<String> parameters,
      Collection<String> sets,
      Map<String, Fact> declared,
      Collection<String> shares) {
    Map<String, Fact> m = new LinkedHashMap<>();
    for (Fact f : BUILT_IN) {
      m.put(f.name(), f);
    }
    for (String p : parameters) {
      m.put("params." + p, new Fact("params." + p, FactType.NUMBER, Scope.CONSTANT, "parameter"));
    }
    for (String s : sets) {
      m.put("sets." + s, new Fact("sets." + s, FactType.STRING_SET, Scope.CONSTANT, "set"));
    }
    for (Fact f : declared.values()) {
      m.put(f.name(), f);
    }
    for (String share : shares) {
      String n = "item.share." + share;
      m.put(
          n,
          new Fact(
              n,
              FactType.NUMBER,
              Scope.ITEM,
              "content share "
                  + share
                  + " of the item's value, 0 to 1, from its bill of materials"));
    }
    return new Vocabulary(m);
  }

  /** The built-in facts, for documentation. */
  public static List<Fact> builtIn() {
    return BUILT_IN;
  }

  /** Every fact, by dotted name. */
  public Map<String, Fact> facts() {
    return facts;
  }

  /** The fact with that dotted name. */
  public Optional<Fact> find(String name) {
    return Optional.ofNullable(facts.get(name));
  }

  private static Fact tx(String n, FactType t, String d) {
    return new Fact(n, t, Scope.TRANSACTION, d);
  }

  private static Fact item(String n, FactType t, String d) {
    return new Fact(n, t, Scope.ITEM, d);
  }

  private static Fact party(String n, FactType t, String d) {
    return new Fact(n, t, Scope.PARTY, d);
  }

  private static Fact chip(String n, FactType t, String d) {
    return new Fact(n, t, Scope.CHIP, d);
  }

  private static Fact material(String n, FactType t, String d) {
    return new Fact(n, t, Scope.MATERIAL, d);
  }
}
