package io.chokepoint.register;

import io.chokepoint.classify.ChipCatalogue;
import io.chokepoint.content.BomReader;
import io.chokepoint.content.Money;
import io.chokepoint.source.Codes;
import io.chokepoint.source.Fields;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Node;
import io.chokepoint.source.SourceException;
import io.chokepoint.source.SourceReader;
import io.chokepoint.transaction.EndUse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a register file (YAML or JSON, docs/formats.md "Register file"): {@code receipts:} that
 * open holdings or add to them, and {@code movements:} (moved, transferred, scrapped), applied in
 * file order. Every problem is reported with file, line and field, and a file with any problem
 * yields nothing.
 */
public final class RegisterFile {
  private static final List<String> KINDS = List.of("moved", "transferred", "scrapped");

  private final ChipCatalogue catalogue;
  private final Function<String, Optional<Site>> knownSites;

  /**
   * Creates a reader.
   *
   * @param catalogue resolves {@code chip:} names
   * @param knownSites the register's sites by name, so that a movement may name a site alone
   */
  public RegisterFile(ChipCatalogue catalogue, Function<String, Optional<Site>> knownSites) {
    this.catalogue = catalogue;
    this.knownSites = knownSites;
  }

  /**
   * Reads a file.
   *
   * @throws SourceException listing every problem
   */
  public List<RegisterChange> read(Path file, String displayName) {
    return parse(SourceReader.read(file, displayName), displayName);
  }

  /**
   * Reads register changes from text.
   *
   * @throws SourceException listing every problem
   */
  public List<RegisterChange> parse(String text, String displayName) {
    return parse(SourceReader.parse(text, displayName), displayName);
  }

  private List<RegisterChange> parse(Node root, String displayName) {
    Issues issues = new Issues();
    Fields top = Fields.of(root, issues, null);
    Map<String, Site> sites = new HashMap<>();
    List<RegisterChange> out = new ArrayList<>();
    for (Node n : top.list("receipts")) {
      receipt(Fields.of(n, issues, "receipt"), sites, out);
    }
    for (Node n : top.list("movements")) {
      movement(Fields.of(n, issues, "movement"), sites, out);
    }
    top.end();
    if (issues.isEmpty() && out.isEmpty()) {
      issues.add(root, null, "a register file needs receipts: or movements:");
    }
    if (!issues.isEmpty()) {
      throw new SourceException("invalid register file " + displayName, issues.toList());
    }
    return out;
  }

  private void receipt(Fields f, Map<String, Site> sites, List<RegisterChange> out) {
    String id = f.requiredString("holding");
    f = f.withSubject("receipt of " + (id == null ? "?" : id));
    Holding opens = null;
    Fields item = f.object("item");
    List<String> serials = f.stringList("serials");
    if (item != null) {
      opens = holding(id, item, f, !serials.isEmpty());
    }
    LocalDate date = f.requiredDate("date");
    Long quantity = quantity(f, serials);
    Site to = site(f, "site", true, sites);
    String from = Codes.country(f, "from", false);
    String supplier = f.optionalString("supplier");
    String licence = opens != null ? opens.licence() : f.optionalString("licence");
    String tx = opens != null ? opens.transaction() : f.optionalString("transaction");
    String reason = f.requiredString("reason");
    f.end();
    if (id == null || date == null || quantity == null || to == null || reason == null) {
      return;
    }
    add(
        f,
        out,
        () ->
            new Movement.Received(
                id, date, quantity, serials, to, from, supplier, licence, tx, reason),
        opens);
  }

  private Holding holding(String id, Fields item, Fields f, boolean serialTracked) {
    String chip = item.optionalString("chip");
    if (chip != null && catalogue.find(chip).isEmpty()) {
      item.issues()
          .add(item.raw("chip"), f.subject(), "unknown chip '" + chip + "': not in the catalogue");
      chip = null;
    }
    Map<String, String> codes = item.stringMap("classification");
    String description = item.optionalString("description");
    if (!item.has("chip") && codes.isEmpty()) {
      f.issues().add(item.node(), f.subject(), "item needs a chip or a classification");
    }
    item.end();
    String lot = f.optionalString("lot");
    Money value = BomReader.money(f.requiredObject("unitValue"));
    Fields c = f.requiredObject("custodian");
    Custodian custodian = null;
    if (c != null) {
      String name = c.requiredString("name");
      String hq = Codes.country(c, "headquarters", false);
      c.end();
      custodian = name == null ? null : new Custodian(name, hq);
    }
    String endUse = f.oneOf("endUse", EndUse.PURPOSES, true);
    String licence = f.optionalString("licence");
    String tx = f.optionalString("transaction");
    if (id == null
        || (chip == null && codes.isEmpty())
        || value == null
        || custodian == null
        || endUse == null) {
      return null;
    }
    return new Holding(
        id,
        new HeldItem(chip, codes, description),
        lot,
        serialTracked,
        value,
        custodian,
        endUse,
        licence,
        tx);
  }

  private void movement(Fields f, Map<String, Site> sites, List<RegisterChange> out) {
    String kind = f.oneOf("kind", KINDS, true);
    String id = f.requiredString("holding");
    f = f.withSubject((kind == null ? "movement" : kind) + " of " + (id == null ? "?" : id));
    LocalDate date = f.requiredDate("date");
    List<String> serials = f.stringList("serials");
    Long quantity = quantity(f, serials);
    Site from = site(f, "from", true, sites);
    Site to = null;
    Counterparty party = null;
    String endUse = null;
    String licence = null;
    String tx = null;
    if ("moved".equals(kind)) {
      to = site(f, "to", true, sites);
    } else if ("transferred".equals(kind)) {
      party = counterparty(f.requiredObject("to"));
      endUse = f.oneOf("endUse", EndUse.PURPOSES, false);
    }
    if (!"scrapped".equals(kind)) {
      licence = f.optionalString("licence");
      tx = f.optionalString("transaction");
    }
    String reason = f.requiredString("reason");
    f.end();
    if (kind == null
        || id == null
        || date == null
        || quantity == null
        || from == null
        || reason == null) {
      return;
    }
    Site toSite = to;
    Counterparty cp = party;
    String use = endUse;
    String lic = licence;
    String t = tx;
    switch (kind) {
      case "moved" -> {
        if (toSite != null) {
          add(
              f,
              out,
              () -> new Movement.Moved(id, date, quantity, serials, from, toSite, lic, t, reason),
              null);
        }
      }
      case "transferred" -> {
        if (cp != null) {
          add(
              f,
              out,
              () ->
                  new Movement.Transferred(
                      id, date, quantity, serials, from, cp, use, lic, t, reason),
              null);
        }
      }
      default ->
          add(f, out, () -> new Movement.Scrapped(id, date, quantity, serials, from, reason), null);
    }
  }

  private static Counterparty counterparty(Fields c) {
    if (c == null) {
      return null;
    }
    String name = c.requiredString("name");
    String country = Codes.country(c, "country", true);
    String hq = Codes.country(c, "headquarters", false);
    c.end();
    return name == null || country == null ? null : new Counterparty(name, country, hq);
  }

  /** The quantity: given, or the number of serial numbers; both must agree. */
  private static Long quantity(Fields f, List<String> serials) {
    Double q = serials.isEmpty() ? f.requiredNumber("quantity") : f.optionalNumber("quantity");
    if (q == null) {
      return serials.isEmpty() ? null : (long) serials.size();
    }
    if (q <= 0 || q != Math.rint(q)) {
      f.issues().add(f.raw("quantity"), f.subject(), "quantity must be a whole number above zero");
      return null;
    }
    if (!serials.isEmpty() && q.longValue() != serials.size()) {
      f.issues()
          .add(
              f.raw("quantity"),
              f.subject(),
              "quantity " + q.longValue() + " but " + serials.size() + " serial numbers");
      return null;
    }
    return q.longValue();
  }

  /**
   * A site: {@code {name, country}}, or a name the file or the register has seen. A name seen with
   * another country is an error.
   */
  private Site site(Fields f, String key, boolean required, Map<String, Site> sites) {
    Node n = f.raw(key);
    if (n == null) {
      if (required) {
        f.issues().add(f.position(), f.subject(), key, "required field '" + key + "' is missing");
      }
      return null;
    }
    if (n instanceof Node.ScalarNode s && s.text() != null && !s.isNull()) {
      Site known = sites.get(s.text());
      if (known == null) {
        known = knownSites.apply(s.text()).orElse(null);
      }
      if (known == null) {
        f.issues()
            .add(
                n,
                f.subject(),
                "unknown site '" + s.text() + "': give {name, country} the first time");
      }
      return known;
    }
    Fields sf = Fields.of(n, f.issues(), f.subject());
    String name = sf.requiredString("name");
    String country = Codes.country(sf, "country", true);
    sf.end();
    if (name == null || country == null) {
      return null;
    }
    Site s = new Site(name, country);
    Site before = sites.containsKey(name) ? sites.get(name) : knownSites.apply(name).orElse(null);
    if (before != null && !before.country().equals(country)) {
      f.issues()
          .add(n, f.subject(), "site " + name + " is in " + before.country() + ", not " + country);
      return null;
    }
    sites.put(name, s);
    return s;
  }

  /** Builds a movement, reporting what its own checks refuse (two sites the same, say). */
  private static void add(
      Fields f,
      List<RegisterChange> out,
      java.util.function.Supplier<Movement> movement,
      Holding opens) {
    try {
      out.add(new RegisterChange(opens, movement.get()));
    } catch (IllegalArgumentException e) {
      f.issues().add(f.node(), f.subject(), e.getMessage());
    }
  }
}
