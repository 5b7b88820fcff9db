package io.chokepoint.cli;

import io.chokepoint.determine.Outcome;
import io.chokepoint.licence.Authority;
import io.chokepoint.licence.LicenceLine;
import io.chokepoint.licence.LicenceMatcher;
import io.chokepoint.licence.Shortfall;
import io.chokepoint.review.RegimeSummary;
import io.chokepoint.review.ReviewRules;
import io.chokepoint.store.RefusedException;
import io.chokepoint.store.Store;
import io.chokepoint.store.licence.LedgerResult;
import io.chokepoint.store.licence.StoredLicence;
import io.chokepoint.store.tx.Holds;
import io.chokepoint.store.tx.RecordedRegimes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How a release checks and draws on licences: a licence covers a regime when its authority is that
 * regime's, and it covers every line the regime controls (item, parties, destination, dates,
 * balance, share caps, by {@link LicenceMatcher}); the release then draws each such line on it, in
 * the release's database transaction, with an idempotency key per transaction revision, line and
 * licence.
 */
public final class Licensing {
  private final Store db;
  private final List<LicenceLine> lines;

  private Licensing(Store db, List<LicenceLine> lines) {
    this.db = db;
    this.lines = lines;
  }

  /**
   * The licensing of a recorded transaction: its lines as the rule book classifies them, each
   * marked as needing a licence under the regimes whose recorded answer is LICENSE_REQUIRED or
   * PROHIBITED.
   */
  static Licensing of(Main main, Store db, String txId) {
    return of(main.home(), db, txId);
  }

  /** The licensing of a recorded transaction, for a caller that holds the home. */
  public static Licensing of(Home home, Store db, String txId) {
    LicenceCli.Recorded r = LicenceCli.recorded(home, db, txId);
    String body = db.determinations().get(db.transactions().get(txId).determination()).body();
    Set<String> required = new TreeSet<>();
    for (RegimeSummary s : RecordedRegimes.parse(body)) {
      if (s.outcome() == Outcome.LICENSE_REQUIRED || s.outcome() == Outcome.PROHIBITED) {
        required.add(s.regime());
      }
    }
    List<LicenceLine> lines = new ArrayList<>();
    for (var item : r.transaction().items()) {
      LicenceLine l = LicenceLine.of(r.transaction(), r.determination(), item.id());
      lines.add(
          new LicenceLine(
              l.transaction(),
              l.line(),
              l.date(),
              l.destination(),
              l.description(),
              l.codes(),
              l.quantity(),
              l.value(),
              l.consignee(),
              l.endUser(),
              required));
    }
    return new Licensing(db, lines);
  }

  /** The lines a regime controls: those it classifies, else every line. */
  private List<LicenceLine> linesUnder(String regime) {
    List<LicenceLine> controlled =
        lines.stream().filter(l -> l.codes().containsKey(regime)).toList();
    return controlled.isEmpty() ? lines : controlled;
  }

  /** Checks that a named licence can cover the transaction in a regime. */
  public ReviewRules.LicenceCover cover() {
    return (regime, number) -> {
      Optional<StoredLicence> found = db.licences().find(number);
      if (found.isEmpty()) {
        return Optional.of("no licence " + number + " in the store");
      }
      StoredLicence s = found.get();
      Authority authority = s.licence().authority();
      if (authority.regime() == null || !authority.regime().equals(regime)) {
        return Optional.of(
            "it is a "
                + authority.name()
                + " licence"
                + (authority.regime() == null ? ", which meets no authority's requirement" : "")
                + ", not one under "
                + regime);
      }
      List<String> problems = new ArrayList<>();
      for (LicenceLine l : linesUnder(regime)) {
        List<Shortfall> sf = LicenceMatcher.shortfalls(s.licence(), s.balance(), l);
        if (!sf.isEmpty()) {
          problems.add(
              "line "
                  + l.line()
                  + ": "
                  + sf.stream().map(Shortfall::message).collect(Collectors.joining("; ")));
        }
      }
      return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    };
  }

  /** Draws a released transaction's lines on the licences it rests on. */
  public Holds.ReleaseDrawdown drawdown() {
    return (h, actor, tx, covers) -> {
      for (ReviewRules.Cover c : covers) {
        if (!c.basis().equals("LICENCE")) {
          continue;
        }
        for (LicenceLine l : linesUnder(c.regime())) {
          String key =
              "release:" + tx.id() + ":r" + tx.revision() + ":" + l.line() + ":" + c.reference();
          LedgerResult r = db.licences().draw(h, actor, c.reference(), l, key);
          if (!r.accepted()) {
            throw new RefusedException(
                "COVER",
                "licence "
                    + c.reference()
                    + " cannot take line "
                    + l.line()
                    + ": "
                    + r.reasons().stream()
                        .map(Shortfall::message)
                        .collect(Collectors.joining("; ")));
          }
        }
      }
    };
  }
}
