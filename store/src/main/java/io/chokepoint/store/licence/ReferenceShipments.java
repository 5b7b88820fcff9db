package io.chokepoint.store.licence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.licence.CoveredItem;
import io.chokepoint.licence.Licence;
import io.chokepoint.licence.LicenceCondition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The reference shipments of a licence's share caps, summed from the recorded transactions ({@code
 * tx add}): for each transaction that may ship (cleared, or released after review) dated on or
 * before the day, to a cap's reference countries, the quantity or value of every line whose
 * classification, in its current determination, the licence covers. Held and rejected transactions
 * have not shipped and do not count, nor do determinations that {@code check} only recorded. A line
 * valued in another currency than the licence's limit does not count towards a value cap.
 */
final class ReferenceShipments {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReferenceShipments() {}

  static Map<String, BigDecimal> sum(Handle h, Licence licence, LocalDate upTo) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    if (licence.shareCaps().isEmpty()) {
      return out;
    }
    licence.shareCaps().forEach(c -> out.put(c.id(), BigDecimal.ZERO));
    java.util.Set<String> countries = new java.util.TreeSet<>();
    licence.shareCaps().forEach(c -> countries.addAll(c.reference()));
    List<String[]> shipped =
        h.createQuery(
                "SELECT t.input, d.body FROM trade_transaction t JOIN determination d ON d.id ="
                    + " t.determination WHERE t.route_to IN (<countries>) AND t.tx_date <= :upTo"
                    + " AND t.status IN ('CLEARED', 'RELEASED')")
            .bindList("countries", List.copyOf(countries))
            .bind("upTo", upTo)
            .map((rs, ctx) -> new String[] {null, rs.getString(1), rs.getString(2)})
            .list();
    for (String[] r : shipped) {
      try {
        add(licence, JSON.readTree(r[1]), JSON.readTree(r[2]), upTo, out);
      } catch (JsonProcessingException e) {
        // A row written before inputs were canonical JSON cannot be read; it counts for nothing.
      }
    }
    out.replaceAll((k, v) -> v.stripTrailingZeros());
    return out;
  }

  private static void add(
      Licence licence, JsonNode input, JsonNode body, LocalDate upTo, Map<String, BigDecimal> out) {
    if (!input.hasNonNull("date") || LocalDate.parse(input.get("date").asText()).isAfter(upTo)) {
      return;
    }
    String to = input.path("route").path("to").asText(null);
    for (JsonNode item : input.path("items")) {
      String id = item.path("id").asText();
      if (!covered(licence, body, id)) {
        continue;
      }
      BigDecimal quantity = item.path("quantity").decimalValue();
      JsonNode unit = item.path("unitValue");
      for (LicenceCondition.ShareCap cap : licence.shareCaps()) {
        if (!cap.reference().contains(to)) {
          continue;
        }
        if (cap.measure() == LicenceCondition.Measure.QUANTITY) {
          out.merge(cap.id(), quantity, BigDecimal::add);
        } else if (licence.valueLimit() != null
            && unit.hasNonNull("amount")
            && licence.valueLimit().currency().equals(unit.path("currency").asText())) {
          out.merge(
              cap.id(), unit.get("amount").decimalValue().multiply(quantity), BigDecimal::add);
        }
      }
    }
  }

  private static boolean covered(Licence licence, JsonNode body, String itemId) {
    for (JsonNode regime : body.path("regimes")) {
      String code = regime.path("regime").asText();
      for (JsonNode ir : regime.path("items")) {
        if (!ir.path("item").asText().equals(itemId) || !ir.hasNonNull("classification")) {
          continue;
        }
        for (String c : ir.get("classification").asText().split(",")) {
          for (CoveredItem ci : licence.items()) {
            if (ci.coversCode(code, c.trim())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }
}
