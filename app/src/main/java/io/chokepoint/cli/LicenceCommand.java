package io.chokepoint.cli;

import io.chokepoint.content.Money;
import io.chokepoint.licence.Licence;
import io.chokepoint.licence.LicenceFormat;
import io.chokepoint.licence.LicenceLine;
import io.chokepoint.licence.LicenceMatch;
import io.chokepoint.licence.LicenceReader;
import io.chokepoint.store.licence.LedgerResult;
import io.chokepoint.store.licence.StoredLicence;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chokepoint licence add|list|show|draw|return|adjust|expire|match}: the licences in the
 * store, drawdowns against them, and which licences can cover a recorded transaction's lines.
 */
@Command(
    name = "licence",
    mixinStandardHelpOptions = true,
    description = "Licences: add, list, show, draw, return, adjust, expire, match.",
    subcommands = {
      LicenceCommand.Add.class,
      LicenceCommand.ListAll.class,
      LicenceCommand.Show.class,
      LicenceCommand.Draw.class,
      LicenceCommand.Return.class,
      LicenceCommand.Adjust.class,
      LicenceCommand.Expire.class,
      LicenceCommand.Match.class
    })
final class LicenceCommand extends StoreCommands.Group {

  @Command(name = "add", description = "Record the licences of a file (YAML or JSON), all or none.")
  static final class Add extends StoreCommands.Sub {
    @Parameters(paramLabel = "FILE", description = "A licence file.")
    Path file;

    @Override
    public Integer call() {
      List<Licence> licences = LicenceReader.read(file, file.toString());
      List<StoredLicence> added = db().licences().addAll(actor(), licences);
      List<Object> json = new ArrayList<>();
      List<String> text = new ArrayList<>();
      for (StoredLicence s : added) {
        json.add(LicenceCli.stored(s));
        text.add("added " + s.licence().number() + " (" + s.licence().kind().code() + ")");
      }
      return print(Map.of("added", json), text);
    }
  }

  @Command(name = "list", description = "Every licence with its balance.")
  static final class ListAll extends StoreCommands.Sub {
    @Override
    public Integer call() {
      List<Object> json = new ArrayList<>();
      List<String> text = new ArrayList<>();
      for (StoredLicence s : db().licences().all()) {
        json.add(LicenceCli.stored(s));
        Licence l = s.licence();
        text.add(
            l.number()
                + "  "
                + l.kind().code()
                + "  "
                + l.status().code()
                + "  "
                + l.validFrom()
                + ".."
                + l.validTo()
                + "  drawn "
                + s.balance().quantity().toPlainString()
                + (l.quantityLimit() == null
                    ? ""
                    : " of " + l.quantityLimit().toPlainString() + " units"));
      }
      return print(Map.of("licences", json), text);
    }
  }

  @Command(name = "show", description = "One licence, its balance and every entry against it.")
  static final class Show extends StoreCommands.Sub {
    @Parameters(paramLabel = "NUMBER")
    String number;

    @Override
    public Integer call() {
      StoredLicence s = db().licences().get(number);
      Map<String, Object> json = LicenceCli.stored(s);
      List<Object> entries = new ArrayList<>();
      List<String> text = new ArrayList<>();
      text.add(
          s.licence().number()
              + " "
              + s.licence().kind().code()
              + " "
              + s.licence().status().code());
      s.licence().conditions().forEach(c -> text.add("  condition: " + c.describe()));
      text.add("  balance: " + LicenceFormat.balance(s.licence(), s.balance()));
      db().licences()
          .entries(number)
          .forEach(
              e -> {
                entries.add(LicenceCli.entry(e));
                text.add(
                    "  entry "
                        + e.id()
                        + " "
                        + e.kind()
                        + (e.accepted() ? " accepted " : " REJECTED ")
                        + e.quantity().toPlainString()
                        + (e.reasons().isEmpty() ? "" : " " + e.reasons()));
              });
      json.put("entries", entries);
      return print(json, text);
    }
  }

  @Command(
      name = "draw",
      description = "Draw a recorded transaction line on a licence, once per key.")
  static final class Draw extends StoreCommands.Sub {
    @Parameters(paramLabel = "NUMBER")
    String number;

    @Option(names = "--tx", required = true, paramLabel = "ID", description = "The transaction.")
    String tx;

    @Option(names = "--line", required = true, paramLabel = "L", description = "The item id.")
    String line;

    @Option(names = "--quantity", required = true, paramLabel = "Q")
    String quantity;

    @Option(
        names = "--value",
        paramLabel = "V",
        description = "The value drawn (default: the line's unit value x quantity).")
    String value;

    @Option(
        names = "--key",
        required = true,
        paramLabel = "K",
        description = "Idempotency key: a retry with the same key draws nothing more.")
    String key;

    @Override
    public Integer call() {
      BigDecimal q = LicenceCli.decimal("--quantity", quantity);
      BigDecimal v = LicenceCli.decimal("--value", value);
      LicenceCli.Recorded r = LicenceCli.recorded(parent.main, db(), tx);
      LicenceLine l = LicenceCli.drawn(r, line, q, v, "--line", () -> currency(number));
      return printResult(number, "draw", db().licences().draw(actor(), number, l, key));
    }

    private String currency(String n) {
      Money limit = db().licences().get(n).licence().valueLimit();
      return limit == null ? "USD" : limit.currency();
    }
  }

  @Command(name = "return", description = "Credit units of a drawdown back to its licence.")
  static final class Return extends StoreCommands.Sub {
    @Parameters(paramLabel = "NUMBER")
    String number;

    @Option(names = "--entry", required = true, paramLabel = "ID", description = "The drawdown.")
    long entry;

    @Option(names = "--quantity", required = true, paramLabel = "Q")
    String quantity;

    @Option(names = "--value", paramLabel = "V")
    String value;

    @Option(names = "--reason", required = true, paramLabel = "WHY")
    String reason;

    @Override
    public Integer call() {
      BigDecimal q = LicenceCli.decimal("--quantity", quantity);
      BigDecimal v = LicenceCli.decimal("--value", value);
      return printResult(
          number, "return", db().licences().giveBack(actor(), number, entry, q, v, reason));
    }
  }

  @Command(name = "adjust", description = "Change a licence's drawn totals by signed amounts.")
  static final class Adjust extends StoreCommands.Sub {
    @Parameters(paramLabel = "NUMBER")
    String number;

    @Option(names = "--quantity", paramLabel = "DQ", description = "Signed, e.g. -2.")
    String quantity = "0";

    @Option(names = "--value", paramLabel = "DV", description = "Signed.")
    String value = "0";

    @Option(names = "--reason", required = true, paramLabel = "WHY")
    String reason;

    @Override
    public Integer call() {
      BigDecimal q = LicenceCli.decimal("--quantity", quantity);
      BigDecimal v = LicenceCli.decimal("--value", value);
      return printResult(number, "adjust", db().licences().adjust(actor(), number, q, v, reason));
    }
  }

  @Command(name = "expire", description = "Record the expiry of licences past their last day.")
  static final class Expire extends StoreCommands.Sub {
    @Parameters(
        paramLabel = "NUMBER",
        arity = "0..1",
        description = "One licence (default: all due).")
    String number;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day (default: today).")
    String asOf;

    @Override
    public Integer call() {
      LocalDate day = LicenceCli.date("--as-of", asOf, LocalDate.now());
      if (number != null) {
        return printResult(number, "expire", db().licences().expire(actor(), number, day));
      }
      List<Object> json = new ArrayList<>();
      List<String> text = new ArrayList<>();
      for (LedgerResult r : db().licences().expireAll(actor(), day)) {
        json.add(LicenceCli.result("", "expire", r));
        text.addAll(LicenceCli.resultText("entry " + r.entry(), "expire", r));
      }
      return print(Map.of("expired", json), text);
    }
  }

  @Command(
      name = "match",
      description = "Which licences can cover each line of a recorded transaction.")
  static final class Match extends StoreCommands.Sub {
    @Parameters(paramLabel = "TX_ID")
    String tx;

    @Option(names = "--line", paramLabel = "L", description = "One line (default: every line).")
    String line;

    @Override
    public Integer call() {
      List<Object> json = new ArrayList<>();
      List<String> text = new ArrayList<>();
      for (LicenceCli.LineMatches lm :
          LicenceCli.matches(parent.main.home(), db(), tx, line, "--line")) {
        json.add(lm.json());
        text.add(tx + " line " + lm.line().line() + ":");
        for (LicenceMatch x : lm.matches()) {
          text.add("  " + x.licence().number() + (x.covers() ? ": COVERS" : ": cannot cover"));
          x.shortfalls().forEach(s -> text.add("    " + s));
          x.riders().forEach(s -> text.add("    rider: " + s));
        }
      }
      return print(Map.of("lines", json), text);
    }
  }
}
