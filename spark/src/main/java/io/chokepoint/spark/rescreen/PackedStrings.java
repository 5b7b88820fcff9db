package io.chokepoint.spark.rescreen;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A sequence of strings (each possibly {@code null}) packed into one byte array: per string a
 * varint of its UTF-8 length plus one (zero for {@code null}), then its bytes. Java serialisation
 * writes a byte array as one copy, where an array of strings costs a call per string on the way out
 * and a string built per string on the way in: for the hundreds of megabytes of names and states a
 * delta rescreen ships, that was seconds of a one-thread task serialiser.
 *
 * @param bytes the packed strings
 * @param count how many strings
 */
record PackedStrings(byte[] bytes, int count) implements Serializable {

  /** Packs strings as they are added. */
  static final class Writer {
    private byte[] bytes;
    private int size;
    private int count;

    /**
     * A writer.
     *
     * @param expected about how many bytes the strings take
     */
    Writer(int expected) {
      bytes = new byte[Math.max(64, expected)];
    }

    /** Adds a string, or {@code null}. */
    Writer add(String s) {
      return add(s == null ? null : s.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds a string as its UTF-8 bytes, or {@code null}. */
    Writer add(byte[] b) {
      if (b == null) {
        ensure(1);
        bytes[size++] = 0;
      } else {
        ensure(5 + b.length);
        for (int v = b.length + 1; ; v >>>= 7) {
          if ((v & ~0x7f) == 0) {
            bytes[size++] = (byte) v;
            break;
          }
          bytes[size++] = (byte) ((v & 0x7f) | 0x80);
        }
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
      }
      count++;
      return this;
    }

    private void ensure(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
      }
    }

    /** The strings added, in order. */
    PackedStrings done() {
      return new PackedStrings(Arrays.copyOf(bytes, size), count);
    }
  }

  /** Reads the strings back in order, from the first. */
  Reader reader() {
    return new Reader(bytes);
  }

  /** The strings in order, one at a time. */
  static final class Reader {
    private final byte[] bytes;
    private int at;

    private Reader(byte[] bytes) {
      this.bytes = bytes;
    }

    /**
     * The next string, or {@code null} if it was {@code null}.
     *
     * @throws ArrayIndexOutOfBoundsException past the last string
     */
    String next() {
      int v = 0;
      int shift = 0;
      byte b;
      do {
        b = bytes[at++];
        v |= (b & 0x7f) << shift;
        shift += 7;
      } while (b < 0);
      if (v == 0) {
        return null;
      }
      String s = new String(bytes, at, v - 1, StandardCharsets.UTF_8);
      at += v - 1;
      return s;
    }
  }
}
