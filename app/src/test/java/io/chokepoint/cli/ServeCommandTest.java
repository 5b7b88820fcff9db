package io.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chokepoint serve} as a person starts it: the first run over an empty database prints the
 * admin's token once and loads the demo records; a later run does neither, and {@code --no-demo}
 * leaves them out.
 */
class ServeCommandTest {
  @TempDir Path store;

  private CliRun serve(String user) {
    return CliRun.of(
        "--user", user, "serve", "--port", "0", "--store", store.toString(), "--exit-when-ready");
  }

  @Test
  void theFirstRunPrintsTheTokenAndLoadsTheDemoRecordsOnce() {
    CliRun first = serve("ann");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("First run: an API token for ann (admin), shown only now:")
        .contains(
            "Empty database: loaded the demo records (10 transactions, 9 on hold, 2 licences,"
                + " submitted by 'demo')")
        .containsPattern("Chokepoint serving on http://127\\.0\\.0\\.1:\\d+/ .* ready [0-9.]+ s");
    assertThat(first.out().indexOf("Chokepoint serving"))
        .as("the token and the demo records come before the ready line")
        .isGreaterThan(first.out().indexOf("First run"))
        .isGreaterThan(first.out().indexOf("Empty database"));

    CliRun later = serve("ann");
    assertThat(later.code()).as(later.err()).isZero();
    assertThat(later.out()).doesNotContain("First run", "Empty database").contains("serving on");
  }

  @Test
  void noDemoRecordsWithNoDemo() {
    CliRun run =
        CliRun.of(
            "--user",
            "ann",
            "serve",
            "--port",
            "0",
            "--store",
            store.toString(),
            "--exit-when-ready",
            "--no-demo");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("First run").doesNotContain("Empty database");
  }
}
