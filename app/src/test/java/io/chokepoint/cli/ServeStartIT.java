package io.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.testing.ProcessRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a server start keeps for the next, end to end with the runnable jar (the only place a build
 * fingerprint exists: classes run from a folder remember nothing). A first start over a home keeps
 * the lists, the names' analyses, the golden-case pass and an empty database; the next start uses
 * them and keeps nothing new; a list file changed by one letter is loaded afresh and kept again. An
 * integration test (after {@code package}).
 */
class ServeStartIT {
  private static Path root;
  private static Path jar;

  @BeforeAll
  static void theJar() {
    root = Path.of(System.getProperty("chokepoint.root")).toAbsolutePath().normalize();
    jar = root.resolve("app/target/chokepoint-app-0.1.0-SNAPSHOT-all.jar");
    assertThat(jar).as("the app's runnable jar (package builds it)").exists();
  }

  @Test
  void aStartKeepsWhatTheNextUsesAndAChangedListIsLoadedAgain(@TempDir Path dir) throws Exception {
    Path home = home(dir);

    ProcessRun first = serve(dir, home, dir.resolve("store1"));
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("Kept the lists' snapshot")
        .contains("Kept the analyses of")
        .contains("Empty database: loaded the demo records (10 transactions")
        .doesNotContain("as an earlier start kept them")
        .contains("First run: an API token for it (admin)");
    Path cache = home.resolve("var/cache");
    assertThat(cache.resolve("lists.bin")).isRegularFile();
    assertThat(cache.resolve("name-analyses.bin")).isRegularFile();
    assertThat(cache.resolve("passed-rule-books.txt")).isRegularFile();
    assertThat(cache.resolve("checked-conditions.bin")).isRegularFile();
    assertThat(cache.resolve("name-index.bin")).isRegularFile();
    try (var s = Files.list(cache)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("empty-database-") && n.endsWith(".zip"));
    }
    Path demoDatabase = onlyDemoDatabase(cache);

    ProcessRun second = serve(dir, home, dir.resolve("store2"));
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(second.out())
        .as("everything remembered, nothing kept anew")
        .doesNotContain("Kept the")
        .contains(
            "Empty database: loaded the demo records (10 transactions, 9 on hold, 2 licences,"
                + " submitted by 'demo') as an earlier start kept them in "
                + demoDatabase)
        .as("the kept demo database holds no token: a new one is made and shown")
        .contains("First run: an API token for it (admin)");
    ProcessRun holds =
        chokepoint(dir, home, "review", "queue", "--store", dir.resolve("store2").toString());
    assertThat(holds.code()).as(holds.err()).isZero();
    assertThat(holds.out()).contains("\"id\":\"PO-2024-0107\"");
    ProcessRun audit =
        chokepoint(dir, home, "audit", "verify", "--store", dir.resolve("store2").toString());
    assertThat(audit.code()).as(audit.out() + audit.err()).isZero();
    assertThat(audit.out()).contains("audit chain intact");
    ProcessRun rules = chokepoint(dir, home, "rules");
    assertThat(rules.out()).contains("golden cases pass (remembered:");

    // one letter of one list changed: the snapshot is loaded and kept again
    Path prc = home.resolve("data/lists/prc-lists.csv");
    String text = Files.readString(prc);
    int at = text.indexOf("Co., Ltd.");
    Files.writeString(prc, text.substring(0, at) + "CO" + text.substring(at + 2));
    ProcessRun third = serve(dir, home, dir.resolve("store2"));
    assertThat(third.code()).as(third.err()).isZero();
    assertThat(third.out())
        .contains("Kept the lists' snapshot")
        .contains("Kept the lists' screening index")
        .doesNotContain("Empty database");
    // ... and a new database gets the demo records loaded afresh, kept under the new key
    ProcessRun fourth = serve(dir, home, dir.resolve("store3"));
    assertThat(fourth.code()).as(fourth.err()).isZero();
    assertThat(fourth.out())
        .contains("Empty database: loaded the demo records (10 transactions")
        .doesNotContain("as an earlier start kept them");
    assertThat(onlyDemoDatabase(cache)).isNotEqualTo(demoDatabase);
  }

  private static Path onlyDemoDatabase(Path cache) throws IOException {
    try (var s = Files.list(cache)) {
      List<Path> kept =
          s.filter(p -> p.getFileName().toString().startsWith("demo-database-")).toList();
      assertThat(kept).as("one demo database kept, under the latest key").hasSize(1);
      return kept.get(0);
    }
  }

  /** A home of its own: the project's rule book and examples, and a copy of its lists. */
  private static Path home(Path dir) throws IOException {
    Path home = dir.resolve("home");
    Files.createDirectories(home.resolve("data"));
    Files.createSymbolicLink(home.resolve("regulations"), root.resolve("regulations"));
    Files.createSymbolicLink(home.resolve("examples"), root.resolve("examples"));
    Files.copy(root.resolve("data/chips.yaml"), home.resolve("data/chips.yaml"));
    Path from = root.resolve("data/lists");
    try (var s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path to = home.resolve("data/lists").resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return home;
  }

  private static ProcessRun serve(Path dir, Path home, Path store)
      throws IOException, InterruptedException {
    return chokepoint(
        dir, home, "serve", "--port", "0", "--store", store.toString(), "--exit-when-ready");
  }

  private static ProcessRun chokepoint(Path dir, Path home, String... args)
      throws IOException, InterruptedException {
    List<String> argv =
        new ArrayList<>(
            List.of("java", "-Xmx320m", "-Dchokepoint.home=" + home, "-jar", jar.toString()));
    argv.addAll(List.of(args));
    return ProcessRun.of(argv, home, Map.of("CHOKEPOINT_USER", "it"), dir, 5);
  }
}
