package io.chokepoint.store.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.chokepoint.store.NotFoundException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jdbi.v3.core.result.ResultIterator;

/**
 * Writes an {@link AuditPack}: the entries as JSON and CSV, the README, the script, the manifest.
 */
final class AuditPackWriter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final List<String> COLUMNS =
      List.of("seq", "recordedAt", "actor", "action", "subject", "detail", "prevHash", "hash");

  private AuditPackWriter() {}

  /** What the entry pass found. */
  private record Written(
      long count,
      long first,
      long last,
      String anchor,
      String lastHash,
      AuditTrail.ChainHead head) {}

  static AuditPack export(AuditTrail trail, Instant from, Instant to, Path dir, String engine) {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("the range starts after it ends: " + from + " > " + to);
    }
    try {
      Files.createDirectories(dir);
      try (Stream<Path> s = Files.list(dir)) {
        if (s.findAny().isPresent()) {
          throw new IllegalArgumentException(
              dir + " is not empty; an audit pack is written to a new or empty directory");
        }
      }
      AuditVerification chain = trail.verify();
      Written w = trail.read(h -> writeEntries(h, from, to, dir));
      copyResource(AuditPack.README, dir);
      copyResource(AuditPack.VERIFY, dir);
      Map<String, String> files = new TreeMap<>();
      for (String f :
          List.of(
              AuditPack.ENTRIES_JSON, AuditPack.ENTRIES_CSV, AuditPack.README, AuditPack.VERIFY)) {
        files.put(f, sha256(dir.resolve(f)));
      }
      AuditPack pack =
          new AuditPack(
              from.toString(),
              to.toString(),
              w.count(),
              w.first(),
              w.last(),
              w.anchor(),
              w.lastHash(),
              w.head().seq(),
              w.head().hash(),
              Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
              engine,
              chain.intact(),
              chain.problem(),
              files);
      Files.writeString(
          dir.resolve(AuditPack.MANIFEST),
          PRETTY.writeValueAsString(pack.manifest()) + "\n",
          StandardCharsets.UTF_8);
      return pack;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the audit pack to " + dir, e);
    }
  }

  private static Written writeEntries(
      org.jdbi.v3.core.Handle h, Instant from, Instant to, Path dir) {
    AuditTrail.ChainHead head = AuditTrail.head(h);
    AuditTrail.Span span =
        AuditTrail.span(h, from, to, head.seq())
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "no audit entry was recorded from " + from + " to " + to));
    long count = 0;
    String anchor = null;
    String lastHash = null;
    try (BufferedWriter json =
            Files.newBufferedWriter(dir.resolve(AuditPack.ENTRIES_JSON), StandardCharsets.UTF_8);
        BufferedWriter csv =
            Files.newBufferedWriter(dir.resolve(AuditPack.ENTRIES_CSV), StandardCharsets.UTF_8);
        ResultIterator<AuditEntry> it = AuditTrail.query(h, span.first(), span.last()).iterator()) {
      // One entry per line, so that a line number in a JSON error points at the entry.
      json.write("[\n");
      csvRow(csv, COLUMNS);
      while (it.hasNext()) {
        AuditEntry e = it.next();
        if (anchor == null) {
          anchor = e.prevHash();
        }
        json.write((count > 0 ? ",\n" : "") + JSON.writeValueAsString(e.fields()));
        csvRow(csv, e.fields().values().stream().map(String::valueOf).toList());
        lastHash = e.hash();
        count++;
      }
      json.write("\n]\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the audit entries to " + dir, e);
    }
    return new Written(count, span.first(), span.last(), anchor, lastHash, head);
  }

  /** One RFC 4180 record ({@link io.chokepoint.source.Csv#row}), ended by CRLF. */
  private static void csvRow(Writer out, List<String> fields) throws IOException {
    out.write(io.chokepoint.source.Csv.row(fields));
    out.write("\r\n");
  }

  private static void copyResource(String name, Path dir) throws IOException {
    try (InputStream in = AuditPackWriter.class.getResourceAsStream("pack/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the audit pack resource " + name + " is missing");
      }
      Files.copy(in, dir.resolve(name));
    }
  }

  static String sha256(Path file) throws IOException {
    try (DigestInputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(in.getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
