package io.chokepoint.cli;

import io.chokepoint.licence.ApplicationDraft;
import io.chokepoint.licence.ApplicationDrafter;
import io.chokepoint.licence.ApplicationForm;
import io.chokepoint.licence.ApplicationStatus;
import io.chokepoint.licence.Authority;
import io.chokepoint.licence.LicenceApplication;
import io.chokepoint.licence.LicenceFormat;
import io.chokepoint.rules.Regime;
import io.chokepoint.store.licence.Applications;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chokepoint application draft|submit|decide|list|show}: licence applications drafted from a
 * recorded transaction, their status and review deadline, and the licence an approval creates.
 */
@Command(
    name = "application",
    mixinStandardHelpOptions = true,
    description = "Licence applications: draft, submit, decide, list, show.",
    subcommands = {
      ApplicationCommand.Draft.class,
      ApplicationCommand.Submit.class,
      ApplicationCommand.Decide.class,
      ApplicationCommand.ListAll.class,
      ApplicationCommand.Show.class
    })
public final class ApplicationCommand extends StoreCommands.Group {

  /** Prints an application. */
  static int show(StoreCommands.Sub sub, LicenceApplication a) {
    List<String> text = new ArrayList<>();
    text.add(
        "application "
            + a.id()
            + " ("
            + a.draft().form().code()
            + ") for "
            + a.draft().transaction()
            + ": "
            + a.status().code().toUpperCase());
    if (a.submittedOn() != null) {
      text.add(
          "  submitted "
              + a.submittedOn()
              + "; review deadline "
              + (a.deadline() == null ? "unknown" : a.deadline())
              + " ("
              + a.draft().clock().describe()
              + ")");
    } else {
      text.add("  review time: " + a.draft().clock().describe());
    }
    a.draft().clock().caveats().forEach(c -> text.add("  caveat: " + c));
    if (a.licence() != null) {
      text.add("  licence " + a.licence());
    }
    a.draft()
        .fields()
        .forEach(
            f ->
                text.add(
                    "  "
                        + f.name()
                        + ": "
                        + (f.missing()
                            ? "MISSING (" + f.source() + ")"
                            : String.valueOf(f.value()))));
    a.draft().documents().forEach(d -> text.add("  document: " + d));
    a.draft().problems().forEach(p -> text.add("  problem: " + p));
    return sub.print(LicenceFormat.application(a), text);
  }

  /**
   * Refuses to draft for a recorded transaction that is not on hold: one that needs no licence, or
   * was already released or rejected.
   */
  static void held(io.chokepoint.store.Store db, String tx) {
    try {
      io.chokepoint.review.HoldStatus s = db.transactions().get(tx).status();
      if (!s.open()) {
        throw new io.chokepoint.store.RefusedException(
            "STATE",
            tx
                + " is "
                + s.name().toLowerCase()
                + ": applications are drafted for held transactions");
      }
    } catch (io.chokepoint.store.NotFoundException e) {
      // Recorded by check only: drafting from its determination is still allowed.
    }
  }

  @Command(
      name = "draft",
      description = "Draft an application from a held transaction (or one check recorded).")
  static final class Draft extends StoreCommands.Sub {
    @Parameters(paramLabel = "TX_ID")
    String tx;

    @Option(names = "--authority", required = true, paramLabel = "BIS|MOFCOM")
    String authority;

    @Option(
        names = "--form",
        paramLabel = "FORM",
        description =
            "nac-notification, bis-licence-application or mofcom-dual-use (default: by authority).")
    String form;

    @Override
    public Integer call() {
      Authority a;
      try {
        a = Authority.of(authority);
      } catch (IllegalArgumentException e) {
        throw LicenceCli.invalid("--authority", "expected BIS or MOFCOM, not '" + authority + "'");
      }
      if (a == Authority.INTERNAL) {
        throw LicenceCli.invalid("--authority", "an internal approval has no application");
      }
      return show(this, draft(parent.main.home(), db(), actor(), tx, a, form, "--form"));
    }
  }

  /**
   * Drafts and records an application for a held (or checked) transaction.
   *
   * @param form the form's code, or {@code null} for the authority's form for the determination
   * @param formField how the caller names the form, for errors ({@code --form}, {@code form})
   * @throws io.chokepoint.source.SourceException naming {@code formField} for an unknown form
   * @throws io.chokepoint.store.RefusedException if the transaction is not on hold
   */
  public static LicenceApplication draft(
      Home home,
      io.chokepoint.store.Store db,
      io.chokepoint.review.Actor by,
      String tx,
      Authority a,
      String form,
      String formField) {
    held(db, tx);
    LicenceCli.Recorded r = LicenceCli.recorded(home, db, tx);
    ApplicationForm f;
    try {
      f =
          form == null
              ? ApplicationDrafter.formFor(a, r.determination())
              : ApplicationForm.of(form);
    } catch (IllegalArgumentException e) {
      throw LicenceCli.invalid(formField, "unknown form '" + form + "'");
    }
    if (f.authority() != a) {
      throw LicenceCli.invalid(formField, f.code() + " goes to " + f.authority() + ", not " + a);
    }
    Map<String, Object> licensing =
        home.engine().ruleBook().regime(a.regime()).map(Regime::licensing).orElse(Map.of());
    ApplicationDraft d = ApplicationDrafter.draft(f, r.transaction(), r.determination(), licensing);
    return db.applications().draft(by, d);
  }

  @Command(name = "submit", description = "Submit an application; the review clock starts.")
  static final class Submit extends StoreCommands.Sub {
    @Parameters(paramLabel = "ID")
    String id;

    @Option(names = "--on", paramLabel = "DATE", description = "Day of receipt (default: today).")
    String on;

    @Option(
        names = "--set",
        paramLabel = "FIELD=VALUE",
        description = "Supply a field the draft misses, e.g. --set items[L1].manufacturer=NVIDIA.")
    Map<String, String> supplied = new LinkedHashMap<>();

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Override
    public Integer call() {
      LocalDate day = LicenceCli.date("--on", on, LocalDate.now());
      try {
        return show(this, db().applications().submit(actor(), id, day, supplied, note));
      } catch (IllegalArgumentException e) {
        throw LicenceCli.invalid("--set", e.getMessage());
      }
    }
  }

  @Command(
      name = "decide",
      description = "Record the authority's decision; approval creates the licence.")
  static final class Decide extends StoreCommands.Sub {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1", paramLabel = "approved|denied|returned")
    String decision;

    @Option(
        names = "--on",
        paramLabel = "DATE",
        description = "Day of the decision (default: today).")
    String on;

    @Option(
        names = "--licence-number",
        paramLabel = "N",
        description = "For approved: the licence number.")
    String number;

    @Option(
        names = "--valid-from",
        paramLabel = "DATE",
        description = "For approved (default: --on).")
    String validFrom;

    @Option(names = "--valid-to", paramLabel = "DATE", description = "For approved: the last day.")
    String validTo;

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Override
    public Integer call() {
      LocalDate day = LicenceCli.date("--on", on, LocalDate.now());
      LocalDate from = LicenceCli.date("--valid-from", validFrom, day);
      LocalDate to = LicenceCli.date("--valid-to", validTo, null);
      Applications.Decided d =
          decide(
              db(),
              actor(),
              id,
              decision,
              day,
              note,
              number,
              from,
              to,
              f -> f.equals("decision") ? f : "--" + f.replaceAll("([A-Z])", "-$1").toLowerCase());
      return show(this, d.application());
    }
  }

  /**
   * Records an authority's decision on an application; an approval records the licence.
   *
   * @param decision approved, denied or returned
   * @param field how the caller names a value ({@code licenceNumber}, {@code validTo}, {@code
   *     decision}), for errors
   * @throws io.chokepoint.source.SourceException naming the value at fault
   */
  public static Applications.Decided decide(
      io.chokepoint.store.Store db,
      io.chokepoint.review.Actor by,
      String id,
      String decision,
      LocalDate on,
      String note,
      String number,
      LocalDate validFrom,
      LocalDate validTo,
      java.util.function.UnaryOperator<String> field) {
    ApplicationStatus s;
    try {
      s = ApplicationStatus.of(decision);
    } catch (IllegalArgumentException e) {
      s = null;
    }
    if (s == null || !s.isDecision()) {
      throw LicenceCli.invalid(
          field.apply("decision"), "expected approved, denied or returned, not '" + decision + "'");
    }
    if (s == ApplicationStatus.APPROVED && (number == null || number.isBlank())) {
      throw LicenceCli.invalid(
          field.apply("licenceNumber"), "an approval needs the licence number");
    }
    if (s == ApplicationStatus.APPROVED && validTo == null) {
      throw LicenceCli.invalid(field.apply("validTo"), "an approval needs the licence's last day");
    }
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw LicenceCli.invalid(field.apply("validTo"), validTo + " is before " + validFrom);
    }
    return db.applications()
        .decide(by, id, s, on, note, a -> a.grant(number, validFrom, validTo, List.of()));
  }

  @Command(name = "list", description = "Every application.")
  static final class ListAll extends StoreCommands.Sub {
    @Override
    public Integer call() {
      List<Object> json = new ArrayList<>();
      List<String> text = new ArrayList<>();
      for (LicenceApplication a : db().applications().all()) {
        json.add(LicenceFormat.application(a));
        text.add(
            a.id()
                + "  "
                + a.draft().form().code()
                + "  "
                + a.draft().transaction()
                + "  "
                + a.status().code()
                + (a.deadline() == null ? "" : "  deadline " + a.deadline()));
      }
      return print(Map.of("applications", json), text);
    }
  }

  @Command(name = "show", description = "One application with its draft.")
  static final class Show extends StoreCommands.Sub {
    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
      return show(this, db().applications().get(id));
    }
  }
}
