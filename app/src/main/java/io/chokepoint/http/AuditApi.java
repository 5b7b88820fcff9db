package io.chokepoint.http;

import io.chokepoint.cli.AuditCommand;
import io.chokepoint.determine.Determiner;
import io.chokepoint.review.Role;
import io.chokepoint.store.audit.AuditEntry;
import io.chokepoint.store.audit.AuditPack;
import io.chokepoint.store.audit.AuditTrail;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The audit trail: verify the hash chain, read entries, and export an audit pack, as {@code
 * chokepoint audit verify|log|export} do (docs/formats.md §13, docs/audit.md). The pack comes back
 * as a zip of the same files the CLI writes, so an auditor unzips it and runs {@code verify.py}.
 */
final class AuditApi implements ApiModule {
  @Override
  public void register(Api api) {
    api.route(
        new Endpoint(
            "GET",
            "/api/audit/verify",
            Role.VIEWER,
            "audit",
            "Check the audit chain; intact, or the first broken entry named.",
            null),
        call -> {
          AuditTrail trail = api.services().store().audit();
          AuditTrail.ChainHead head = trail.head();
          return AuditCommand.verification(trail.verify(), head);
        });
    api.route(
        new Endpoint(
            "GET",
            "/api/audit/log",
            Role.VIEWER,
            "audit",
            "Audit entries, oldest first (?subject=S&from=DATE&to=DATE; dates are UTC days or"
                + " ISO instants, both inclusive).",
            null),
        call -> {
          Instant start = instant(call.query("from"), "from", false, Instant.MIN);
          Instant end = instant(call.query("to"), "to", true, Instant.MAX);
          AuditTrail trail = api.services().store().audit();
          String subject = call.query("subject");
          List<AuditEntry> entries =
              subject != null ? trail.about(subject) : trail.recordedBetween(start, end);
          return entries.stream()
              .filter(
                  e -> {
                    Instant at = Instant.parse(e.recordedAt());
                    return !at.isBefore(start) && !at.isAfter(end);
                  })
              .map(AuditEntry::fields)
              .toList();
        });
    api.route(
        new Endpoint(
                "POST",
                "/api/audit/export",
                Role.ADMIN,
                "audit",
                "An audit pack for a range, as a zip (application/zip); 404 when nothing was recorded"
                    + " in it. Headers: X-Chokepoint-Chain-Intact, X-Chokepoint-Head.",
                "{from: DATE, to: DATE}")
            .producing("application/zip"),
        call -> {
          Instant start = instant(call.string("from"), "from", false, null);
          Instant end = instant(call.string("to"), "to", true, null);
          if (start.isAfter(end)) {
            throw ApiException.invalid("from", "from " + start + " is after to " + end);
          }
          Path dir = Files.createTempDirectory("chokepoint-audit-pack-");
          try {
            AuditPack pack =
                AuditPack.export(
                    api.services().store().audit(), start, end, dir, Determiner.ENGINE_VERSION);
            byte[] zip = zip(dir, "audit-pack-" + pack.firstSeq() + "-" + pack.lastSeq());
            call.context()
                .contentType("application/zip")
                .header(
                    "Content-Disposition",
                    "attachment; filename=\"audit-pack-"
                        + pack.firstSeq()
                        + "-"
                        + pack.lastSeq()
                        + ".zip\"")
                .header("X-Chokepoint-Chain-Intact", String.valueOf(pack.chainIntact()))
                .header("X-Chokepoint-Head", pack.headSeq() + " " + pack.headHash())
                .result(zip);
            return null;
          } finally {
            delete(dir);
          }
        });
  }

  private static Instant instant(String text, String field, boolean endOfDay, Instant otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return AuditCommand.instant(text, endOfDay);
    } catch (DateTimeParseException e) {
      throw ApiException.invalid(
          field,
          "'"
              + text
              + "' is not a date (YYYY-MM-DD) or an ISO-8601 instant (2026-03-02T08:00:00Z)");
    }
  }

  /** The pack's files in one folder of a zip, so that unzipping gives the CLI's directory. */
  private static byte[] zip(Path dir, String folder) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes);
        Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        z.putNextEntry(new ZipEntry(folder + "/" + f.getFileName()));
        Files.copy(f, z);
        z.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
