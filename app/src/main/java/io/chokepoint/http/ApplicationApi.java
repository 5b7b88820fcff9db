package io.chokepoint.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.chokepoint.cli.ApplicationCommand;
import io.chokepoint.licence.Authority;
import io.chokepoint.licence.LicenceApplication;
import io.chokepoint.licence.LicenceFormat;
import io.chokepoint.review.Role;
import io.chokepoint.store.Store;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Licence applications: draft from a held transaction, submit, record the authority's decision,
 * list and show, as {@code chokepoint application} does (docs/formats.md §18). Each answers the
 * application as the CLI prints it.
 */
final class ApplicationApi implements ApiModule {
  @Override
  public void register(Api api) {
    api.route(
        new Endpoint(
                "POST",
                "/api/applications",
                Role.OFFICER,
                "applications",
                "Draft an application from a held transaction.",
                "{transaction, authority: BIS|MOFCOM, form?: nac-notification|bis-licence-application|"
                    + "mofcom-dual-use}")
            .created(),
        call -> {
          String tx = call.string("transaction");
          String authority = call.string("authority");
          Authority a;
          try {
            a = Authority.of(authority);
          } catch (IllegalArgumentException e) {
            throw ApiException.invalid(
                "authority", "expected BIS or MOFCOM, not '" + authority + "'");
          }
          if (a == Authority.INTERNAL) {
            throw ApiException.invalid("authority", "an internal approval has no application");
          }
          LicenceApplication drafted =
              ApplicationCommand.draft(
                  api.services().home(),
                  db(api),
                  call.actor(),
                  tx,
                  a,
                  call.optionalString("form"),
                  "form");
          return LicenceFormat.application(drafted);
        });
    api.route(
        new Endpoint(
            "POST",
            "/api/applications/{id}/submit",
            Role.OFFICER,
            "applications",
            "Submit an application with every field filled; the review clock starts.",
            "{on?: DATE (default today), set?: {field: value}, note?}"),
        call -> {
          LocalDate on = ApiValues.date(call, "on", LocalDate.now());
          Map<String, String> supplied = supplied(call.body().get("set"));
          String note = call.optionalString("note");
          try {
            return LicenceFormat.application(
                db(api).applications().submit(call.actor(), call.path("id"), on, supplied, note));
          } catch (IllegalArgumentException e) {
            throw ApiException.invalid("set", e.getMessage());
          }
        });
    api.route(
        new Endpoint(
            "POST",
            "/api/applications/{id}/decide",
            Role.OFFICER,
            "applications",
            "Record the authority's decision; an approval records the licence.",
            "{decision: approved|denied|returned, on?, note?, licenceNumber?, validFrom?, validTo?}"),
        call -> decide(api, call));
    api.route(
        new Endpoint(
            "GET", "/api/applications", Role.VIEWER, "applications", "Every application.", null),
        call ->
            Map.of(
                "applications",
                db(api).applications().all().stream().map(LicenceFormat::application).toList()));
    api.route(
        new Endpoint(
            "GET",
            "/api/applications/{id}",
            Role.VIEWER,
            "applications",
            "One application with its draft.",
            null),
        call -> LicenceFormat.application(db(api).applications().get(call.path("id"))));
  }

  private static Store db(Api api) {
    return api.services().store();
  }

  private static Object decide(Api api, ApiCall call) {
    LocalDate day = ApiValues.date(call, "on", LocalDate.now());
    var decided =
        ApplicationCommand.decide(
            db(api),
            call.actor(),
            call.path("id"),
            call.string("decision"),
            day,
            call.optionalString("note"),
            call.optionalString("licenceNumber"),
            ApiValues.date(call, "validFrom", day),
            ApiValues.date(call, "validTo", null),
            f -> f);
    return LicenceFormat.application(decided.application());
  }

  /** The {@code set} object: field name to value, every value a string. */
  private static Map<String, String> supplied(JsonNode set) {
    Map<String, String> out = new LinkedHashMap<>();
    if (set == null || set.isNull()) {
      return out;
    }
    if (!set.isObject()) {
      throw ApiException.invalid("set", "'set' must be an object of field names to values");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = set.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isValueNode() || e.getValue().isNull()) {
        throw ApiException.invalid("set." + e.getKey(), "a value must be a string or number");
      }
      out.put(e.getKey(), e.getValue().asText());
    }
    return out;
  }
}
