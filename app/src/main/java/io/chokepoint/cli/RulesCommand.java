package io.chokepoint.cli;

import io.chokepoint.golden.RuleBookActivator;
import io.chokepoint.rules.InForce;
import io.chokepoint.rules.Regime;
import io.chokepoint.rules.Rule;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint rules [--as-of DATE]}: loads and validates every pack, runs the golden cases,
 * and lists every rule with its state on the date. Exit code 2 if the rule book is rejected.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "rules",
    description = "Validate the rule book, run its golden cases and list its rules as of a date.")
final class RulesCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Date for the rule states (default: today).")
  LocalDate asOf;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    RuleBookActivator.Activated a = main.home().engine();
    long ms = (System.nanoTime() - start) / 1_000_000;
    LocalDate day = asOf != null ? asOf : LocalDate.now();
    PrintWriter out = spec.commandLine().getOut();
    out.println("rule book " + a.ruleBook().source() + " " + a.ruleBook().contentHash());
    int cases =
        a.remembered()
            ? RuleBookActivator.readCases(
                    main.home().rulesDir(), a.ruleBook(), main.home().catalogue())
                .size()
            : a.cases().size();
    out.println(
        "activated in "
            + ms
            + " ms: "
            + cases
            + " golden cases pass"
            + (a.remembered()
                ? " (remembered: this rule book, catalogue and build passed them before)"
                : ""));
    for (Regime r : a.ruleBook().regimes()) {
      out.println();
      out.println(
          r.code()
              + ": "
              + r.packs().size()
              + " packs, "
              + r.rules().size()
              + " rules, "
              + r.classifications().size()
              + " classification entries");
      r.coverageNotes().forEach(n -> out.println("  coverage: " + n.strip()));
      for (Rule rule : r.rules()) {
        InForce in = rule.validity().at(day);
        out.printf("  %-40s %-17s %s%n", rule.id(), in.status(), rule.citation().shortForm());
        in.warnings().forEach(w -> out.println("      warning: " + w));
      }
    }
    return 0;
  }
}
