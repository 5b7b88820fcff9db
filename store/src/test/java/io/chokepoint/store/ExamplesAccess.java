package io.chokepoint.store;

import io.chokepoint.determine.Determination;
import io.chokepoint.transaction.Transaction;

/** {@link Examples} for the store's feature packages' tests. */
public final class ExamplesAccess {
  private ExamplesAccess() {}

  public static Transaction transaction(String yaml) {
    return Examples.transaction(yaml);
  }

  public static Determination determine(Transaction t) {
    return Examples.determine(t);
  }

  public static String h100ToUs(String id, int quantity) {
    return Examples.h100ToUs(id, quantity);
  }

  public static String h100ToShanghai(String id, int quantity) {
    return Examples.h100ToShanghai(id, quantity);
  }
}
