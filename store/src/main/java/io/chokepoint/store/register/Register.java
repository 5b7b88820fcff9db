package io.chokepoint.store.register;

import io.chokepoint.register.Holding;
import io.chokepoint.register.HoldingClassifier;
import io.chokepoint.register.Ledger;
import io.chokepoint.register.LicenceCheck;
import io.chokepoint.register.Movement;
import io.chokepoint.register.MovementChecker;
import io.chokepoint.register.RecordedMovement;
import io.chokepoint.register.RegisterChange;
import io.chokepoint.register.RegisterReport;
import io.chokepoint.register.Site;
import io.chokepoint.register.StockException;
import io.chokepoint.review.Actor;
import io.chokepoint.review.Role;
import io.chokepoint.store.NotFoundException;
import io.chokepoint.store.RefusedException;
import io.chokepoint.store.Store;
import io.chokepoint.store.audit.AuditEvent;
import io.chokepoint.store.audit.AuditTrail;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The controlled-item register in the database: holdings, sites and the movements of their units,
 * each movement with the licence check the engine made when it was recorded. Every write is one
 * database transaction with one audit entry per movement; a batch is written whole or not at all.
 * Officers and administrators write; anyone registered reads.
 *
 * <p>Writers take the audit trail's head lock first, so that register writes happen one at a time
 * on both databases: the checks that no site goes negative and that no serial number is in two
 * places read the movements, and must not race another writer.
 */
public final class Register {
  private final Jdbi jdbi;
  private final AuditTrail audit;

  /** Opens the register of a store. */
  public Register(Store store) {
    this.jdbi = store.jdbi();
    this.audit = store.audit();
  }

  /**
   * Records movements, in order, as one transaction.
   *
   * @param actor who records them
   * @param changes the movements, with the holdings that receipts open
   * @param checker checks each move and transfer for a licence, as of its date
   * @return the movements as recorded, with their checks
   * @throws RefusedException if the actor may not write (ROLE), a holding exists already (EXISTS),
   *     a site is named with another country (SITE), a site would hold fewer than zero units
   *     (STOCK), or a serial number would be in two places (SERIAL); nothing is written
   * @throws NotFoundException if a movement names a holding that does not exist
   */
  public List<RecordedMovement> record(
      Actor actor, List<RegisterChange> changes, MovementChecker checker) {
    if (!actor.role().atLeast(Role.OFFICER)) {
      throw new RefusedException(
          "ROLE",
          actor.name()
              + " is "
              + actor.role()
              + ": only an officer or admin writes to the register");
    }
    return jdbi.inTransaction(
        h -> {
          h.execute("SELECT seq FROM audit_head WHERE id = 1 FOR UPDATE");
          List<RecordedMovement> out = new ArrayList<>();
          for (RegisterChange c : changes) {
            out.add(record(h, actor, c, checker));
          }
          return out;
        });
  }

  private RecordedMovement record(
      Handle h, Actor actor, RegisterChange c, MovementChecker checker) {
    Movement m = c.movement();
    Holding holding;
    if (c.opens() != null) {
      if (RegisterRows.holding(h, m.holding()).isPresent()) {
        throw new RefusedException("EXISTS", "holding " + m.holding() + " already exists");
      }
      holding = c.opens();
      RegisterRows.insertHolding(h, holding, actor.name());
    } else {
      holding =
          RegisterRows.holding(h, m.holding())
              .orElseThrow(() -> new NotFoundException("no holding " + m.holding()));
    }
    site(h, m.from());
    site(h, m.to());
    if (m instanceof Movement.Received) {
      serialsFree(h, holding, m);
    }
    List<Movement> all = new ArrayList<>();
    RegisterRows.movements(h, holding.id()).forEach(r -> all.add(r.movement()));
    all.add(m);
    try {
      Ledger.replay(holding, all);
    } catch (StockException e) {
      throw new RefusedException(e.code(), e.getMessage());
    }
    LicenceCheck check = checker.check(holding, m);
    OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    long seq = RegisterRows.insertMovement(h, m, check, at, actor.name());
    audit.append(
        h,
        new AuditEvent(
            actor.name(),
            "register." + m.kind(),
            "holding:" + holding.id(),
            detail(seq, m, check)));
    return new RecordedMovement(seq, m, check, actor.name(), at.toInstant().toString());
  }

  private static void site(Handle h, Site s) {
    if (s == null) {
      return;
    }
    Optional<Site> known = RegisterRows.site(h, s.name());
    if (known.isEmpty()) {
      h.createUpdate("INSERT INTO register_site (name, country) VALUES (:n, :c)")
          .bind("n", s.name())
          .bind("c", s.country())
          .execute();
    } else if (!known.get().country().equals(s.country())) {
      throw new RefusedException(
          "SITE", "site " + s.name() + " is in " + known.get().country() + ", not " + s.country());
    }
  }

  /** Refuses a receipt of serial numbers that another holding still holds. */
  private static void serialsFree(Handle h, Holding holding, Movement m) {
    for (String serial : m.serials()) {
      List<String> others =
          h.createQuery(
                  "SELECT holding_id FROM register_serial WHERE serial_no = :s AND holding_id <> :h")
              .bind("s", serial)
              .bind("h", holding.id())
              .mapTo(String.class)
              .list();
      for (String other : others) {
        Holding o = RegisterRows.holding(h, other).orElseThrow();
        List<Movement> ms =
            RegisterRows.movements(h, other).stream().map(RecordedMovement::movement).toList();
        if (Ledger.replay(o, ms).holds(serial)) {
          throw new RefusedException(
              "SERIAL",
              "serial number "
                  + serial
                  + " is still held in holding "
                  + other
                  + ": a unit cannot be in two places");
        }
      }
      h.createUpdate(
              "INSERT INTO register_serial (serial_no, holding_id) SELECT :s, :h WHERE NOT EXISTS"
                  + " (SELECT 1 FROM register_serial WHERE serial_no = :s AND holding_id = :h)")
          .bind("s", serial)
          .bind("h", holding.id())
          .execute();
    }
  }

  private static Map<String, Object> detail(long seq, Movement m, LicenceCheck check) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("movement", seq);
    d.put("kind", m.kind());
    d.put("date", m.date());
    d.put("quantity", m.quantity());
    d.put("serials", m.serials());
    d.put("reason", m.reason());
    d.put("check", check.status().name());
    if (m.from() != null) {
      d.put("from", m.from().toString());
    }
    if (m.to() != null) {
      d.put("to", m.to().toString());
    }
    if (m instanceof Movement.Transferred t) {
      d.put("counterparty", t.counterparty().name() + " (" + t.counterparty().country() + ")");
    }
    if (m.licence() != null) {
      d.put("licence", m.licence());
    }
    if (m.transaction() != null) {
      d.put("transaction", m.transaction());
    }
    if (check.outcome() != null) {
      d.put("outcome", check.outcome().name());
      d.put("rulebook", check.rulebook());
    }
    return d;
  }

  /** Every holding, by id. */
  public List<Holding> holdings() {
    return jdbi.withHandle(
        h ->
            h.createQuery(RegisterRows.HOLDING + " ORDER BY id").map(RegisterRows::holding).list());
  }

  /** The holding with this id, if any. */
  public Optional<Holding> holding(String id) {
    return jdbi.withHandle(h -> RegisterRows.holding(h, id));
  }

  /** The site with this name, if the register has seen it. */
  public Optional<Site> site(String name) {
    return jdbi.withHandle(h -> RegisterRows.site(h, name));
  }

  /** Every movement, in recording order. */
  public List<RecordedMovement> movements() {
    return jdbi.withHandle(
        h ->
            h.createQuery(RegisterRows.MOVEMENT + " ORDER BY m.seq")
                .map(RegisterRows::movement)
                .list());
  }

  /**
   * What the register held at the end of a day, from the movements.
   *
   * @param asOf the day
   * @param filter the site and classification to report on
   * @param classifier gives each item's US-EAR code on the day
   */
  public RegisterReport report(
      LocalDate asOf, RegisterReport.Filter filter, HoldingClassifier classifier) {
    return jdbi.inTransaction(
        h -> {
          // one snapshot: holdings and movements read in the same transaction
          List<Holding> holdings =
              h.createQuery(RegisterRows.HOLDING).map(RegisterRows::holding).list();
          List<RecordedMovement> movements =
              h.createQuery(RegisterRows.MOVEMENT + " ORDER BY m.seq")
                  .map(RegisterRows::movement)
                  .list();
          return RegisterReport.of(holdings, movements, asOf, filter, classifier);
        });
  }
}
