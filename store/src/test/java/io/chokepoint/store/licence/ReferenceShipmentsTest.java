package io.chokepoint.store.licence;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.licence.LicenceReader;
import io.chokepoint.review.Actor;
import io.chokepoint.review.Role;
import io.chokepoint.store.DeterminationLog;
import io.chokepoint.store.ExamplesAccess;
import io.chokepoint.store.Store;
import io.chokepoint.store.TestDatabases;
import io.chokepoint.transaction.Transaction;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A share cap's reference shipments are the recorded transactions that may ship: cleared or
 * released, to the reference countries, up to the day; not held ones, and not determinations that
 * {@code check} only recorded.
 */
class ReferenceShipmentsTest {
  private static final String LICENCE =
      """
      number: D7
      kind: bis-licence
      holder: Pacific Compute Distribution Inc.
      items: [{regime: US-EAR, code: 3A090}]
      countries: [CN]
      quantity: 100
      validFrom: 2026-01-01
      validTo: 2026-12-31
      conditions:
        - shareCap: {id: half, measure: quantity, capped: [CN], share: 0.5, reference: [US]}
      """;

  static List<TestDatabases.Database> databases() {
    return TestDatabases.all();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void onlyShipmentsThatMayShipCount(TestDatabases.Database db) {
    try (Store store = db.fresh()) {
      Actor admin = store.users().actor("admin");
      Actor alice = store.users().add(admin, "alice", Role.OFFICER);
      store.licences().add(alice, LicenceReader.parse(LICENCE, "d7.yaml").get(0));
      assertThat(reference(store)).isZero();

      Transaction us = ExamplesAccess.transaction(ExamplesAccess.h100ToUs("US-1", 24));
      store.transactions().submit(alice, us, ExamplesAccess.determine(us), "us.yaml");
      assertThat(reference(store)).isEqualTo(24);

      Transaction checked = ExamplesAccess.transaction(ExamplesAccess.h100ToUs("US-2", 40));
      store
          .determinations()
          .record(
              "alice",
              List.of(
                  new DeterminationLog.Entry(
                      ExamplesAccess.determine(checked), "us.yaml", checked.input())));
      assertThat(reference(store)).as("a check is not a shipment").isEqualTo(24);

      Transaction held = ExamplesAccess.transaction(ExamplesAccess.h100ToShanghai("CN-1", 8));
      store.transactions().submit(alice, held, ExamplesAccess.determine(held), "cn.yaml");
      assertThat(reference(store)).as("China is not a reference country").isEqualTo(24);
    }
  }

  private static int reference(Store store) {
    return store.licences().get("D7").balance().reference("half").intValue();
  }
}
