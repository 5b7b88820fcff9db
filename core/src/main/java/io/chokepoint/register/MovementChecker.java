package io.chokepoint.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.classify.ChipCatalogue;
import io.chokepoint.determine.Determination;
import io.chokepoint.determine.Determiner;
import io.chokepoint.determine.Evaluation;
import io.chokepoint.determine.Outcome;
import io.chokepoint.determine.RegimeDetermination;
import io.chokepoint.determine.RuleResult;
import io.chokepoint.register.LicenceCheck.FiredRule;
import io.chokepoint.register.LicenceCheck.RegimeOutcome;
import io.chokepoint.register.LicenceCheck.Status;
import io.chokepoint.transaction.Transaction;
import io.chokepoint.transaction.TransactionReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a movement the way {@code chokepoint check} checks a shipment. A move across a border, or
 * a transfer to another party, becomes a synthetic transaction (FORMATS §1): the route from site to
 * site, the holding's item and quantity, the custodian as exporter, the custodian at the new site
 * or the counterparty as end user, and the declared end use; it is determined as of the movement's
 * date by the real {@link Determiner}. Receipts, scrappings and moves within one country are no
 * export and are not determined.
 */
public final class MovementChecker {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Determiner determiner;
  private final TransactionReader reader;
  private final CoverVerifier covers;

  /**
   * Creates a checker that takes a named licence or transaction on trust, and says so.
   *
   * @param determiner the engine, with the party screener transfers should be screened by
   * @param catalogue resolves the holdings' chip names
   */
  public MovementChecker(Determiner determiner, ChipCatalogue catalogue) {
    this(determiner, catalogue, null);
  }

  /**
   * Creates a checker that verifies a named licence or transaction against the records.
   *
   * @param determiner the engine, with the party screener transfers should be screened by
   * @param catalogue resolves the holdings' chip names
   * @param covers checks a named cover, or {@code null} to take it on trust
   */
  public MovementChecker(Determiner determiner, ChipCatalogue catalogue, CoverVerifier covers) {
    this.determiner = determiner;
    this.reader = new TransactionReader(catalogue, determiner.ruleBook().declaredFacts());
    this.covers = covers;
  }

  /**
   * Checks a movement of a holding.
   *
   * @throws io.chokepoint.source.SourceException if the holding's chip is not in the catalogue
   */
  public LicenceCheck check(Holding holding, Movement movement) {
    if (movement instanceof Movement.Received) {
      return LicenceCheck.notAnExport(
          "a receipt: the sender's export is checked where it ships, not in this register");
    }
    if (movement instanceof Movement.Scrapped) {
      return LicenceCheck.notAnExport("a scrapping: nothing leaves the site");
    }
    if (movement instanceof Movement.Moved m && m.from().country().equals(m.to().country())) {
      return LicenceCheck.notAnExport(
          "a move between the register's own sites within "
              + m.from().country()
              + ": no export, re-export or transfer");
    }
    Transaction t = synthetic(holding, movement);
    Determination d = determiner.determine(t, movement.date());
    return verdict(movement, d, t.input());
  }

  /** The transaction a movement is checked as, in the shape of FORMATS §1. */
  Transaction synthetic(Holding h, Movement m) {
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("id", "MV-" + h.id() + "-" + m.date() + "-" + m.kind());
    tx.put("date", m.date().toString());
    String to =
        m instanceof Movement.Transferred tr ? tr.counterparty().country() : m.to().country();
    tx.put("route", Map.of("from", m.from().country(), "to", to));
    List<Object> parties = new ArrayList<>();
    parties.add(
        party("exporter", h.custodian().name(), m.from().country(), h.custodian().headquarters()));
    String endUse = h.endUse();
    if (m instanceof Movement.Transferred tr) {
      Counterparty c = tr.counterparty();
      parties.add(party("end-user", c.name(), c.country(), c.headquarters()));
      endUse = tr.endUse() != null ? tr.endUse() : endUse;
    } else {
      parties.add(
          party("end-user", h.custodian().name(), m.to().country(), h.custodian().headquarters()));
    }
    tx.put("parties", parties);
    tx.put("endUse", Map.of("purpose", endUse));
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", h.id());
    if (h.item().description() != null) {
      item.put("description", h.item().description());
    }
    item.put("quantity", m.quantity());
    item.put(
        "unitValue",
        Map.of("amount", h.unitValue().amount(), "currency", h.unitValue().currency()));
    if (h.item().chip() != null) {
      item.put("chip", h.item().chip());
    }
    if (!h.item().classification().isEmpty()) {
      item.put("classification", h.item().classification());
    }
    tx.put("items", List.of(item));
    try {
      String text = JSON.writeValueAsString(tx);
      return reader.parse(text, "movement of " + h.id() + " on " + m.date()).get(0);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the synthetic transaction", e);
    }
  }

  private static Map<String, Object> party(String role, String name, String country, String hq) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("role", role);
    p.put("name", name);
    p.put("country", country);
    if (hq != null) {
      p.put("headquarters", hq);
    }
    return p;
  }

  private LicenceCheck verdict(Movement m, Determination d, String input) {
    List<RegimeOutcome> regimes = new ArrayList<>();
    List<FiredRule> fired = new ArrayList<>();
    Set<String> missing = new LinkedHashSet<>();
    for (RegimeDetermination r : d.regimes()) {
      regimes.add(
          new RegimeOutcome(
              r.regime(), r.outcome(), r.review() == null ? null : r.review().name()));
      missing.addAll(r.missingFacts());
      for (RuleResult rr : r.rules()) {
        if (!rr.fired()) {
          continue;
        }
        Evaluation e =
            rr.evaluations().stream().filter(x -> x.truth().isTrue()).findFirst().orElseThrow();
        fired.add(
            new FiredRule(
                r.regime(),
                rr.rule().id(),
                rr.rule().citation().shortForm(),
                e.decision() == null ? null : e.decision().name(),
                e.review() == null ? null : e.review().name()));
      }
    }
    Outcome o = d.overall();
    String named = m.licence() != null ? "licence " + m.licence() : null;
    if (named == null && m.transaction() != null) {
      named = "transaction " + m.transaction();
    }
    Status status;
    String note;
    if (o == Outcome.NO_LICENSE_REQUIRED) {
      status = Status.CLEAR;
      named = null;
      note = "no licence required under any regime on " + m.date();
    } else if (o == Outcome.PROHIBITED) {
      status = Status.FLAGGED;
      note =
          "prohibited on "
              + m.date()
              + (named == null ? "" : "; " + named + " cannot cover a prohibition");
      named = null;
    } else if (named != null && covers != null && coverProblem(m).isPresent()) {
      status = Status.FLAGGED;
      note = o + " on " + m.date() + "; " + named + " does not cover it: " + coverProblem(m).get();
    } else if (named != null) {
      status = Status.COVERED;
      note =
          o
              + " on "
              + m.date()
              + "; covered by "
              + named
              + (covers == null
                  ? " as the movement states (not verified against a licence record)"
                  : " (checked against the records)");
    } else {
      status = Status.FLAGGED;
      note =
          o == Outcome.INDETERMINATE
              ? "cannot be decided on " + m.date() + " without " + missing + "; unknown is not no"
              : "a licence is required on " + m.date() + " and the movement names none";
    }
    return new LicenceCheck(
        status, o, regimes, fired, List.copyOf(missing), named, note, d.rulebook(), input);
  }

  private java.util.Optional<String> coverProblem(Movement m) {
    return m.licence() != null
        ? covers.problem("licence", m.licence(), m.date())
        : covers.problem("transaction", m.transaction(), m.date());
  }
}
