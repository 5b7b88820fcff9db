package io.chokepoint.golden;

import io.chokepoint.classify.ChipCatalogue;
import io.chokepoint.determine.Determiner;
import io.chokepoint.rules.CheckedConditions;
import io.chokepoint.rules.Regime;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RuleBookException;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.source.Issue;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import io.chokepoint.transaction.TransactionReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads a rule book and activates it only if every golden case beside its packs passes. A regime
 * without golden cases, an invalid case file or a failing case rejects the whole rule book.
 */
public final class RuleBookActivator {
  private RuleBookActivator() {}

  /**
   * A rule book that passed its golden cases, with the cases it passed.
   *
   * @param cases the cases run and passed; none when the pass was remembered ({@link #readCases}
   *     reads them)
   * @param remembered whether the cases were not run again because this same rule book passed them
   *     in an earlier run of the same build ({@link PassedRuleBooks})
   */
  public record Activated(
      RuleBook ruleBook, Determiner determiner, List<GoldenCase> cases, boolean remembered) {}

  /**
   * Loads, validates and tests the rule book.
   *
   * @param root the rule-book directory
   * @param catalogue the chip catalogue the cases use
   * @throws RuleBookException listing every invalid pack, invalid case or failing case
   */
  public static Activated activate(Path root, ChipCatalogue catalogue) {
    return activate(root, catalogue, null, List.of());
  }

  /**
   * Loads, validates and tests the rule book, unless {@code passed} remembers that this very rule
   * book (with the same case files, {@code alsoRead} files and build) passed its cases; then they
   * are neither read nor run again. A pass is remembered for the next activation.
   *
   * @param root the rule-book directory
   * @param catalogue the chip catalogue the cases use
   * @param passed the rule books that passed, or null to run the cases every time
   * @param alsoRead the files the catalogue came from
   * @throws RuleBookException listing every invalid pack, invalid case or failing case
   */
  public static Activated activate(
      Path root, ChipCatalogue catalogue, PassedRuleBooks passed, List<Path> alsoRead) {
    return activate(root, catalogue, passed, alsoRead, CheckedConditions.NONE);
  }

  /**
   * Loads, validates and tests the rule book as {@link #activate(Path, ChipCatalogue,
   * PassedRuleBooks, List)} does, reusing the conditions checked before and adding those checked
   * now.
   *
   * @throws RuleBookException listing every invalid pack, invalid case or failing case
   */
  public static Activated activate(
      Path root,
      ChipCatalogue catalogue,
      PassedRuleBooks passed,
      List<Path> alsoRead,
      CheckedConditions checked) {
    String digest = passed == null ? null : passed.digest(root, alsoRead);
    RuleBook book = RuleBookLoader.load(root, checked);
    Determiner determiner = new Determiner(book);
    if (passed != null && passed.passed(digest)) {
      // the case files are those that were read and passed: not even read again
      return new Activated(book, determiner, List.of(), true);
    }
    List<GoldenCase> cases = readCases(root, book, catalogue);
    List<Issue> failures = GoldenCaseRunner.run(determiner, cases);
    if (!failures.isEmpty()) {
      throw new RuleBookException(
          "rule book " + root + " not activated: golden cases fail", failures);
    }
    if (passed != null) {
      try {
        passed.record(digest);
      } catch (IOException e) {
        // not remembered: the next activation runs the cases again
      }
    }
    return new Activated(book, determiner, cases, false);
  }

  /**
   * Reads every golden case under the rule book.
   *
   * @throws RuleBookException if a regime has no cases or a case file is invalid
   */
  public static List<GoldenCase> readCases(Path root, RuleBook book, ChipCatalogue catalogue) {
    Set<String> codes = book.regimes().stream().map(Regime::code).collect(Collectors.toSet());
    GoldenCaseReader reader =
        new GoldenCaseReader(new TransactionReader(catalogue, book.declaredFacts()), codes);
    List<GoldenCase> all = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    for (Regime r : book.regimes()) {
      Path dir = root.resolve(r.code().toLowerCase(Locale.ROOT)).resolve("cases");
      List<Path> files = caseFiles(dir);
      if (files.isEmpty()) {
        issues.add(
            new Issue(
                Position.ofFile(root.relativize(dir).toString()),
                r.code(),
                null,
                "a regime needs golden cases beside its packs (cases/*.yaml)"));
      }
      // Case files are parsed on every core; their cases and problems keep file order.
      List<Object> read =
          files.parallelStream()
              .map(
                  f -> {
                    try {
                      return (Object) reader.read(f, root.relativize(f).toString());
                    } catch (SourceException e) {
                      return e;
                    }
                  })
              .toList();
      for (Object o : read) {
        if (o instanceof SourceException e) {
          issues.addAll(e.issues());
        } else {
          @SuppressWarnings("unchecked")
          List<GoldenCase> cases = (List<GoldenCase>) o;
          all.addAll(cases);
        }
      }
    }
    if (!issues.isEmpty()) {
      throw new RuleBookException(
          "rule book " + root + " not activated: invalid golden cases", issues);
    }
    return all;
  }

  private static List<Path> caseFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
