package io.chokepoint.store.licence;

import io.chokepoint.content.Money;
import io.chokepoint.licence.CoveredItem;
import io.chokepoint.licence.Licence;
import io.chokepoint.licence.LicenceCondition;
import io.chokepoint.licence.LicenceKind;
import io.chokepoint.licence.LicenceLine;
import io.chokepoint.licence.LicenceStatus;
import io.chokepoint.licence.LicenceTerms;
import io.chokepoint.licence.NamedParty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Licences and lines for the store's tests. */
final class StoreFixtures {
  private StoreFixtures() {}

  static final NamedParty YUNHAI = new NamedParty("Shanghai Yunhai Datacenter Co., Ltd.", "CN");

  /** A BIS licence for {@code quantity} units of 3A090 to Yunhai in 2026. */
  static Licence licence(String number, String quantity, List<LicenceCondition> conditions) {
    LicenceTerms terms =
        new LicenceTerms(
            LicenceKind.BIS_LICENCE,
            "Pacific Compute Distribution Inc.",
            List.of(new CoveredItem("US-EAR", "3A090", null)),
            List.of(YUNHAI),
            List.of(YUNHAI),
            Set.of(),
            new BigDecimal(quantity),
            new Money(new BigDecimal("100000000"), "USD"));
    return new Licence(
        number,
        terms,
        LocalDate.parse("2026-01-01"),
        LocalDate.parse("2026-12-31"),
        conditions,
        null,
        LicenceStatus.ACTIVE);
  }

  /** A line of {@code quantity} H100s at USD 25,000 each to a destination. */
  static LicenceLine line(String tx, String line, int quantity, String destination) {
    return new LicenceLine(
        tx,
        line,
        LocalDate.parse("2026-03-01"),
        destination,
        "NVIDIA H100 SXM5",
        Map.of("US-EAR", List.of("3A090.a")),
        BigDecimal.valueOf(quantity),
        new Money(BigDecimal.valueOf(25_000L * quantity), "USD"),
        YUNHAI,
        YUNHAI,
        Set.of("US-EAR"));
  }
}
