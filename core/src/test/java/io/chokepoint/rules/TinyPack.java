package io.chokepoint.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes and loads a one-pack rule book of regime TST, for tests of conditions and validity. */
final class TinyPack {
  private TinyPack() {}

  /**
   * Writes {@code dir/tst/pack.yaml} with the given body after the pack header and loads the book.
   *
   * @param body the pack's parameters, sets, facts and rules, as YAML at top level
   */
  static RuleBook load(Path dir, String body) {
    try {
      Path regime = Files.createDirectories(dir.resolve("tst"));
      Files.writeString(
          regime.resolve("pack.yaml"), "pack: tst.tiny\nregime: TST\ntitle: Tiny pack\n" + body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return RuleBookLoader.load(dir);
  }

  /** A rule deciding PROHIBITED, as a YAML list entry under {@code rules:}. */
  static String rule(String id, String condition, String validity) {
    return "  - id: "
        + id
        + "\n    title: "
        + id
        + "\n    citation: {instrument: Test, paragraph: Art. 1}\n    validity: "
        + validity
        + "\n    condition: \""
        + condition
        + "\"\n    outcome: {decision: PROHIBITED}\n";
  }
}
