package io.chokepoint.cli;

import io.chokepoint.determine.Determination;
import io.chokepoint.golden.RuleBookActivator;
import io.chokepoint.licence.LicenceFormat;
import io.chokepoint.licence.LicenceLine;
import io.chokepoint.licence.LicenceMatch;
import io.chokepoint.licence.LicenceMatcher;
import io.chokepoint.source.Issue;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import io.chokepoint.store.NotFoundException;
import io.chokepoint.store.Store;
import io.chokepoint.store.licence.LedgerEntry;
import io.chokepoint.store.licence.LedgerResult;
import io.chokepoint.store.licence.StoredLicence;
import io.chokepoint.transaction.Item;
import io.chokepoint.transaction.Transaction;
import io.chokepoint.transaction.TransactionReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the licence and application commands (and the HTTP API) share: options read as values,
 * recorded inputs, licences and ledger entries as JSON.
 */
public final class LicenceCli {
  private LicenceCli() {}

  /** A recorded transaction and its determination under the active rule book. */
  record Recorded(Transaction transaction, Determination determination) {}

  /** An error in a command-line value, naming the option: exit code 2, nothing changed. */
  static SourceException invalid(String option, String message) {
    return new SourceException(
        "nothing was changed", List.of(new Issue(Position.ofFile(option), null, option, message)));
  }

  static BigDecimal decimal(String option, String text) {
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw invalid(option, "'" + text + "' is not a number");
    }
  }

  static LocalDate date(String option, String text, LocalDate otherwise) {
    if (text == null) {
      return otherwise;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw invalid(option, "'" + text + "' is not an ISO date (YYYY-MM-DD)");
    }
  }

  /**
   * The transaction as last recorded (by {@code tx add}, else by {@code check}), determined as of
   * its date under the active rule book.
   *
   * @throws NotFoundException if it was never recorded
   */
  static Recorded recorded(Main main, Store store, String txId) {
    return recorded(main.home(), store, txId);
  }

  static Recorded recorded(Home home, Store store, String txId) {
    String input =
        store
            .recordedInputs()
            .latest(txId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "no recorded transaction "
                            + txId
                            + " (record it first with: chokepoint tx add FILE)"));
    RuleBookActivator.Activated engine = home.engine();
    TransactionReader reader =
        new TransactionReader(home.catalogue(), engine.ruleBook().declaredFacts());
    Transaction tx = reader.parse(input, txId + ".json").get(0);
    return new Recorded(tx, engine.determiner().determine(tx, tx.date()));
  }

  /** One transaction line's standing against every recorded licence. */
  public record LineMatches(String line, LicenceLine licenceLine, List<LicenceMatch> matches) {
    /** As {@code licence match} prints it (docs/formats.md §17). */
    public Map<String, Object> json(String tx) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("transaction", tx);
      m.put("line", line);
      m.put("requiredUnder", List.copyOf(new java.util.TreeSet<>(licenceLine.requiredUnder())));
      m.put("matches", matches.stream().map(LicenceFormat::match).toList());
      return m;
    }
  }

  /**
   * Which licences can cover each line of a recorded transaction, and why the others cannot.
   *
   * @param onlyLine one line's id, or {@code null} for every line
   * @throws NotFoundException if the transaction was never recorded
   */
  public static List<LineMatches> match(Home home, Store db, String txId, String onlyLine) {
    Recorded r = recorded(home, db, txId);
    List<LicenceMatcher.Standing> standings = new ArrayList<>();
    for (StoredLicence s : db.licences().all()) {
      standings.add(new LicenceMatcher.Standing(s.licence(), s.balance()));
    }
    List<LineMatches> out = new ArrayList<>();
    for (Item item : r.transaction().items()) {
      if (onlyLine == null || onlyLine.equals(item.id())) {
        LicenceLine l = LicenceLine.of(r.transaction(), r.determination(), item.id());
        out.add(new LineMatches(item.id(), l, LicenceMatcher.match(l, standings)));
      }
    }
    return out;
  }

  /** A stored licence with its balance. */
  public static Map<String, Object> stored(StoredLicence s) {
    Map<String, Object> m = new LinkedHashMap<>(LicenceFormat.licence(s.licence()));
    m.put("balance", LicenceFormat.balance(s.licence(), s.balance()));
    return m;
  }

  /** One ledger entry (docs/formats.md §16, {@code entries}). */
  public static Map<String, Object> entry(LedgerEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entry", e.id());
    m.put("kind", e.kind());
    m.put("accepted", e.accepted());
    m.put("key", e.key());
    m.put("transaction", e.transaction());
    m.put("line", e.line());
    m.put("quantity", e.quantity());
    m.put("value", e.value());
    m.put("returns", e.returns());
    m.put("reason", e.reason());
    m.put("reasons", LicenceFormat.shortfalls(e.reasons()));
    m.put("recordedAt", e.recordedAt().toString());
    m.put("actor", e.actor());
    return m;
  }

  /** The answer to a request against a licence. */
  static Map<String, Object> result(String licence, String kind, LedgerResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("licence", licence);
    m.put("request", kind);
    m.put("entry", r.entry());
    m.put("accepted", r.accepted());
    m.put("replayed", r.replayed());
    m.put("reasons", LicenceFormat.shortfalls(r.reasons()));
    m.put("notes", r.notes());
    m.put("drawnQuantity", r.balance().quantity());
    m.put("drawnValue", r.balance().value());
    return m;
  }

  static List<String> resultText(String licence, String kind, LedgerResult r) {
    List<String> out = new ArrayList<>();
    out.add(
        kind
            + " on "
            + licence
            + ": "
            + (r.accepted() ? "ACCEPTED" : "REJECTED")
            + " (entry "
            + r.entry()
            + (r.replayed() ? ", replayed" : "")
            + "); drawn "
            + r.balance().quantity().toPlainString()
            + " units, value "
            + r.balance().value().toPlainString());
    r.reasons().forEach(s -> out.add("  reason " + s));
    r.notes().forEach(n -> out.add("  note: " + n));
    return out;
  }

  /** Exit code for a recorded rejection: the request was well formed and refused. */
  static int code(LedgerResult r) {
    return r.accepted() ? 0 : Main.REFUSED;
  }
}
