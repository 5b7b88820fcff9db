package io.chokepoint.cli;

import io.chokepoint.content.Money;
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
import java.util.TreeSet;
import java.util.function.Supplier;

/** What the licence and application commands share: options read as values, recorded inputs. */
public final class LicenceCli {
  private LicenceCli() {}

  /**
   * A recorded transaction and its determination under the active rule book.
   *
   * @param transaction the transaction as recorded
   * @param determination its determination as of its date
   */
  public record Recorded(Transaction transaction, Determination determination) {}

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

  /**
   * The transaction as last recorded, determined as of its date, for a caller that holds the home.
   *
   * @throws NotFoundException if it was never recorded
   */
  public static Recorded recorded(Home home, Store store, String txId) {
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

  /**
   * A recorded transaction's line with the amounts to draw: the value given (in the line's
   * currency), else the line's unit value times the quantity.
   *
   * @param lineField how the caller names the line, for the error when there is no such line
   * @param currency the currency of a value given for a line without a unit value
   * @throws SourceException naming {@code lineField} if the transaction has no such line
   */
  public static LicenceLine drawn(
      Recorded r,
      String line,
      BigDecimal quantity,
      BigDecimal value,
      String lineField,
      Supplier<String> currency) {
    Item item =
        r.transaction().items().stream()
            .filter(i -> i.id().equals(line))
            .findFirst()
            .orElseThrow(
                () ->
                    invalid(
                        lineField, "transaction " + r.transaction().id() + " has no line " + line));
    Money m =
        value != null
            ? new Money(
                value, item.unitValue() == null ? currency.get() : item.unitValue().currency())
            : item.unitValue() == null
                ? null
                : new Money(
                    item.unitValue().amount().multiply(quantity), item.unitValue().currency());
    return LicenceLine.of(r.transaction(), r.determination(), line).withAmounts(quantity, m);
  }

  /**
   * One line of a transaction with every licence's answer for it.
   *
   * @param line the line as licences see it
   * @param matches every licence, those that cover it first
   */
  public record LineMatches(LicenceLine line, List<LicenceMatch> matches) {
    /** As {@code licence match} prints it (docs/formats.md §17). */
    public Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("transaction", line.transaction());
      m.put("line", line.line());
      m.put("requiredUnder", List.copyOf(new TreeSet<>(line.requiredUnder())));
      m.put("matches", matches.stream().map(LicenceFormat::match).toList());
      return m;
    }
  }

  /**
   * Matches every licence in the store against a recorded transaction's lines, or one line.
   *
   * @param only one line's id, or {@code null} for every line
   * @param lineField how the caller names the line, for the error when there is no such line
   * @throws SourceException naming {@code lineField} if the transaction has no such line
   */
  public static List<LineMatches> matches(
      Home home, Store store, String txId, String only, String lineField) {
    Recorded r = recorded(home, store, txId);
    List<LicenceMatcher.Standing> standings = new ArrayList<>();
    for (StoredLicence s : store.licences().all()) {
      standings.add(new LicenceMatcher.Standing(s.licence(), s.balance()));
    }
    List<LineMatches> out = new ArrayList<>();
    for (Item item : r.transaction().items()) {
      if (only == null || only.equals(item.id())) {
        LicenceLine l = LicenceLine.of(r.transaction(), r.determination(), item.id());
        out.add(new LineMatches(l, LicenceMatcher.match(l, standings)));
      }
    }
    if (only != null && out.isEmpty()) {
      throw invalid(lineField, "transaction " + txId + " has no line " + only);
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
  public static Map<String, Object> result(String licence, String kind, LedgerResult r) {
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
