package io.chokepoint.register;

import io.chokepoint.content.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Holdings, sites and movements the register tests share. */
final class Holdings {
  static final Site ASHBURN = new Site("Ashburn DC2", "US");
  static final Site SAN_JOSE = new Site("San Jose Lab", "US");
  static final Site SHANGHAI = new Site("Shanghai Lingang DC", "CN");
  static final Custodian ACME = new Custodian("Acme AI Inc.", "US");

  private Holdings() {}

  /** Eight H100s worth 25,000 USD each, tracked by lot, for a datacenter. */
  static Holding h100Lot(String id) {
    return new Holding(
        id,
        new HeldItem("H100 SXM", Map.of(), "NVIDIA H100 SXM5 boards"),
        "LOT-" + id,
        false,
        usd("25000"),
        ACME,
        "datacenter",
        null,
        "PO-" + id);
  }

  /** Serial-tracked items with a stated classification. */
  static Holding classified(String id, String eccn, String value) {
    return new Holding(
        id,
        new HeldItem(null, Map.of("US-EAR", eccn), "accelerator cards"),
        null,
        true,
        usd(value),
        ACME,
        "ai-research",
        null,
        null);
  }

  static Money usd(String amount) {
    return new Money(new BigDecimal(amount), "USD");
  }

  static Movement.Received receive(String holding, String date, long n, Site at) {
    return receive(holding, date, n, at, List.of());
  }

  static Movement.Received receive(
      String holding, String date, long n, Site at, List<String> serials) {
    return new Movement.Received(
        holding, LocalDate.parse(date), n, serials, at, "TW", "NVIDIA", null, null, "purchase");
  }

  static Movement.Moved move(String holding, String date, long n, Site from, Site to) {
    return move(holding, date, n, from, to, List.of(), null);
  }

  static Movement.Moved move(
      String holding,
      String date,
      long n,
      Site from,
      Site to,
      List<String> serials,
      String licence) {
    return new Movement.Moved(
        holding, LocalDate.parse(date), n, serials, from, to, licence, null, "rebalancing");
  }

  static Movement.Scrapped scrap(String holding, String date, long n, Site from) {
    return new Movement.Scrapped(
        holding, LocalDate.parse(date), n, List.of(), from, "failed burn-in");
  }

  static RecordedMovement recorded(long seq, Movement m, LicenceCheck check) {
    return new RecordedMovement(seq, m, check, "ann", "2025-01-01T00:00:00Z");
  }

  static RecordedMovement recorded(long seq, Movement m) {
    return recorded(seq, m, LicenceCheck.notAnExport("test"));
  }
}
