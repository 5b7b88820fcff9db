package io.chokepoint.bench;

import io.chokepoint.classify.ChipCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the project's rule book and chip catalogue for the benchmarks. */
final class Bench {
  private Bench() {}

  /**
   * The project root: the {@code chokepoint.home} property, else the first parent with
   * regulations/.
   */
  static Path home() {
    String p = System.getProperty("chokepoint.home");
    if (p != null && Files.isDirectory(Path.of(p, "regulations"))) {
      return Path.of(p);
    }
    Path d = Path.of("").toAbsolutePath();
    while (d != null && !Files.isDirectory(d.resolve("regulations"))) {
      d = d.getParent();
    }
    if (d == null) {
      throw new IllegalStateException("run from the project or set -Dchokepoint.home");
    }
    return d;
  }

  static ChipCatalogue catalogue() {
    return ChipCatalogue.load(home().resolve("data/chips.yaml"));
  }

  /** A three-item shipment of accelerators from the US to a buyer in Shanghai. */
  static final String THREE_ITEMS =
      String.join(
          "\n",
          "id: BENCH-3",
          "date: 2026-02-15",
          "route: {from: US, to: CN}",
          "parties:",
          "  - {role: exporter, name: NVIDIA Corporation, country: US, headquarters: US}",
          "  - {role: consignee, name: Shanghai Yunhai Datacenter Co. Ltd., country: CN, headquarters: CN}",
          "  - {role: end-user, name: Hangzhou Xiyun Cloud Computing Co. Ltd., country: CN, headquarters: CN}",
          "endUse: {purpose: datacenter}",
          "facts: {usCommerciallyAvailable: true, usSupplySufficient: true, chinaVolumeWithinHalfOfUs: true,",
          "  noProhibitedEndUse: true, consigneeKycScreening: true, usThirdPartyTesting: true}",
          "items:",
          "  - {id: L1, quantity: 8, unitValue: {amount: 25000, currency: USD}, chip: H100 SXM}",
          "  - {id: L2, quantity: 100, unitValue: {amount: 12000, currency: USD}, chip: H20}",
          "  - {id: L3, quantity: 50, unitValue: {amount: 1800, currency: USD}, chip: RTX 4090}",
          "");
}
