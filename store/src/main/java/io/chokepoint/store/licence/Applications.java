package io.chokepoint.store.licence;

import io.chokepoint.licence.ApplicationDraft;
import io.chokepoint.licence.ApplicationStatus;
import io.chokepoint.licence.Licence;
import io.chokepoint.licence.LicenceApplication;
import io.chokepoint.licence.LicenceFormat;
import io.chokepoint.review.Actor;
import io.chokepoint.review.Role;
import io.chokepoint.store.NotFoundException;
import io.chokepoint.store.RefusedException;
import io.chokepoint.store.audit.AuditEvent;
import io.chokepoint.store.audit.AuditTrail;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Licence applications in the store: drafted, submitted (with the review deadline from the rule
 * data), and decided. Approving one records the licence it created in the same transaction. Every
 * step is audited.
 */
public final class Applications {
  private final Jdbi jdbi;
  private final AuditTrail audit;
  private final Licences licences;

  /** Creates the application store over a database. */
  public Applications(Jdbi jdbi, AuditTrail audit, Licences licences) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.licences = licences;
  }

  /**
   * Records a new draft.
   *
   * @throws RefusedException if the actor is below officer
   */
  public LicenceApplication draft(Actor by, ApplicationDraft draft) {
    LedgerRows.require(by, Role.OFFICER, "draft licence applications");
    return jdbi.inTransaction(
        h -> {
          long id =
              h.createUpdate(
                      "INSERT INTO licence_application (transaction_id, form, status, draft,"
                          + " recorded_at, recorded_by) VALUES (:tx, :form, 'draft', :draft, :at,"
                          + " :by)")
                  .bind("tx", draft.transaction())
                  .bind("form", draft.form().code())
                  .bind("draft", LedgerRows.json(LicenceFormat.draft(draft)))
                  .bind("at", LedgerRows.now())
                  .bind("by", by.name())
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          LicenceApplication a = LicenceApplication.drafted(String.valueOf(id), draft);
          audit(h, by, "application.draft", a, Map.of("missing", draft.missing()));
          return a;
        });
  }

  /**
   * Submits an application, with the fields the applicant supplies.
   *
   * @param supplied field values by name, filling fields the draft left missing
   * @throws RefusedException if the actor is below officer, the status does not allow it, or a
   *     field is still missing
   * @throws NotFoundException if there is no such application
   * @throws IllegalArgumentException if a supplied field is not in the draft
   */
  public LicenceApplication submit(
      Actor by, String id, LocalDate on, Map<String, String> supplied, String note) {
    LedgerRows.require(by, Role.OFFICER, "submit licence applications");
    return jdbi.inTransaction(
        h -> {
          LicenceApplication a = load(h, id, true);
          ApplicationDraft d = a.draft();
          for (Map.Entry<String, String> e : supplied.entrySet()) {
            d = d.with(e.getKey(), e.getValue());
          }
          LicenceApplication withData =
              new LicenceApplication(
                  a.id(),
                  d,
                  a.status(),
                  a.submittedOn(),
                  a.deadline(),
                  a.decidedOn(),
                  a.licence(),
                  a.note());
          LicenceApplication next = step(() -> withData.submit(on, note));
          save(h, next);
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("submittedOn", on.toString());
          detail.put("supplied", List.copyOf(supplied.keySet()));
          LedgerRows.putIfSet(
              detail, "deadline", next.deadline() == null ? null : next.deadline().toString());
          audit(h, by, "application.submit", next, detail);
          return next;
        });
  }

  /**
   * Records the authority's decision. An approval records the licence it created, from the draft's
   * terms, with the number and dates the authority gave.
   *
   * @param grant for an approval, the licence number and validity: {@code (application) ->
   *     licence}; ignored otherwise
   * @throws RefusedException if the actor is below officer or the status does not allow it
   * @throws NotFoundException if there is no such application
   */
  public Decided decide(
      Actor by,
      String id,
      ApplicationStatus decision,
      LocalDate on,
      String note,
      Function<LicenceApplication, Licence> grant) {
    LedgerRows.require(by, Role.OFFICER, "record decisions on licence applications");
    return jdbi.inTransaction(
        h -> {
          LicenceApplication a = load(h, id, true);
          Licence licence =
              decision == ApplicationStatus.APPROVED ? step(() -> grant.apply(a)) : null;
          LicenceApplication next =
              step(() -> a.decide(decision, on, licence == null ? null : licence.number(), note));
          save(h, next);
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("decision", decision.code());
          detail.put("decidedOn", on.toString());
          LedgerRows.putIfSet(detail, "note", note);
          LedgerRows.putIfSet(detail, "licence", next.licence());
          audit(h, by, "application.decide", next, detail);
          if (licence != null) {
            licences.add(h, by, licence);
          }
          return new Decided(next, licence);
        });
  }

  /** An application after a decision, and the licence an approval created (or {@code null}). */
  public record Decided(LicenceApplication application, Licence licence) {}

  /**
   * The application with this id.
   *
   * @throws NotFoundException if there is none
   */
  public LicenceApplication get(String id) {
    return jdbi.inTransaction(h -> load(h, id, false));
  }

  /** Every application, oldest first. */
  public List<LicenceApplication> all() {
    return jdbi.withHandle(
        h -> h.createQuery(SELECT + " ORDER BY id").map((rs, ctx) -> row(rs)).list());
  }

  private static final String SELECT =
      "SELECT id, status, draft, submitted_on, deadline, decided_on, licence, note FROM"
          + " licence_application";

  private static LicenceApplication load(Handle h, String id, boolean lock) {
    long n;
    try {
      n = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException("no application " + id);
    }
    return h.createQuery(SELECT + " WHERE id = :id" + (lock ? " FOR UPDATE" : ""))
        .bind("id", n)
        .map((rs, ctx) -> row(rs))
        .findOne()
        .orElseThrow(() -> new NotFoundException("no application " + id));
  }

  private static LicenceApplication row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new LicenceApplication(
        String.valueOf(rs.getLong("id")),
        LicenceFormat.readDraft(rs.getString("draft")),
        ApplicationStatus.of(rs.getString("status")),
        date(rs.getDate("submitted_on")),
        date(rs.getDate("deadline")),
        date(rs.getDate("decided_on")),
        rs.getString("licence"),
        rs.getString("note"));
  }

  private static LocalDate date(Date d) {
    return d == null ? null : d.toLocalDate();
  }

  private static void save(Handle h, LicenceApplication a) {
    h.createUpdate(
            "UPDATE licence_application SET status = :status, draft = :draft, submitted_on = :sub,"
                + " deadline = :deadline, decided_on = :dec, licence = :licence, note = :note WHERE"
                + " id = :id")
        .bind("status", a.status().code())
        .bind("draft", LedgerRows.json(LicenceFormat.draft(a.draft())))
        .bind("sub", a.submittedOn())
        .bind("deadline", a.deadline())
        .bind("dec", a.decidedOn())
        .bind("licence", a.licence())
        .bind("note", a.note())
        .bind("id", Long.parseLong(a.id()))
        .execute();
  }

  private void audit(
      Handle h, Actor by, String action, LicenceApplication a, Map<String, Object> more) {
    Map<String, Object> detail = new LinkedHashMap<>(more);
    detail.put("status", a.status().code());
    detail.put("form", a.draft().form().code());
    detail.put("transaction", a.draft().transaction());
    audit.append(h, new AuditEvent(by.name(), action, "application:" + a.id(), detail));
  }

  /** Runs a domain step, turning its refusal into the store's. */
  private static <T> T step(java.util.function.Supplier<T> s) {
    try {
      return s.get();
    } catch (IllegalStateException e) {
      throw new RefusedException("STATE", e.getMessage());
    }
  }
}
