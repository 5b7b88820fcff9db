package io.chokepoint.store.licence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.licence.Balance;
import io.chokepoint.licence.Licence;
import io.chokepoint.licence.LicenceCondition;
import io.chokepoint.licence.LicenceFormat;
import io.chokepoint.licence.LicenceReader;
import io.chokepoint.licence.Shortfall;
import io.chokepoint.review.Actor;
import io.chokepoint.review.Role;
import io.chokepoint.store.RefusedException;
import io.chokepoint.store.StoreException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The licence tables' rows: reading and writing licences, entries and reasons. */
final class LedgerRows {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LedgerRows() {}

  static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write JSON", e);
    }
  }

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  /**
   * Refuses an actor below a role.
   *
   * @throws RefusedException with code ROLE
   */
  static void require(Actor actor, Role role, String what) {
    if (!actor.role().atLeast(role)) {
      throw new RefusedException(
          "ROLE",
          actor.name() + " is " + actor.role() + ": only an " + role + " or above may " + what);
    }
  }

  static Licence licence(String body, String number) {
    return LicenceReader.parse(body, "licence " + number + ".json").get(0);
  }

  static String body(Licence l) {
    return json(LicenceFormat.licence(l));
  }

  /** The licence row, locked for update when asked; {@code null} if absent. */
  static Map<String, Object> row(Handle h, String number, boolean lock) {
    return h.createQuery(
            "SELECT number, body, status, drawn_quantity, drawn_value FROM licence WHERE number ="
                + " :n"
                + (lock ? " FOR UPDATE" : ""))
        .bind("n", number)
        .mapToMap()
        .findOne()
        .orElse(null);
  }

  /**
   * The balance of a licence from its row and its entries: the drawn totals from the row, each
   * share cap's drawn measure from the accepted drawdowns and returns to its capped countries, and
   * the reference shipments as given.
   */
  static Balance balance(
      Handle h, Licence l, Map<String, Object> row, Map<String, BigDecimal> reference) {
    Map<String, BigDecimal> capped = new HashMap<>();
    if (!l.shareCaps().isEmpty()) {
      List<Map<String, Object>> moves =
          h.createQuery(
                  "SELECT kind, destination, quantity, value_amount FROM licence_entry WHERE"
                      + " licence = :n AND accepted AND kind IN ('draw', 'return')")
              .bind("n", l.number())
              .mapToMap()
              .list();
      for (LicenceCondition.ShareCap cap : l.shareCaps()) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map<String, Object> m : moves) {
          if (!cap.capped().contains((String) m.get("destination"))) {
            continue;
          }
          Object v =
              cap.measure() == LicenceCondition.Measure.QUANTITY
                  ? m.get("quantity")
                  : m.get("value_amount");
          BigDecimal amount = v == null ? BigDecimal.ZERO : (BigDecimal) v;
          sum = "draw".equals(m.get("kind")) ? sum.add(amount) : sum.subtract(amount);
        }
        capped.put(cap.id(), sum.stripTrailingZeros());
      }
    }
    return new Balance(
        ((BigDecimal) row.get("drawn_quantity")).stripTrailingZeros(),
        ((BigDecimal) row.get("drawn_value")).stripTrailingZeros(),
        capped,
        reference);
  }

  static void updateTotals(Handle h, String number, Balance b) {
    h.createUpdate("UPDATE licence SET drawn_quantity = :q, drawn_value = :v WHERE number = :n")
        .bind("q", b.quantity())
        .bind("v", b.value())
        .bind("n", number)
        .execute();
  }

  static String reasons(List<Shortfall> reasons) {
    return json(LicenceFormat.shortfalls(reasons));
  }

  static List<Shortfall> reasons(String json) {
    try {
      List<Shortfall> out = new ArrayList<>();
      for (JsonNode n : JSON.readTree(json)) {
        out.add(
            new Shortfall(
                Shortfall.Kind.valueOf(n.get("kind").asText().toUpperCase().replace('-', '_')),
                n.get("message").asText()));
      }
      return out;
    } catch (JsonProcessingException e) {
      throw new StoreException("unreadable reasons " + json, e);
    }
  }

  static LedgerEntry entry(ResultSet rs) throws SQLException {
    Object returns = rs.getObject("returns_entry");
    return new LedgerEntry(
        rs.getLong("id"),
        rs.getString("licence"),
        rs.getString("kind"),
        rs.getString("idempotency_key"),
        rs.getBoolean("accepted"),
        rs.getString("transaction_id"),
        rs.getString("line_id"),
        rs.getString("destination"),
        rs.getBigDecimal("quantity").stripTrailingZeros(),
        rs.getBigDecimal("value_amount") == null
            ? null
            : rs.getBigDecimal("value_amount").stripTrailingZeros(),
        returns == null ? null : ((Number) returns).longValue(),
        rs.getString("reason"),
        reasons(rs.getString("reasons")),
        rs.getObject("recorded_at", OffsetDateTime.class),
        rs.getString("actor"));
  }

  static final String SELECT_ENTRY =
      "SELECT id, licence, kind, idempotency_key, accepted, transaction_id, line_id, destination,"
          + " quantity, value_amount, returns_entry, reason, reasons, recorded_at, actor FROM"
          + " licence_entry";

  /** A request to record: an entry without its id, time and actor, which the insert gives. */
  static LedgerEntry request(
      String licence,
      String kind,
      String key,
      boolean accepted,
      String transaction,
      String line,
      String destination,
      BigDecimal quantity,
      BigDecimal value,
      Long returns,
      String reason,
      List<Shortfall> reasons) {
    return new LedgerEntry(
        0,
        licence,
        kind,
        key,
        accepted,
        transaction,
        line,
        destination,
        quantity,
        value,
        returns,
        reason,
        reasons,
        null,
        null);
  }

  static long insert(Handle h, LedgerEntry e, String actor) {
    return h.createUpdate(
            "INSERT INTO licence_entry (licence, kind, idempotency_key, accepted, transaction_id,"
                + " line_id, destination, quantity, value_amount, returns_entry, reason, reasons,"
                + " recorded_at, actor) VALUES (:licence, :kind, :key, :accepted, :tx, :line,"
                + " :dest, :q, :v, :returns, :reason, :reasons, :at, :actor)")
        .bind("licence", e.licence())
        .bind("kind", e.kind())
        .bind("key", e.key())
        .bind("accepted", e.accepted())
        .bind("tx", e.transaction())
        .bind("line", e.line())
        .bind("dest", e.destination())
        .bind("q", e.quantity())
        .bind("v", e.value())
        .bind("returns", e.returns())
        .bind("reason", e.reason())
        .bind("reasons", reasons(e.reasons()))
        .bind("at", now())
        .bind("actor", actor)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /** The audit detail of an entry: its figures and reasons, without nulls. */
  static Map<String, Object> detail(long id, LedgerEntry e, Balance after) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("entry", id);
    d.put("accepted", e.accepted());
    putIfSet(d, "key", e.key());
    putIfSet(d, "transaction", e.transaction());
    putIfSet(d, "line", e.line());
    putIfSet(d, "destination", e.destination());
    d.put("quantity", e.quantity().toPlainString());
    putIfSet(d, "value", e.value() == null ? null : e.value().toPlainString());
    putIfSet(d, "returns", e.returns());
    putIfSet(d, "reason", e.reason());
    if (!e.reasons().isEmpty()) {
      d.put("reasons", e.reasons().stream().map(Shortfall::toString).toList());
    }
    d.put("drawnQuantity", after.quantity().toPlainString());
    d.put("drawnValue", after.value().toPlainString());
    return d;
  }

  static void putIfSet(Map<String, Object> m, String k, Object v) {
    if (v != null) {
      m.put(k, v);
    }
  }
}
