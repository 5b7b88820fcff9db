package io.chokepoint.store.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chokepoint.content.Money;
import io.chokepoint.determine.Determiner;
import io.chokepoint.determine.Outcome;
import io.chokepoint.register.Custodian;
import io.chokepoint.register.HeldItem;
import io.chokepoint.register.Holding;
import io.chokepoint.register.HoldingClassifier;
import io.chokepoint.register.LicenceCheck;
import io.chokepoint.register.Movement;
import io.chokepoint.register.MovementChecker;
import io.chokepoint.register.RecordedMovement;
import io.chokepoint.register.RegisterChange;
import io.chokepoint.register.RegisterReport;
import io.chokepoint.register.Site;
import io.chokepoint.review.Actor;
import io.chokepoint.review.Role;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.store.NotFoundException;
import io.chokepoint.store.RefusedException;
import io.chokepoint.store.Store;
import io.chokepoint.store.TestDatabases;
import io.chokepoint.store.audit.AuditEntry;
import io.chokepoint.testing.ProjectFiles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The register in the database, on H2 and (when configured) PostgreSQL. */
class RegisterStoreTest {
  private static final Actor OFFICER = new Actor("olga", Role.OFFICER);
  private static final Actor VIEWER = new Actor("victor", Role.VIEWER);
  private static final Site ASHBURN = new Site("Ashburn DC2", "US");
  private static final Site SAN_JOSE = new Site("San Jose Lab", "US");
  private static final Site SHANGHAI = new Site("Shanghai Lingang DC", "CN");
  private static MovementChecker checker;
  private static HoldingClassifier classifier;

  static List<TestDatabases.Database> databases() {
    return TestDatabases.all();
  }

  @BeforeAll
  static void load() {
    Determiner d = new Determiner(RuleBookLoader.load(ProjectFiles.regulations()));
    checker = new MovementChecker(d, ProjectFiles.catalogue());
    classifier = HoldingClassifier.of(d.chipClassifier(), ProjectFiles.catalogue());
  }

  private static Holding h100s(String id, boolean serials) {
    return new Holding(
        id,
        new HeldItem("H100 SXM", Map.of(), "NVIDIA H100 SXM5"),
        "LOT-" + id,
        serials,
        new Money(new BigDecimal("25000.50"), "USD"),
        new Custodian("Acme AI Inc.", "US"),
        "datacenter",
        null,
        "PO-" + id);
  }

  private static RegisterChange open(Holding h, String date, long n, List<String> serials) {
    return new RegisterChange(
        h,
        new Movement.Received(
            h.id(),
            LocalDate.parse(date),
            n,
            serials,
            ASHBURN,
            "TW",
            "NVIDIA",
            null,
            null,
            "purchase"));
  }

  private static RegisterChange move(String id, String date, long n, Site from, Site to) {
    return new RegisterChange(
        null,
        new Movement.Moved(
            id, LocalDate.parse(date), n, List.of(), from, to, null, null, "rebalance"));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void movementsAreRecordedWithTheirChecksAndAuditedAndTheReportFollowsThem(
      TestDatabases.Database db) {
    try (Store store = db.fresh()) {
      Register r = new Register(store);
      r.record(OFFICER, List.of(open(h100s("H-1", false), "2024-01-10", 8, List.of())), checker);
      List<RecordedMovement> moves =
          r.record(
              OFFICER,
              List.of(
                  move("H-1", "2024-02-01", 3, ASHBURN, SAN_JOSE),
                  move("H-1", "2024-03-01", 2, ASHBURN, SHANGHAI)),
              checker);
      assertThat(moves.get(0).check().status()).isEqualTo(LicenceCheck.Status.NOT_AN_EXPORT);
      assertThat(moves.get(1).check().status()).isEqualTo(LicenceCheck.Status.FLAGGED);

      // read back from the database, with the check's rules and citations intact
      RecordedMovement china = r.movements().get(2);
      assertThat(china.movement()).isEqualTo(moves.get(1).movement());
      assertThat(china.check()).isEqualTo(moves.get(1).check());
      assertThat(china.check().outcome()).isEqualTo(Outcome.LICENSE_REQUIRED);
      assertThat(china.check().rules()).anyMatch(f -> f.citation().contains("15 CFR 742.6(a)(6)"));
      assertThat(china.recordedBy()).isEqualTo("olga");
      assertThat(r.holding("H-1")).contains(h100s("H-1", false));

      RegisterReport march =
          r.report(LocalDate.parse("2024-03-31"), RegisterReport.Filter.ALL, classifier);
      assertThat(march.bySite())
          .extracting(RegisterReport.Total::key, RegisterReport.Total::quantity)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("Ashburn DC2 (US)", 3L),
              org.assertj.core.groups.Tuple.tuple("San Jose Lab (US)", 3L),
              org.assertj.core.groups.Tuple.tuple("Shanghai Lingang DC (CN)", 2L));
      assertThat(march.byClassification())
          .containsExactly(
              new RegisterReport.Total(
                  "3A090.a", 8, List.of(new Money(new BigDecimal("200004.0"), "USD"))));
      assertThat(march.flagged()).extracting(RecordedMovement::seq).containsExactly(china.seq());
      assertThat(
              r.report(LocalDate.parse("2024-02-15"), RegisterReport.Filter.ALL, classifier)
                  .total()
                  .quantity())
          .isEqualTo(8);

      List<AuditEntry> trail = store.audit().about("holding:H-1");
      assertThat(trail)
          .extracting(AuditEntry::action)
          .containsExactly("register.received", "register.moved", "register.moved");
      assertThat(trail.get(2).detail())
          .contains("\"check\":\"FLAGGED\"")
          .contains("LICENSE_REQUIRED");
      assertThat(store.audit().verify().intact()).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aBatchThatWouldLeaveNegativeStockWritesNothing(TestDatabases.Database db) {
    try (Store store = db.fresh()) {
      Register r = new Register(store);
      r.record(OFFICER, List.of(open(h100s("H-1", false), "2024-01-10", 4, List.of())), checker);
      long audited = store.audit().count();
      assertThatThrownBy(
              () ->
                  r.record(
                      OFFICER,
                      List.of(
                          move("H-1", "2024-02-01", 3, ASHBURN, SAN_JOSE),
                          move("H-1", "2024-02-02", 2, ASHBURN, SAN_JOSE)),
                      checker))
          .isInstanceOf(RefusedException.class)
          .hasMessageContaining("takes more than Ashburn DC2 holds then (1)")
          .extracting(e -> ((RefusedException) e).code())
          .isEqualTo("STOCK");
      assertThat(r.movements()).hasSize(1);
      assertThat(store.audit().count()).isEqualTo(audited);
      assertThat(r.site("San Jose Lab")).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aSerialNumberStillHeldElsewhereCannotBeReceivedAgain(TestDatabases.Database db) {
    try (Store store = db.fresh()) {
      Register r = new Register(store);
      r.record(
          OFFICER,
          List.of(open(h100s("H-1", true), "2024-01-10", 2, List.of("S1", "S2"))),
          checker);
      assertThatThrownBy(
              () ->
                  r.record(
                      OFFICER,
                      List.of(open(h100s("H-2", true), "2024-01-11", 1, List.of("S2"))),
                      checker))
          .isInstanceOf(RefusedException.class)
          .hasMessageContaining("S2 is still held in holding H-1");
      assertThat(r.holding("H-2")).isEmpty();
      // once scrapped, the serial number may come back in another holding
      r.record(
          OFFICER,
          List.of(
              new RegisterChange(
                  null,
                  new Movement.Scrapped(
                      "H-1", LocalDate.parse("2024-01-12"), 1, List.of("S2"), ASHBURN, "RMA"))),
          checker);
      r.record(OFFICER, List.of(open(h100s("H-2", true), "2024-01-13", 1, List.of("S2"))), checker);
      assertThat(r.holdings()).extracting(Holding::id).containsExactly("H-1", "H-2");
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void rolesSitesAndMissingHoldingsAreRefused(TestDatabases.Database db) {
    try (Store store = db.fresh()) {
      Register r = new Register(store);
      assertThatThrownBy(
              () ->
                  r.record(
                      VIEWER,
                      List.of(open(h100s("H-1", false), "2024-01-10", 1, List.of())),
                      checker))
          .isInstanceOf(RefusedException.class)
          .extracting(e -> ((RefusedException) e).code())
          .isEqualTo("ROLE");
      r.record(OFFICER, List.of(open(h100s("H-1", false), "2024-01-10", 1, List.of())), checker);
      assertThat(r.movements()).hasSize(1); // a viewer reads
      assertThatThrownBy(
              () ->
                  r.record(
                      OFFICER,
                      List.of(move("H-1", "2024-02-01", 1, ASHBURN, new Site("Ashburn DC2", "CA"))),
                      checker))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () ->
                  r.record(
                      OFFICER,
                      List.of(
                          move("H-1", "2024-02-01", 1, new Site("Ashburn DC2", "CA"), SAN_JOSE)),
                      checker))
          .isInstanceOf(RefusedException.class)
          .hasMessageContaining("site Ashburn DC2 is in US, not CA");
      assertThatThrownBy(
              () ->
                  r.record(
                      OFFICER, List.of(move("H-9", "2024-02-01", 1, ASHBURN, SAN_JOSE)), checker))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(
              () ->
                  r.record(
                      OFFICER,
                      List.of(open(h100s("H-1", false), "2024-01-10", 1, List.of())),
                      checker))
          .isInstanceOf(RefusedException.class)
          .hasMessageContaining("already exists");
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void concurrentMovesNeverTakeMoreThanIsHeld(TestDatabases.Database db) throws Exception {
    try (Store store = db.fresh()) {
      Register r = new Register(store);
      r.record(OFFICER, List.of(open(h100s("H-1", false), "2024-01-10", 5, List.of())), checker);
      ExecutorService pool = Executors.newFixedThreadPool(6);
      List<Future<Boolean>> tries = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        tries.add(
            pool.submit(
                () -> {
                  try {
                    r.record(
                        OFFICER, List.of(move("H-1", "2024-02-01", 1, ASHBURN, SAN_JOSE)), checker);
                    return true;
                  } catch (RefusedException e) {
                    return false;
                  }
                }));
      }
      int moved = 0;
      for (Future<Boolean> f : tries) {
        moved += f.get() ? 1 : 0;
      }
      pool.shutdown();
      assertThat(moved).isEqualTo(5);
      RegisterReport after =
          r.report(LocalDate.parse("2024-12-31"), RegisterReport.Filter.ALL, classifier);
      assertThat(after.bySite())
          .extracting(RegisterReport.Total::key, RegisterReport.Total::quantity)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("San Jose Lab (US)", 5L));
      assertThat(store.audit().verify().intact()).isTrue();
    }
  }
}
