package io.chokepoint.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chokepoint.cli.RegisterCommand;
import io.chokepoint.register.HoldingClassifier;
import io.chokepoint.register.RecordedMovement;
import io.chokepoint.register.RegisterChange;
import io.chokepoint.register.RegisterFile;
import io.chokepoint.register.RegisterJson;
import io.chokepoint.register.RegisterReport;
import io.chokepoint.review.Role;
import io.chokepoint.store.register.Register;
import java.time.LocalDate;
import java.util.List;

/**
 * The controlled-item register: receipts and movements in (each export checked for a licence as of
 * its date, transfer counterparties screened against the active lists), the movements and the
 * report out, as {@code chokepoint register} does (docs/formats.md §15). A write answers the
 * recorded movements as the CLI prints them.
 */
final class RegisterApi implements ApiModule {
  @Override
  public void register(Api api) {
    api.route(
        new Endpoint(
                "POST",
                "/api/register/receipts",
                Role.OFFICER,
                "register",
                "Record receipts (and any movements after them), all or nothing.",
                "a register file (docs/formats.md §15.1) as JSON: {receipts: [...], movements?: [...]}")
            .created(),
        call -> {
          call.body();
          return record(api, call, call.text());
        });
    api.route(
        new Endpoint(
                "POST",
                "/api/register/movements",
                Role.OFFICER,
                "register",
                "Record movements (moved, transferred, scrapped), all or nothing.",
                "{movements: [...]} or one movement {kind, holding, date, ...} (docs/formats.md §15.1)")
            .created(),
        call -> {
          JsonNode body = call.body();
          if (body.has("receipts")) {
            throw ApiException.invalid("receipts", "receipts go to POST /api/register/receipts");
          }
          if (!body.has("movements")) {
            ObjectNode wrapped = ApiCall.JSON.createObjectNode();
            wrapped.putArray("movements").add(body);
            return record(api, call, wrapped.toString());
          }
          return record(api, call, call.text());
        });
    api.route(
        new Endpoint(
            "GET",
            "/api/register/movements",
            Role.VIEWER,
            "register",
            "The recorded movements with their licence checks, oldest first (?holding=ID&flagged=true).",
            null),
        call -> {
          String holding = call.query("holding");
          String only = call.query("flagged");
          if (only != null && !only.equals("true") && !only.equals("false")) {
            throw ApiException.invalid("flagged", "'flagged' is true or false, not '" + only + "'");
          }
          boolean flagged = "true".equals(only);
          return new Register(api.services().store())
              .movements().stream()
                  .filter(r -> holding == null || r.movement().holding().equals(holding))
                  .filter(r -> !flagged || r.check().flagged())
                  .map(RegisterJson::movement)
                  .toList();
        });
    api.route(
        new Endpoint(
            "GET",
            "/api/register/report",
            Role.VIEWER,
            "register",
            "Counts and value by classification, site and end use (?asOf=DATE&site=S&eccn=CODE).",
            null),
        call -> {
          LocalDate d = call.date("asOf");
          Services s = api.services();
          HoldingClassifier classifier =
              HoldingClassifier.of(
                  s.home().engine().determiner().chipClassifier(), s.home().catalogue());
          RegisterReport report =
              new Register(s.store())
                  .report(
                      d != null ? d : LocalDate.now(),
                      new RegisterReport.Filter(call.query("site"), call.query("eccn")),
                      classifier);
          return RegisterJson.report(report);
        });
  }

  private static Object record(Api api, ApiCall call, String text) {
    Services s = api.services();
    Register register = new Register(s.store());
    List<RegisterChange> changes =
        new RegisterFile(s.home().catalogue(), register::site).parse(text, ApiValues.BODY);
    List<RecordedMovement> recorded =
        RegisterCommand.record(s.home(), s.store(), call.actor(), changes, s.determiner());
    return recorded.stream().map(RegisterJson::movement).toList();
  }
}
