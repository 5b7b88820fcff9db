package io.chokepoint.cli;

import io.chokepoint.classify.ChipCatalogue;
import io.chokepoint.golden.RuleBookActivator;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the CLI finds its rule packs, chip catalogue and database: {@code --home}, else the {@code
 * chokepoint.home} property (set by {@code bin/chokepoint}), else the {@code CHOKEPOINT_HOME}
 * environment variable, else the working directory.
 */
final class Home {
  private final Path home;
  private final Path rules;
  private final Path chips;
  private RuleBookActivator.Activated activated;
  private ChipCatalogue catalogue;

  Home(Path home, Path rules, Path chips) {
    this.home = home != null ? home : defaultHome();
    this.rules = rules != null ? rules : this.home.resolve("regulations");
    this.chips = chips != null ? chips : this.home.resolve("data/chips.yaml");
  }

  private static Path defaultHome() {
    String p = System.getProperty("chokepoint.home");
    if (p == null || p.isBlank()) {
      p = System.getenv("CHOKEPOINT_HOME");
    }
    return (p == null || p.isBlank()) ? Path.of("").toAbsolutePath() : Path.of(p);
  }

  Path rulesDir() {
    return rules;
  }

  /** The default database directory: {@code var/} under the home. */
  Path storeDir() {
    return home.resolve("var");
  }

  synchronized ChipCatalogue catalogue() {
    if (catalogue == null) {
      catalogue = Files.exists(chips) ? ChipCatalogue.load(chips) : ChipCatalogue.empty();
    }
    return catalogue;
  }

  /** The rule book, loaded and activated against its golden cases on first use. */
  synchronized RuleBookActivator.Activated engine() {
    if (activated == null) {
      activated = RuleBookActivator.activate(rules, catalogue());
    }
    return activated;
  }
}
