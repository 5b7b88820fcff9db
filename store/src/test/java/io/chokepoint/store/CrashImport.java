package io.chokepoint.store;

import io.chokepoint.determine.Determination;
import io.chokepoint.licence.LicenceLine;
import io.chokepoint.licence.LicenceReader;
import io.chokepoint.review.Actor;
import io.chokepoint.review.Role;
import io.chokepoint.store.licence.LedgerResult;
import io.chokepoint.transaction.Transaction;

/**
 * A batch import for the crash test, run in a child JVM: for each of N transactions, record it
 * (with its determination and hold) and draw its line on one licence under an idempotency key,
 * printing {@code ok I} after each. The parent kills it with SIGKILL in the middle, then runs it
 * again to the end.
 */
public final class CrashImport {
  static final String LICENCE =
      """
      number: CRASH-1
      kind: bis-licence
      holder: Pacific Compute Distribution Inc.
      items: [{regime: US-EAR, code: 3A090}]
      consignees: [{name: "Shanghai Yunhai Datacenter Co., Ltd.", country: CN}]
      endUsers: [{name: "Shanghai Yunhai Datacenter Co., Ltd.", country: CN}]
      countries: [CN]
      quantity: 100000
      validFrom: 2024-01-01
      validTo: 2024-12-31
      """;

  private CrashImport() {}

  /**
   * Runs the import.
   *
   * @param args JDBC URL, user, password, number of transactions
   */
  public static void main(String[] args) {
    int count = Integer.parseInt(args[3]);
    try (Store store = Store.open(args[0], args[1], args[2])) {
      Actor admin = store.users().actor("admin");
      Actor importer =
          store
              .users()
              .find("importer")
              .orElseGet(() -> store.users().add(admin, "importer", Role.OFFICER));
      if (store.licences().find("CRASH-1").isEmpty()) {
        store.licences().add(importer, LicenceReader.parse(LICENCE, "crash.yaml").get(0));
      }
      for (int i = 1; i <= count; i++) {
        Transaction t = Examples.transaction(Examples.h100ToShanghai("C-" + i, 2));
        Determination d = Examples.determine(t);
        store.transactions().submit(importer, t, d, "crash.yaml");
        LedgerResult r =
            store
                .licences()
                .draw(importer, "CRASH-1", LicenceLine.of(t, d, "L1"), "import:C-" + i + ":L1");
        if (!r.accepted()) {
          throw new IllegalStateException("draw " + i + " rejected: " + r.reasons());
        }
        System.out.println("ok " + i);
        System.out.flush();
      }
    }
    System.out.println("done");
  }
}
