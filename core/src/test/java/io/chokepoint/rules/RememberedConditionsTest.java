package io.chokepoint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.classify.ChipCatalogue;
import io.chokepoint.golden.RuleBookActivator;
import io.chokepoint.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped rule book loaded from remembered checked conditions is the rule book compiled afresh:
 * the same content hash, every condition with the same parts, facts, comparisons and bounds, and
 * every golden case passes. A file from another build, or a damaged one, is ignored.
 */
class RememberedConditionsTest {
  @TempDir Path tmp;

  @Test
  void aRuleBookFromRememberedConditionsIsTheOneCompiledAfresh() throws IOException {
    Path file = tmp.resolve("cache/checked-conditions.bin");
    RememberedConditions first = RememberedConditions.read(file, "build-a");
    RuleBook fresh = RuleBookLoader.load(ProjectFiles.regulations(), first);
    assertThat(first.remembered()).isZero();
    assertThat(first.used()).as("one checked batch per regime").isEqualTo(fresh.regimes().size());
    assertThat(first.write(file)).isTrue();

    RememberedConditions second = RememberedConditions.read(file, "build-a");
    assertThat(second.remembered()).isEqualTo(fresh.regimes().size());
    RuleBookActivator.Activated again =
        RuleBookActivator.activate(
            ProjectFiles.regulations(),
            ChipCatalogue.load(ProjectFiles.root().resolve("data/chips.yaml")),
            null,
            List.of(),
            second);
    assertThat(second.used()).isEqualTo(fresh.regimes().size());
    assertThat(second.write(file)).as("nothing new to keep").isFalse();
    assertThat(again.cases()).as("golden cases were run, and passed").hasSizeGreaterThan(100);
    RuleBook remembered = again.ruleBook();
    assertThat(remembered.contentHash()).isEqualTo(fresh.contentHash());
    assertThat(conditions(remembered)).isEqualTo(conditions(fresh)).hasSizeGreaterThan(50);
  }

  @Test
  void anotherBuildsOrADamagedFileIsIgnored() throws IOException {
    Path file = tmp.resolve("checked-conditions.bin");
    RememberedConditions first = RememberedConditions.read(file, "build-a");
    RuleBookLoader.load(ProjectFiles.regulations(), first);
    first.write(file);

    assertThat(RememberedConditions.read(file, "build-b").remembered()).isZero();
    assertThat(RememberedConditions.read(file, null).remembered()).isZero();
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    RememberedConditions cut = RememberedConditions.read(file, "build-a");
    assertThat(cut.remembered()).isZero();
    RuleBook book = RuleBookLoader.load(ProjectFiles.regulations(), cut);
    assertThat(book.contentHash())
        .isEqualTo(RuleBookLoader.load(ProjectFiles.regulations()).contentHash());
  }

  @Test
  void nothingIsKeptWithoutABuild() throws IOException {
    Path file = tmp.resolve("checked-conditions.bin");
    RememberedConditions none = RememberedConditions.read(file, null);
    RuleBookLoader.load(ProjectFiles.regulations(), none);
    assertThat(none.write(file)).isFalse();
    assertThat(file).doesNotExist();
  }

  /** Every rule's and classification's condition, described with all that was compiled into it. */
  private static List<String> conditions(RuleBook book) {
    List<String> out = new ArrayList<>();
    for (Regime r : book.regimes()) {
      for (Rule rule : r.rules()) {
        out.add(rule.id() + " " + describe(rule.condition()));
      }
      for (ClassificationRule c : r.classifications()) {
        out.add(c.id() + " " + describe(c.condition()));
      }
    }
    return out;
  }

  private static String describe(Condition c) {
    if (c == null) {
      return "-";
    }
    StringBuilder s =
        new StringBuilder()
            .append(c.source())
            .append(" facts=")
            .append(c.facts())
            .append(" scopes=")
            .append(c.scopes())
            .append(" comparisons=")
            .append(c.comparisons())
            .append(" boundable=")
            .append(c.boundable())
            .append(" junction=")
            .append(c.junction())
            .append(" [");
    c.parts().forEach(p -> s.append(describe(p)).append("; "));
    return s.append(']').toString();
  }
}
