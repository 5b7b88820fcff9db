package io.chokepoint.lists;

import io.chokepoint.source.Issues;
import io.chokepoint.source.Position;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of one list file and their text: read once, hashed for the snapshot's provenance, and
 * decoded strictly so that a byte the encoding does not allow is an issue on its line, never a
 * silently replaced character in a name.
 *
 * @param path the file
 * @param display the file as the user named it, for positions
 * @param bytes its content
 */
record ListText(Path path, String display, byte[] bytes) {

  /**
   * Reads a file, recording an issue if it cannot be read.
   *
   * @return the file, or {@code null} after recording the issue
   */
  static ListText read(Path path, String display, Issues issues) {
    try {
      return new ListText(path, display, Files.readAllBytes(path));
    } catch (IOException e) {
      issues.add(Position.ofFile(display), null, null, "cannot read the file: " + e.getMessage());
      return null;
    }
  }

  /** The hex SHA-256 of the bytes. */
  String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK must provide SHA-256", e);
    }
  }

  /** Whether the file holds nothing but white space (and OFAC's end-of-file byte). */
  boolean isBlank() {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0x1a) {
        return false;
      }
    }
    return true;
  }

  /**
   * Decodes the bytes, dropping a leading byte-order mark and a trailing end-of-file byte (0x1A,
   * which OFAC's files end with).
   *
   * @return the text, or {@code null} after recording an issue on the line of the first bad byte
   */
  String decode(Charset charset, Issues issues) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int at = in.position();
      issues.add(
          new Position(display, lineOf(at), 0),
          null,
          null,
          String.format(
              "the file is not valid %s: byte 0x%02X at offset %d",
              charset.displayName(), bytes[at] & 0xff, at));
      return null;
    }
    String text = out.flip().toString();
    if (text.startsWith("\ufeff")) {
      text = text.substring(1);
    }
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '\u001a') {
      end--;
    }
    return text.substring(0, end);
  }

  private int lineOf(int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
