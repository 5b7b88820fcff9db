package io.chokepoint.golden;

import io.chokepoint.determine.Outcome;
import io.chokepoint.rules.ReviewPolicy;
import io.chokepoint.source.Fields;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Node;
import io.chokepoint.source.SourceException;
import io.chokepoint.source.SourceReader;
import io.chokepoint.transaction.Transaction;
import io.chokepoint.transaction.TransactionReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads golden-case files ({@code regulations/<regime>/cases/*.yaml}). */
public final class GoldenCaseReader {
  private final TransactionReader transactions;
  private final Set<String> regimes;

  /**
   * Creates a reader.
   *
   * @param transactions reads each case's transaction
   * @param regimes the regime codes a case may expect
   */
  public GoldenCaseReader(TransactionReader transactions, Set<String> regimes) {
    this.transactions = transactions;
    this.regimes = Set.copyOf(regimes);
  }

  /**
   * Reads a file of cases ({@code cases:} list).
   *
   * @throws SourceException listing every problem in the file
   */
  public List<GoldenCase> read(Path file, String displayName) {
    Node root = SourceReader.read(file, displayName);
    Issues issues = new Issues();
    Fields top = Fields.of(root, issues, null);
    List<GoldenCase> out = new ArrayList<>();
    for (Node n : top.list("cases")) {
      GoldenCase c = one(Fields.of(n, issues, null), displayName, issues);
      if (c != null) {
        out.add(c);
      }
    }
    top.end();
    if (out.isEmpty() && issues.isEmpty()) {
      issues.add(root, null, "a case file needs a 'cases:' list with at least one case");
    }
    if (!issues.isEmpty()) {
      throw new SourceException("invalid golden-case file " + displayName, issues.toList());
    }
    return out;
  }

  private GoldenCase one(Fields f, String displayName, Issues issues) {
    String id = f.requiredString("id");
    f = f.withSubject("case " + id);
    String title = f.requiredString("title");
    String source = f.optionalString("source");
    LocalDate asOf = f.requiredDate("asOf");
    Node txNode = f.raw("transaction");
    Transaction tx = null;
    if (txNode == null) {
      issues.add(
          f.position(), f.subject(), "transaction", "required field 'transaction' is missing");
    } else {
      try {
        List<Transaction> list = transactions.parse(txNode, displayName);
        tx = list.size() == 1 ? list.get(0) : null;
        if (tx == null) {
          issues.add(txNode, f.subject(), "a case holds exactly one transaction");
        }
      } catch (SourceException e) {
        e.issues().forEach(issues::add);
      }
    }
    Map<String, Expectation> expect = new LinkedHashMap<>();
    Fields ex = f.requiredObject("expect");
    if (ex != null) {
      for (String regime : ex.keys()) {
        Node n = ex.raw(regime);
        if (!regimes.contains(regime)) {
          issues.add(
              n,
              f.subject(),
              "unknown regime '" + regime + "' (the rule book has " + regimes + ")");
          continue;
        }
        Expectation e = expectation(Fields.of(n, issues, f.subject()));
        if (e != null) {
          expect.put(regime, e);
        }
      }
      ex.end();
      if (expect.isEmpty() && issues.isEmpty()) {
        issues.add(ex.node(), f.subject(), "expect: needs at least one regime");
      }
    }
    f.end();
    if (id == null || title == null || asOf == null || tx == null) {
      return null;
    }
    return new GoldenCase(id, title, source, asOf, tx, expect, f.position());
  }

  private static Expectation expectation(Fields e) {
    String outcome = e.oneOf("outcome", names(Outcome.values()), true);
    String review = e.oneOf("review", names(ReviewPolicy.values()), false);
    List<String> exceptions = e.has("exceptions") ? e.stringList("exceptions") : null;
    e.raw("exceptions");
    List<String> fired = e.stringList("fired");
    List<String> notFired = e.stringList("notFired");
    List<String> missing = e.stringList("missingFacts");
    List<String> warnings = e.stringList("warnings");
    List<String> obligations = e.stringList("obligations");
    List<String> reviewBy = e.stringList("reviewBy");
    Map<String, String> items = e.stringMap("items");
    e.end();
    if (outcome == null) {
      return null;
    }
    if ("LICENSE_REQUIRED".equals(outcome) && review == null) {
      e.issues().add(e.node(), e.subject(), "a LICENSE_REQUIRED expectation needs a review");
      return null;
    }
    return new Expectation(
        Outcome.valueOf(outcome),
        review == null ? null : ReviewPolicy.valueOf(review),
        exceptions,
        fired,
        notFired,
        missing,
        warnings,
        obligations,
        reviewBy,
        items);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
