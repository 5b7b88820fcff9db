package io.chokepoint.determine;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the names of missing facts, as conditions read them, into the paths a user fills in: {@code
 * party.headquarters} for party "Acme" becomes {@code parties[Acme].headquarters}, and {@code
 * item.eccn} for an unclassifiable chip becomes the chip fields that are missing.
 */
final class MissingFacts {
  private static final Map<String, String> CHIP_FIELDS =
      Map.ofEntries(
          Map.entry("item.chip.tpp", "chip.throughput"),
          Map.entry("item.chip.performanceDensity", "chip.dieAreaMm2"),
          Map.entry("item.chip.datacenter", "chip.datacenter"),
          Map.entry("item.chip.memoryBandwidthGBps", "chip.memoryBandwidthGBps"),
          Map.entry("item.chip.interconnectGBps", "chip.interconnectGBps"),
          Map.entry("item.chip.hbmBandwidthDensity", "chip.hbm"),
          Map.entry("item.chip.usTechnology", "chip.usTechnology"),
          Map.entry("item.chip.logicNodeNm", "chip.die.nodeNm"),
          Map.entry("item.chip.nonPlanar", "chip.die.nonPlanar"),
          Map.entry("item.chip.transistorsBillions", "chip.die.transistorsBillions"),
          Map.entry("item.chip.hasHbm", "chip.die.hbm"),
          Map.entry("item.chip.vendor", "chip.vendor"),
          Map.entry("item.chip.family", "chip.family"));

  private MissingFacts() {}

  /**
   * Names the missing facts of one evaluation.
   *
   * @param names the fact names as conditions read them
   * @param item the item's facts, or {@code null}
   * @param party the party's name, or {@code null}
   */
  static Set<String> name(Set<String> names, TransactionFacts.ItemFacts item, String party) {
    Set<String> out = new TreeSet<>();
    for (String n : names) {
      if (n.startsWith("item.") && item != null) {
        String prefix = "items[" + item.item().id() + "].";
        if (n.startsWith("item.share.")) {
          io.chokepoint.content.ContentShare share =
              item.content() == null
                  ? null
                  : item.content().shares().get(n.substring("item.share.".length()));
          if (item.item().bom().isEmpty()) {
            out.add(prefix + "bom");
          } else if (item.item().unitValue() == null) {
            out.add(prefix + "unitValue");
          } else if (share != null) {
            share.missing().forEach(p -> out.add(prefix + p));
          } else {
            out.add(prefix + "bom");
          }
        } else if (n.equals("item.cnCodes")) {
          if (item.content() != null && item.content().material() != null) {
            item.content()
                .material()
                .missingFacts()
                .forEach(f -> out.add(prefix + "material." + f));
          } else {
            out.add(prefix + "classification.CN-ECL");
          }
        } else if (n.equals("item.eccn") || n.equals("item.classificationRule")) {
          if (item.chip() != null && !item.chip().missingFacts().isEmpty()) {
            item.chip().missingFacts().forEach(f -> out.add(prefix + "chip." + f));
          } else {
            out.add(prefix + "classification.US-EAR");
          }
        } else if (CHIP_FIELDS.containsKey(n)) {
          out.add(prefix + CHIP_FIELDS.get(n));
        } else {
          out.add(prefix + n.substring("item.".length()));
        }
      } else if (n.startsWith("party.") && party != null) {
        String field = n.substring("party.".length());
        if (field.startsWith("listedOwner")) {
          field = "owners";
        }
        out.add("parties[" + party + "]." + field);
      } else if (n.startsWith("exporter.")) {
        out.add("parties[role=exporter]");
      } else {
        out.add(n);
      }
    }
    return out;
  }
}
