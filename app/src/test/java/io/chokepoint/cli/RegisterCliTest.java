package io.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.store.Store;
import io.chokepoint.store.register.Register;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chokepoint register}: the demo file recorded and reported, the licence flag in the output,
 * refusals (exit 3), invalid input (exit 2, field named, nothing written) and roles.
 */
class RegisterCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEMO = "examples/register/acme-register.yaml";

  @TempDir Path tmp;

  private CliRun register(String user, String... args) {
    List<String> all =
        new ArrayList<>(List.of("--user", user, "register", args[0], "--store", db().toString()));
    all.addAll(List.of(args).subList(1, args.length));
    return CliRun.of(all.toArray(String[]::new));
  }

  private Path db() {
    return tmp.resolve("db");
  }

  private int movements() {
    try (Store s = Store.embedded(db())) {
      return new Register(s).movements().size();
    }
  }

  private CliRun receiveDemo() {
    CliRun licence =
        CliRun.of(
            "--user",
            "olga",
            "licence",
            "add",
            CliRun.projectRoot().resolve("examples/register/acme-licences.yaml").toString(),
            "--store",
            db().toString());
    assertThat(licence.code()).as(licence.err()).isZero();
    CliRun r = register("olga", "receive", CliRun.projectRoot().resolve(DEMO).toString());
    assertThat(r.code()).as(r.err()).isZero();
    return r;
  }

  @Test
  void aNamedLicenceThatIsNotOnRecordCoversNothing() throws IOException {
    CliRun r = register("olga", "receive", CliRun.projectRoot().resolve(DEMO).toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode named = JSON.readTree(r.lines().get(5));
    assertThat(named.get("check").get("status").asText()).isEqualTo("FLAGGED");
    assertThat(named.get("check").get("note").asText())
        .contains("does not cover it: no licence D2400517 in the store");
    assertThat(r.err()).contains("2 movement(s) recorded and flagged");
  }

  @Test
  void theDemoRegisterIsRecordedWithItsFlagsAndReportedAsOfADate() throws IOException {
    CliRun r = receiveDemo();
    List<JsonNode> lines = new ArrayList<>();
    for (String l : r.lines()) {
      lines.add(JSON.readTree(l));
    }
    assertThat(lines).hasSize(9);
    JsonNode shanghai = lines.get(3);
    assertThat(shanghai.get("kind").asText()).isEqualTo("moved");
    assertThat(shanghai.get("to").get("country").asText()).isEqualTo("CN");
    assertThat(shanghai.get("flagged").asBoolean()).isTrue();
    assertThat(shanghai.get("check").get("outcome").asText()).isEqualTo("LICENSE_REQUIRED");
    assertThat(shanghai.get("check").get("rules").get(0).get("citation").asText())
        .contains("15 CFR 742.6(a)(6)");
    JsonNode licensed = lines.get(5);
    assertThat(licensed.get("check").get("status").asText()).isEqualTo("COVERED");
    assertThat(licensed.get("check").get("coveredBy").asText()).isEqualTo("licence D2400517");
    assertThat(licensed.get("check").get("note").asText()).contains("checked against the records");
    assertThat(lines.get(6).get("check").get("status").asText()).isEqualTo("NOT_AN_EXPORT");
    assertThat(r.err()).contains("1 movement(s) recorded and flagged");

    JsonNode report = register("victor", "report", "--as-of", "2024-06-30").json();
    assertThat(report.get("total").get("quantity").asLong()).isEqualTo(49);
    assertThat(report.get("flaggedMovements")).hasSize(1);
    JsonNode march =
        register("olga", "report", "--as-of", "2024-03-31", "--site", "Ashburn DC2").json();
    assertThat(march.get("total").get("quantity").asLong()).isEqualTo(12);
    assertThat(march.get("total").get("value").get(0).get("amount").decimalValue())
        .isEqualByComparingTo("300000");
    JsonNode h100s =
        register(
                "olga",
                "report",
                "--as-of",
                "2024-06-30",
                "--eccn",
                "3A090.a",
                "--site",
                "Shanghai Lingang DC")
            .json();
    assertThat(h100s.get("total").get("quantity").asLong()).isEqualTo(6);
    assertThat(h100s.get("flaggedMovements")).hasSize(1);

    CliRun text = register("olga", "report", "--as-of", "2024-06-30", "--format", "text");
    assertThat(text.out())
        .contains("Register as of 2024-06-30: 49 unit(s), 480970 USD")
        .contains("Shanghai Lingang DC (CN): 6 unit(s), 150000 USD")
        .contains("Flagged movements: 1");
    CliRun flagged = register("olga", "list", "--flagged", "--format", "text");
    assertThat(flagged.out()).contains("FLAGGED (LICENSE_REQUIRED)").contains("742.6(a)(6)");
  }

  @Test
  void moveTransferAndScrapByOptions() throws IOException {
    receiveDemo();
    JsonNode move =
        register(
                "olga",
                "move",
                "H-2024-001",
                "--date",
                "2025-01-10",
                "--quantity",
                "1",
                "--from",
                "Ashburn DC2",
                "--to",
                "Austin Lab",
                "--to-country",
                "US",
                "--reason",
                "testing")
            .json();
    assertThat(move.get("check").get("status").asText()).isEqualTo("NOT_AN_EXPORT");
    JsonNode transfer =
        register(
                "olga",
                "transfer",
                "H-2024-001",
                "--date",
                "2025-01-11",
                "--quantity",
                "1",
                "--from",
                "Austin Lab",
                "--to-party",
                "Lone Star Cloud LLC",
                "--to-country",
                "US",
                "--reason",
                "sale",
                "--no-screening")
            .json();
    // the buyer's headquarters are not given: unknown is flagged, not cleared
    assertThat(transfer.get("check").get("outcome").asText()).isEqualTo("INDETERMINATE");
    assertThat(transfer.get("flagged").asBoolean()).isTrue();
    assertThat(transfer.get("check").get("missingFacts").get(0).asText())
        .isEqualTo("parties[Lone Star Cloud LLC].headquarters");
    CliRun scrap =
        register(
            "olga",
            "scrap",
            "H-2024-002",
            "--date",
            "2025-01-12",
            "--serial",
            "MI-0001",
            "--from",
            "San Jose Lab",
            "--reason",
            "dropped",
            "--format",
            "text");
    assertThat(scrap.code()).as(scrap.err()).isZero();
    assertThat(scrap.out()).contains("scrapped 1 x H-2024-002").contains("NOT_AN_EXPORT");
  }

  @Test
  void takingMoreThanIsHeldIsRefusedAndWritesNothing() {
    receiveDemo();
    int before = movements();
    CliRun r =
        register(
            "olga",
            "move",
            "H-2024-001",
            "--date",
            "2024-03-02",
            "--quantity",
            "13",
            "--from",
            "Ashburn DC2",
            "--to",
            "Shanghai Lingang DC",
            "--reason",
            "more");
    assertThat(r.code()).isEqualTo(Main.REFUSED);
    assertThat(r.err()).contains("refused (STOCK)").contains("holds then (12)");
    assertThat(movements()).isEqualTo(before);
  }

  @Test
  void invalidInputExitsTwoNamingTheFieldAndWritesNothing() throws IOException {
    receiveDemo();
    int before = movements();
    Path bad =
        Files.writeString(
            tmp.resolve("bad.yaml"),
            """
            receipts:
              - holding: H-9
                date: 2024-13-01
                item: {chip: H100 SXM}
                quantity: 2
                unitValue: {amount: 1, currency: USD}
                site: {name: Ashburn DC2, country: US}
                custodian: {name: Acme AI Inc.}
                endUse: mining
                reason: test
            """);
    CliRun r = register("olga", "receive", bad.toString());
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.err()).contains("bad.yaml:3").contains("bad date '2024-13-01'");
    assertThat(r.err()).contains("bad.yaml:9").contains("unknown value 'mining'");
    assertThat(movements()).isEqualTo(before);

    CliRun unknownSite =
        register(
            "olga",
            "move",
            "H-2024-001",
            "--date",
            "2024-03-02",
            "--quantity",
            "1",
            "--from",
            "Ashburn DC2",
            "--to",
            "Nowhere",
            "--reason",
            "x");
    assertThat(unknownSite.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(unknownSite.err()).contains("unknown site 'Nowhere'");
    CliRun zero =
        register(
            "olga",
            "scrap",
            "H-2024-001",
            "--date",
            "2024-03-02",
            "--quantity",
            "0",
            "--from",
            "Ashburn DC2",
            "--reason",
            "x");
    assertThat(zero.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(zero.err()).contains("quantity must be a whole number above zero");
    assertThat(movements()).isEqualTo(before);
  }

  @Test
  void aViewerReadsButCannotWrite() {
    receiveDemo(); // olga is the database's first user, so its administrator
    try (Store s = Store.embedded(db())) {
      s.users().add(s.users().actor("olga"), "victor", io.chokepoint.review.Role.VIEWER);
    }
    CliRun r =
        register(
            "victor",
            "scrap",
            "H-2024-001",
            "--date",
            "2024-07-01",
            "--quantity",
            "1",
            "--from",
            "Ashburn DC2",
            "--reason",
            "x");
    assertThat(r.code()).isEqualTo(Main.REFUSED);
    assertThat(r.err()).contains("refused (ROLE)");
    assertThat(register("victor", "list").code()).isZero();
  }
}
