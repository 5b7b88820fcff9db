package io.chokepoint.spark.rescreen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Packed strings come back as they went in, through Java serialisation as Spark ships them. */
class PackedStringsTest {
  @Test
  void seededStringsComeBackInOrderNullsEmptiesChineseAndLongOnesIncluded()
      throws IOException, ClassNotFoundException {
    Random r = new Random(20261129);
    List<String> in = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      in.add(
          switch (r.nextInt(5)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> "华为技术有限公司".repeat(1 + r.nextInt(3));
            // past one, two and three bytes of length
            case 3 -> "x".repeat(r.nextInt(20_000));
            default -> "P" + i + ",\"quoted\"\n\r" + (char) (r.nextInt(0xd000) + 1);
          });
    }
    PackedStrings.Writer w = new PackedStrings.Writer(16);
    in.forEach(w::add);
    PackedStrings packed = w.done();
    assertThat(packed.count()).isEqualTo(in.size());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(packed);
    }
    PackedStrings back;
    try (ObjectInputStream read =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (PackedStrings) read.readObject();
    }
    PackedStrings.Reader reader = back.reader();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < back.count(); i++) {
      out.add(reader.next());
    }
    assertThat(out).isEqualTo(in);
  }
}
