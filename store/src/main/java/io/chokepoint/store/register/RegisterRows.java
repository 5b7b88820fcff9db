package io.chokepoint.store.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.content.Money;
import io.chokepoint.register.Counterparty;
import io.chokepoint.register.Custodian;
import io.chokepoint.register.HeldItem;
import io.chokepoint.register.Holding;
import io.chokepoint.register.LicenceCheck;
import io.chokepoint.register.Movement;
import io.chokepoint.register.RecordedMovement;
import io.chokepoint.register.Site;
import io.chokepoint.store.StoreException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The register's rows: how holdings, sites and movements are written and read back. */
final class RegisterRows {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RegisterRows() {}

  static final String HOLDING =
      "SELECT id, chip, classification, description, lot, serial_tracked, unit_amount,"
          + " unit_currency, custodian, custodian_hq, end_use, licence, transaction_id"
          + " FROM register_holding";

  static final String MOVEMENT =
      "SELECT m.*, fs.country AS from_site_country, ts.country AS to_site_country"
          + " FROM register_movement m"
          + " LEFT JOIN register_site fs ON fs.name = m.from_site"
          + " LEFT JOIN register_site ts ON ts.name = m.to_site";

  static Optional<Holding> holding(Handle h, String id) {
    return h.createQuery(HOLDING + " WHERE id = :id")
        .bind("id", id)
        .map(RegisterRows::holding)
        .findOne();
  }

  static Optional<Site> site(Handle h, String name) {
    return h.createQuery("SELECT name, country FROM register_site WHERE name = :n")
        .bind("n", name)
        .map((rs, c) -> new Site(rs.getString("name"), rs.getString("country")))
        .findOne();
  }

  static List<RecordedMovement> movements(Handle h, String holding) {
    return h.createQuery(MOVEMENT + " WHERE m.holding_id = :h ORDER BY m.seq")
        .bind("h", holding)
        .map(RegisterRows::movement)
        .list();
  }

  static void insertHolding(Handle h, Holding x, String by) {
    h.createUpdate(
            "INSERT INTO register_holding (id, chip, classification, description, lot,"
                + " serial_tracked, unit_amount, unit_currency, custodian, custodian_hq, end_use,"
                + " licence, transaction_id, recorded_at, recorded_by) VALUES (:id, :chip, :cls,"
                + " :description, :lot, :tracked, :amount, :currency, :custodian, :hq, :endUse,"
                + " :licence, :tx, :at, :by)")
        .bind("id", x.id())
        .bind("chip", x.item().chip())
        .bind("cls", json(x.item().classification()))
        .bind("description", x.item().description())
        .bind("lot", x.lot())
        .bind("tracked", x.serialTracked())
        .bind("amount", x.unitValue().amount())
        .bind("currency", x.unitValue().currency())
        .bind("custodian", x.custodian().name())
        .bind("hq", x.custodian().headquarters())
        .bind("endUse", x.endUse())
        .bind("licence", x.licence())
        .bind("tx", x.transaction())
        .bind("at", OffsetDateTime.now(java.time.ZoneOffset.UTC))
        .bind("by", by)
        .execute();
  }

  static long insertMovement(
      Handle h, Movement m, LicenceCheck check, OffsetDateTime at, String by) {
    String fromCountry = m instanceof Movement.Received r ? r.fromCountry() : null;
    Counterparty c = m instanceof Movement.Transferred t ? t.counterparty() : null;
    String counterparty =
        c != null ? c.name() : m instanceof Movement.Received r ? r.supplier() : null;
    return h.createUpdate(
            "INSERT INTO register_movement (holding_id, kind, moved_on, quantity, serials,"
                + " from_site, to_site, from_country, counterparty, counterparty_country,"
                + " counterparty_hq, end_use, licence, transaction_id, reason, check_status,"
                + " check_outcome, check_detail, recorded_at, recorded_by) VALUES (:holding,"
                + " :kind, :date, :quantity, :serials, :from, :to, :fromCountry, :counterparty,"
                + " :cpCountry, :cpHq, :endUse, :licence, :tx, :reason, :status, :outcome,"
                + " :detail, :at, :by)")
        .bind("holding", m.holding())
        .bind("kind", m.kind())
        .bind("date", m.date())
        .bind("quantity", m.quantity())
        .bind("serials", json(m.serials()))
        .bind("from", m.from() == null ? null : m.from().name())
        .bind("to", m.to() == null ? null : m.to().name())
        .bind("fromCountry", fromCountry)
        .bind("counterparty", counterparty)
        .bind("cpCountry", c == null ? null : c.country())
        .bind("cpHq", c == null ? null : c.headquarters())
        .bind("endUse", m instanceof Movement.Transferred t ? t.endUse() : null)
        .bind("licence", m.licence())
        .bind("tx", m.transaction())
        .bind("reason", m.reason())
        .bind("status", check.status().name())
        .bind("outcome", check.outcome() == null ? null : check.outcome().name())
        .bind("detail", json(check))
        .bind("at", at)
        .bind("by", by)
        .executeAndReturnGeneratedKeys("seq")
        .mapTo(Long.class)
        .one();
  }

  static Holding holding(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Holding(
        rs.getString("id"),
        new HeldItem(
            rs.getString("chip"),
            read(rs.getString("classification"), new TypeReference<Map<String, String>>() {}),
            rs.getString("description")),
        rs.getString("lot"),
        rs.getBoolean("serial_tracked"),
        new Money(rs.getBigDecimal("unit_amount"), rs.getString("unit_currency")),
        new Custodian(rs.getString("custodian"), rs.getString("custodian_hq")),
        rs.getString("end_use"),
        rs.getString("licence"),
        rs.getString("transaction_id"));
  }

  static RecordedMovement movement(ResultSet rs, StatementContext ctx) throws SQLException {
    String holding = rs.getString("holding_id");
    LocalDate date = rs.getObject("moved_on", LocalDate.class);
    long quantity = rs.getLong("quantity");
    List<String> serials = read(rs.getString("serials"), new TypeReference<List<String>>() {});
    Site from = site(rs.getString("from_site"), rs.getString("from_site_country"));
    Site to = site(rs.getString("to_site"), rs.getString("to_site_country"));
    String licence = rs.getString("licence");
    String tx = rs.getString("transaction_id");
    String reason = rs.getString("reason");
    String kind = rs.getString("kind");
    Movement m =
        switch (kind) {
          case "received" ->
              new Movement.Received(
                  holding,
                  date,
                  quantity,
                  serials,
                  to,
                  rs.getString("from_country"),
                  rs.getString("counterparty"),
                  licence,
                  tx,
                  reason);
          case "moved" ->
              new Movement.Moved(holding, date, quantity, serials, from, to, licence, tx, reason);
          case "transferred" ->
              new Movement.Transferred(
                  holding,
                  date,
                  quantity,
                  serials,
                  from,
                  new Counterparty(
                      rs.getString("counterparty"),
                      rs.getString("counterparty_country"),
                      rs.getString("counterparty_hq")),
                  rs.getString("end_use"),
                  licence,
                  tx,
                  reason);
          case "scrapped" -> new Movement.Scrapped(holding, date, quantity, serials, from, reason);
          default ->
              throw new StoreException("unknown movement kind in the register: " + kind, null);
        };
    return new RecordedMovement(
        rs.getLong("seq"),
        m,
        read(rs.getString("check_detail"), new TypeReference<LicenceCheck>() {}),
        rs.getString("recorded_by"),
        rs.getObject("recorded_at", OffsetDateTime.class).toInstant().toString());
  }

  private static Site site(String name, String country) {
    return name == null ? null : new Site(name, country);
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write a register value as JSON", e);
    }
  }

  private static <T> T read(String text, TypeReference<T> type) {
    try {
      return JSON.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot read a register value: " + text, e);
    }
  }
}
