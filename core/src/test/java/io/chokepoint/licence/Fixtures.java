package io.chokepoint.licence;

import io.chokepoint.content.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A licence and a line it covers, for tests to change one thing at a time. */
final class Fixtures {
  private Fixtures() {}

  static final NamedParty YUNHAI =
      new NamedParty("Shanghai Yunhai Datacenter Co., Ltd.", "CN", List.of("上海云海数据中心有限公司"));

  static final LicenceCondition.ShareCap HALF_OF_US =
      new LicenceCondition.ShareCap(
          "cn-half-of-us",
          LicenceCondition.Measure.QUANTITY,
          Set.of("CN", "MO"),
          new BigDecimal("0.5"),
          Set.of("US"),
          "91 FR 1684");

  /**
   * A licence under construction, starting as a BIS licence for 100 units of 3A090 worth USD
   * 2,500,000 to Yunhai in China, valid in 2026, with one rider.
   */
  static final class Spec {
    String number = "D1234567";
    LicenceKind kind = LicenceKind.BIS_LICENCE;
    List<CoveredItem> items = List.of(new CoveredItem("US-EAR", "3A090", null));
    List<NamedParty> consignees = List.of(YUNHAI);
    List<NamedParty> endUsers = List.of(YUNHAI);
    Set<String> countries = Set.of("CN");
    BigDecimal quantity = new BigDecimal("100");
    Money value = new Money(new BigDecimal("2500000"), "USD");
    LocalDate from = LocalDate.parse("2026-01-20");
    LocalDate to = LocalDate.parse("2026-12-31");
    List<LicenceCondition> conditions =
        List.of(new LicenceCondition.Rider("No re-export without prior BIS authorisation"));
    LicenceStatus status = LicenceStatus.ACTIVE;

    Licence build() {
      LicenceTerms terms =
          new LicenceTerms(
              kind,
              "Pacific Compute Distribution Inc.",
              items,
              consignees,
              endUsers,
              countries,
              quantity,
              value);
      return new Licence(number, terms, from, to, conditions, null, status);
    }
  }

  static Licence licence() {
    return new Spec().build();
  }

  static Licence licence(java.util.function.Consumer<Spec> change) {
    Spec s = new Spec();
    change.accept(s);
    return s.build();
  }

  /**
   * A line under construction, starting as 8 H100s (3A090.a) worth USD 200,000 to Yunhai in China
   * on 2026-02-15, for which US-EAR requires a licence.
   */
  static final class LineSpec {
    LocalDate date = LocalDate.parse("2026-02-15");
    String destination = "CN";
    String description = "NVIDIA H100 SXM5 80GB module";
    Map<String, List<String>> codes = Map.of("US-EAR", List.of("3A090.a"));
    NamedParty consignee = new NamedParty("SHANGHAI YUNHAI DATACENTER CO LTD", "CN");
    NamedParty endUser = new NamedParty("上海云海数据中心有限公司", null);
    Set<String> requiredUnder = Set.of("US-EAR");
    BigDecimal quantity = new BigDecimal("8");
    Money value = usd("200000");

    LicenceLine build() {
      return new LicenceLine(
          "PO-2026-0215",
          "L1",
          date,
          destination,
          description,
          codes,
          quantity,
          value,
          consignee,
          endUser,
          requiredUnder);
    }
  }

  static LicenceLine line() {
    return new LineSpec().build();
  }

  static LicenceLine line(java.util.function.Consumer<LineSpec> change) {
    LineSpec s = new LineSpec();
    change.accept(s);
    return s.build();
  }

  static Money usd(String amount) {
    return new Money(new BigDecimal(amount), "USD");
  }
}
