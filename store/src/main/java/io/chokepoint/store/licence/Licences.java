package io.chokepoint.store.licence;

import io.chokepoint.licence.Balance;
import io.chokepoint.licence.DrawdownDecision;
import io.chokepoint.licence.Drawdowns;
import io.chokepoint.licence.Licence;
import io.chokepoint.licence.LicenceLine;
import io.chokepoint.licence.LicenceStatus;
import io.chokepoint.licence.Movement;
import io.chokepoint.licence.Shortfall;
import io.chokepoint.review.Actor;
import io.chokepoint.review.Role;
import io.chokepoint.store.NotFoundException;
import io.chokepoint.store.RefusedException;
import io.chokepoint.store.audit.AuditEvent;
import io.chokepoint.store.audit.AuditTrail;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The licences in the store and every request against them. Each write runs in one transaction with
 * its audit entry. A drawdown locks the licence row, so concurrent drawdowns queue and never
 * overdraw; its idempotency key is unique, so a retried drawdown returns its first answer and draws
 * nothing more. Rejected requests are recorded with their reasons too.
 */
public final class Licences {
  private final Jdbi jdbi;
  private final AuditTrail audit;

  /** Creates the licence store over a database. */
  public Licences(Jdbi jdbi, AuditTrail audit) {
    this.jdbi = jdbi;
    this.audit = audit;
  }

  /**
   * Records a licence.
   *
   * @throws RefusedException if the actor is below officer, or the number is already recorded
   */
  public StoredLicence add(Actor by, Licence licence) {
    LedgerRows.require(by, Role.OFFICER, "record licences");
    return jdbi.inTransaction(h -> add(h, by, licence));
  }

  /**
   * Records licences all or nothing, in one transaction.
   *
   * @throws RefusedException if the actor is below officer, or any number is already recorded
   */
  public List<StoredLicence> addAll(Actor by, List<Licence> list) {
    LedgerRows.require(by, Role.OFFICER, "record licences");
    return jdbi.inTransaction(
        h -> {
          List<StoredLicence> out = new ArrayList<>();
          for (Licence l : list) {
            out.add(add(h, by, l));
          }
          return out;
        });
  }

  /**
   * Records a licence inside the caller's transaction.
   *
   * @throws RefusedException if the number is already recorded
   */
  StoredLicence add(Handle h, Actor by, Licence licence) {
    if (LedgerRows.row(h, licence.number(), false) != null) {
      throw new RefusedException("EXISTS", "licence " + licence.number() + " is already recorded");
    }
    h.createUpdate(
            "INSERT INTO licence (number, authority, kind, status, valid_from, valid_to,"
                + " application, body, drawn_quantity, drawn_value, recorded_at, recorded_by)"
                + " VALUES (:n, :authority, :kind, :status, :from, :to, :app, :body, 0, 0, :at,"
                + " :by)")
        .bind("n", licence.number())
        .bind("authority", licence.authority().name())
        .bind("kind", licence.kind().code())
        .bind("status", licence.status().code())
        .bind("from", licence.validFrom())
        .bind("to", licence.validTo())
        .bind("app", licence.application())
        .bind("body", LedgerRows.body(licence))
        .bind("at", LedgerRows.now())
        .bind("by", by.name())
        .execute();
    audit.append(
        h,
        new AuditEvent(
            by.name(),
            "licence.add",
            subject(licence.number()),
            Map.of("licence", io.chokepoint.licence.LicenceFormat.licence(licence))));
    return new StoredLicence(licence, Balance.ZERO);
  }

  /** The licence with this number and its balance, if recorded. */
  public Optional<StoredLicence> find(String number) {
    return jdbi.inTransaction(h -> find(h, number, false));
  }

  /**
   * The licence with this number and its balance.
   *
   * @throws NotFoundException if there is none
   */
  public StoredLicence get(String number) {
    return find(number).orElseThrow(() -> new NotFoundException("no licence " + number));
  }

  /** Every licence with its balance, by number. */
  public List<StoredLicence> all() {
    return jdbi.inTransaction(
        h -> {
          List<StoredLicence> out = new ArrayList<>();
          for (String n :
              h.createQuery("SELECT number FROM licence ORDER BY number")
                  .mapTo(String.class)
                  .list()) {
            find(h, n, false).ifPresent(out::add);
          }
          return out;
        });
  }

  private Optional<StoredLicence> find(Handle h, String number, boolean lock) {
    Map<String, Object> row = LedgerRows.row(h, number, lock);
    if (row == null) {
      return Optional.empty();
    }
    return Optional.of(stored(h, row, number, LocalDate.now()));
  }

  /** Every entry recorded against a licence, oldest first. */
  public List<LedgerEntry> entries(String number) {
    return jdbi.withHandle(
        h ->
            h.createQuery(LedgerRows.SELECT_ENTRY + " WHERE licence = :n ORDER BY id")
                .bind("n", number)
                .map((rs, ctx) -> LedgerRows.entry(rs))
                .list());
  }

  /**
   * Draws a line's quantity and value on a licence, once per idempotency key.
   *
   * @param by who draws
   * @param number the licence
   * @param line the line with the quantity and value to draw
   * @param key the idempotency key: a retry with the same key returns the first answer
   * @throws RefusedException if the actor is below officer, or the key was used for another request
   * @throws NotFoundException if there is no such licence
   */
  public LedgerResult draw(Actor by, String number, LicenceLine line, String key) {
    LedgerRows.require(by, Role.OFFICER, "draw on licences");
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("a drawdown needs an idempotency key");
    }
    try {
      return jdbi.inTransaction(h -> draw(h, by, number, line, key));
    } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
      // The same key was committed by a concurrent request on another licence between our check
      // and our insert; its answer is the one to return.
      return jdbi.inTransaction(h -> replay(h, key, number, line).orElseThrow(() -> e));
    }
  }

  /**
   * Draws within the caller's database transaction, as a release under a licence does: the draw and
   * the release commit together or not at all.
   *
   * @throws RefusedException if the actor is below officer, or the key was used for another request
   * @throws NotFoundException if there is no such licence
   */
  public LedgerResult draw(Handle h, Actor by, String number, LicenceLine line, String key) {
    LedgerRows.require(by, Role.OFFICER, "draw on licences");
    Optional<LedgerResult> earlier = replay(h, key, number, line);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    StoredLicence s = locked(h, number, line.date());
    // A request with the same key may have committed while this one waited for the lock.
    earlier = replay(h, key, number, line);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    DrawdownDecision d = Drawdowns.draw(s.licence(), s.balance(), line);
    LedgerEntry e =
        LedgerRows.request(
            number,
            "draw",
            key,
            d.accepted(),
            line.transaction(),
            line.line(),
            line.destination(),
            line.quantity(),
            line.value() == null ? null : line.value().amount(),
            null,
            null,
            reasons(d));
    return record(h, by, s, e, d);
  }

  private Optional<LedgerResult> replay(Handle h, String key, String number, LicenceLine line) {
    Optional<LedgerEntry> first =
        h.createQuery(LedgerRows.SELECT_ENTRY + " WHERE idempotency_key = :k")
            .bind("k", key)
            .map((rs, ctx) -> LedgerRows.entry(rs))
            .findOne();
    if (first.isEmpty()) {
      return Optional.empty();
    }
    LedgerEntry f = first.get();
    if (!f.licence().equals(number)
        || f.quantity().compareTo(line.quantity()) != 0
        || !java.util.Objects.equals(f.transaction(), line.transaction())
        || !java.util.Objects.equals(f.line(), line.line())) {
      throw new RefusedException(
          "KEY_REUSED",
          "idempotency key "
              + key
              + " was used for entry "
              + f.id()
              + " (licence "
              + f.licence()
              + ", "
              + f.transaction()
              + "/"
              + f.line()
              + ", quantity "
              + f.quantity().toPlainString()
              + "); use a new key for a new request");
    }
    StoredLicence now = find(h, number, false).orElseThrow();
    return Optional.of(
        new LedgerResult(
            f.id(),
            true,
            f.accepted(),
            f.reasons(),
            List.of("replayed: key " + key + " was first answered by entry " + f.id()),
            now.balance()));
  }

  /**
   * Returns units of a drawdown to the licence: they did not ship, or came back.
   *
   * @param drawEntry the drawdown entry credited
   * @throws RefusedException if the actor is below officer, or the entry is no accepted drawdown of
   *     the licence
   */
  public LedgerResult giveBack(
      Actor by,
      String number,
      long drawEntry,
      BigDecimal quantity,
      BigDecimal value,
      String reason) {
    LedgerRows.require(by, Role.OFFICER, "return drawdowns");
    return jdbi.inTransaction(
        h -> {
          StoredLicence s = locked(h, number, LocalDate.now());
          LedgerEntry draw =
              h.createQuery(LedgerRows.SELECT_ENTRY + " WHERE id = :id")
                  .bind("id", drawEntry)
                  .map((rs, ctx) -> LedgerRows.entry(rs))
                  .findOne()
                  .filter(
                      x -> x.licence().equals(number) && x.kind().equals("draw") && x.accepted())
                  .orElseThrow(
                      () ->
                          new RefusedException(
                              "NO_DRAWDOWN",
                              "entry " + drawEntry + " is no accepted drawdown of " + number));
          Map<String, Object> returned =
              h.createQuery(
                      "SELECT COALESCE(SUM(quantity), 0) AS q, COALESCE(SUM(value_amount), 0) AS v"
                          + " FROM licence_entry WHERE returns_entry = :id AND accepted")
                  .bind("id", drawEntry)
                  .mapToMap()
                  .one();
          BigDecimal heldValue =
              draw.value() == null ? null : draw.value().subtract((BigDecimal) returned.get("v"));
          Movement held =
              new Movement(
                  draw.quantity().subtract((BigDecimal) returned.get("q")),
                  heldValue,
                  draw.destination());
          DrawdownDecision d =
              Drawdowns.giveBack(
                  s.licence(),
                  s.balance(),
                  held,
                  new Movement(quantity, value, draw.destination()));
          LedgerEntry e =
              LedgerRows.request(
                  number,
                  "return",
                  null,
                  d.accepted(),
                  draw.transaction(),
                  draw.line(),
                  draw.destination(),
                  quantity,
                  value,
                  drawEntry,
                  reason,
                  reasons(d));
          return record(h, by, s, e, d);
        });
  }

  /**
   * Adjusts a licence's drawn totals by signed amounts, with a reason.
   *
   * @throws RefusedException if the actor is below officer
   */
  public LedgerResult adjust(
      Actor by, String number, BigDecimal quantity, BigDecimal value, String reason) {
    LedgerRows.require(by, Role.OFFICER, "adjust licences");
    return jdbi.inTransaction(
        h -> {
          StoredLicence s = locked(h, number, LocalDate.now());
          DrawdownDecision d = Drawdowns.adjust(s.licence(), s.balance(), quantity, value, reason);
          LedgerEntry e =
              LedgerRows.request(
                  number,
                  "adjust",
                  null,
                  d.accepted(),
                  null,
                  null,
                  null,
                  quantity,
                  value,
                  null,
                  reason,
                  reasons(d));
          return record(h, by, s, e, d);
        });
  }

  /**
   * Records the expiry of a licence after its last day: its status becomes expired and what was
   * left lapses.
   *
   * @throws RefusedException if the actor is below officer
   */
  public LedgerResult expire(Actor by, String number, LocalDate day) {
    LedgerRows.require(by, Role.OFFICER, "expire licences");
    return jdbi.inTransaction(
        h -> {
          StoredLicence s = locked(h, number, day);
          DrawdownDecision d = Drawdowns.expire(s.licence(), s.balance(), day);
          LedgerEntry e =
              LedgerRows.request(
                  number,
                  "expire",
                  null,
                  d.accepted(),
                  null,
                  null,
                  null,
                  BigDecimal.ZERO,
                  null,
                  null,
                  "expired on " + day,
                  reasons(d));
          if (d.accepted()) {
            h.createUpdate("UPDATE licence SET status = 'expired' WHERE number = :n")
                .bind("n", number)
                .execute();
          }
          return record(h, by, s, e, d);
        });
  }

  /** The expiry of every active or suspended licence whose last day is before the day. */
  public List<LedgerResult> expireAll(Actor by, LocalDate day) {
    List<String> due =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT number FROM licence WHERE valid_to < :d AND status IN ('active',"
                            + " 'suspended') ORDER BY number")
                    .bind("d", day)
                    .mapTo(String.class)
                    .list());
    List<LedgerResult> out = new ArrayList<>();
    for (String n : due) {
      out.add(expire(by, n, day));
    }
    return out;
  }

  private StoredLicence locked(Handle h, String number, LocalDate day) {
    Map<String, Object> row = LedgerRows.row(h, number, true);
    if (row == null) {
      throw new NotFoundException("no licence " + number);
    }
    return stored(h, row, number, day);
  }

  /** The licence of a row with its balance, the reference shipments summed up to a day. */
  private static StoredLicence stored(
      Handle h, Map<String, Object> row, String number, LocalDate day) {
    Licence l = LedgerRows.licence((String) row.get("body"), number);
    l = l.withStatus(LicenceStatus.valueOf(((String) row.get("status")).toUpperCase()));
    Map<String, BigDecimal> reference = ReferenceShipments.sum(h, l, day);
    return new StoredLicence(l, LedgerRows.balance(h, l, row, reference));
  }

  private LedgerResult record(
      Handle h, Actor by, StoredLicence s, LedgerEntry e, DrawdownDecision d) {
    Balance after = d instanceof DrawdownDecision.Accepted a ? a.after() : s.balance();
    long id = LedgerRows.insert(h, e, by.name());
    if (d.accepted()) {
      LedgerRows.updateTotals(h, e.licence(), after);
    }
    audit.append(
        h,
        new AuditEvent(
            by.name(),
            "licence." + e.kind() + (d.accepted() ? "" : ".rejected"),
            subject(e.licence()),
            LedgerRows.detail(id, e, after)));
    List<String> notes = d instanceof DrawdownDecision.Accepted a ? a.notes() : List.of();
    return new LedgerResult(id, false, d.accepted(), reasons(d), notes, after);
  }

  private static List<Shortfall> reasons(DrawdownDecision d) {
    return d instanceof DrawdownDecision.Rejected r ? r.reasons() : List.of();
  }

  static String subject(String number) {
    return "licence:" + number;
  }
}
