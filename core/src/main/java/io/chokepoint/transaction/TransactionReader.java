package io.chokepoint.transaction;

import io.chokepoint.classify.ChipCatalogue;
import io.chokepoint.classify.ChipSpec;
import io.chokepoint.classify.ChipSpecReader;
import io.chokepoint.classify.DueDiligence;
import io.chokepoint.classify.Material;
import io.chokepoint.classify.MaterialReader;
import io.chokepoint.content.BomLine;
import io.chokepoint.content.BomReader;
import io.chokepoint.content.ContentRollUp;
import io.chokepoint.content.Money;
import io.chokepoint.rules.FactType;
import io.chokepoint.source.Canonical;
import io.chokepoint.source.Codes;
import io.chokepoint.source.Fields;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Node;
import io.chokepoint.source.Node.ScalarNode;
import io.chokepoint.source.Node.ScalarType;
import io.chokepoint.source.SourceException;
import io.chokepoint.source.SourceReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads transaction files (FORMATS.md §1): one transaction, or several under {@code transactions:}.
 * Every problem is reported with file, line and field; a file with any problem yields no
 * transactions at all.
 */
public final class TransactionReader {
  private final ChipCatalogue catalogue;
  private final Map<String, FactType> declaredFacts;

  /**
   * Creates a reader.
   *
   * @param catalogue resolves {@code chip:} names
   * @param declaredFacts the facts the loaded rule packs declare, by short name; any other name
   *     under {@code facts:} is an error
   */
  public TransactionReader(ChipCatalogue catalogue, Map<String, FactType> declaredFacts) {
    this.catalogue = catalogue;
    this.declaredFacts = Map.copyOf(declaredFacts);
  }

  /**
   * Reads every file; if any file has a problem, nothing is returned.
   *
   * @param files the files, with the names to show in messages
   * @return the transactions, file by file, in order
   * @throws SourceException listing every problem in every file
   */
  public List<Transaction> readAll(Map<Path, String> files) {
    List<Transaction> all = new ArrayList<>();
    Issues issues = new Issues();
    for (Map.Entry<Path, String> e : files.entrySet()) {
      try {
        all.addAll(read(e.getKey(), e.getValue()));
      } catch (SourceException ex) {
        ex.issues().forEach(issues::add);
      }
    }
    if (!issues.isEmpty()) {
      throw new SourceException("invalid transaction input", issues.toList());
    }
    return all;
  }

  /**
   * Reads one file.
   *
   * @throws SourceException listing every problem in the file
   */
  public List<Transaction> read(Path file, String displayName) {
    return parse(SourceReader.read(file, displayName), displayName);
  }

  /**
   * Reads transactions from text, for tests and the API.
   *
   * @throws SourceException listing every problem
   */
  public List<Transaction> parse(String text, String displayName) {
    return parse(SourceReader.parse(text, displayName), displayName);
  }

  /**
   * Reads transactions from a parsed node, such as the {@code transaction:} of a golden case.
   *
   * @throws SourceException listing every problem
   */
  public List<Transaction> parse(Node root, String displayName) {
    Issues issues = new Issues();
    Fields top = Fields.of(root, issues, null);
    List<Node> nodes;
    if (top.has("transactions")) {
      nodes = top.list("transactions");
      top.end();
      if (nodes.isEmpty() && issues.isEmpty()) {
        issues.add(root, null, "transactions: must list at least one transaction");
      }
    } else if (root instanceof Node.MapNode) {
      nodes = List.of(root);
    } else {
      nodes = List.of(); // already reported by Fields.of above
    }
    List<Transaction> out = new ArrayList<>();
    Map<String, Node> ids = new HashMap<>();
    for (Node n : nodes) {
      Transaction t = transaction(n, issues);
      if (t != null) {
        Node prior = ids.putIfAbsent(t.id(), n);
        if (prior != null) {
          issues.add(
              n,
              t.id(),
              "duplicate transaction id '"
                  + t.id()
                  + "' in the file (first at "
                  + prior.position()
                  + ")");
        }
        out.add(t);
      }
    }
    if (!issues.isEmpty()) {
      throw new SourceException("invalid transaction file " + displayName, issues.toList());
    }
    return out;
  }

  /**
   * Reads one item mapping as it would stand under a transaction's {@code items:}, for files that
   * hold items outside a transaction, such as a product catalogue. Problems go to {@code issues}.
   *
   * @param node the item mapping, with {@code id} and {@code quantity}
   * @param subject what the item belongs to, for messages (e.g. {@code catalogue})
   * @param issues where problems go
   * @return the item, or {@code null} when a problem leaves it incomplete
   */
  public Item readItem(Node node, String subject, Issues issues) {
    return item(Fields.of(node, issues, subject));
  }

  /**
   * Reads one party mapping as it would stand under a transaction's {@code parties:}, for files
   * that name parties once and refer to them, such as an order book's customers.
   *
   * @param node the party mapping, with {@code role}
   * @param subject what the party belongs to, for messages
   * @param issues where problems go
   * @return the party, or {@code null} when a problem leaves it incomplete
   */
  public Party readParty(Node node, String subject, Issues issues) {
    return party(Fields.of(node, issues, subject));
  }

  /**
   * Reads an {@code endUse:} mapping.
   *
   * @param node the mapping
   * @param subject what it belongs to, for messages
   * @param issues where problems go
   */
  public EndUse readEndUse(Node node, String subject, Issues issues) {
    return endUse(Fields.of(node, issues, subject));
  }

  /**
   * Reads a {@code facts:} mapping: only the facts the rule packs declare, each of its type.
   *
   * @param node the mapping
   * @param subject what it belongs to, for messages
   * @param issues where problems go
   * @return the facts by name
   */
  public Map<String, Object> readFacts(Node node, String subject, Issues issues) {
    return facts(Fields.of(node, issues, subject));
  }

  private Transaction transaction(Node n, Issues issues) {
    Fields f = Fields.of(n, issues, null);
    if (!(n instanceof Node.MapNode)) {
      return null; // reported once by Fields.of, not again as missing id, parties and items
    }
    String id = f.requiredString("id");
    f = f.withSubject(id == null ? "transaction" : "transaction " + id);
    LocalDate date = f.requiredDate("date");
    Route route = null;
    Fields r = f.requiredObject("route");
    if (r != null) {
      String from = Codes.country(r, "from", true);
      String to = Codes.country(r, "to", true);
      r.end();
      route = (from == null || to == null) ? null : new Route(from, to);
    }
    if (!f.has("parties")) {
      issues.add(f.position(), f.subject(), "parties", "required field 'parties' is missing");
    }
    List<Party> parties = new ArrayList<>();
    for (Node p : f.list("parties")) {
      Party party = party(Fields.of(p, issues, f.subject()));
      if (party != null) {
        parties.add(party);
      }
    }
    if (f.has("parties")
        && parties.size() == f.list("parties").size()
        && parties.stream().allMatch(p -> p.role().equals("exporter"))) {
      issues.add(
          f.raw("parties"),
          f.subject(),
          "parties must name at least one party besides the exporter (consignee, end-user, purchaser"
              + " or intermediate-consignee): rules on recipients cannot be checked without one");
    }
    Fields e = f.object("endUse");
    EndUse endUse = e == null ? null : endUse(e);
    Map<String, Object> facts = facts(f.object("facts"));
    if (!f.has("items")) {
      issues.add(f.position(), f.subject(), "items", "required field 'items' is missing");
    }
    List<Item> items = new ArrayList<>();
    Map<String, Node> itemIds = new HashMap<>();
    for (Node i : f.list("items")) {
      Item item = item(Fields.of(i, issues, f.subject()));
      if (item != null) {
        if (itemIds.putIfAbsent(item.id(), i) != null) {
          issues.add(i, f.subject(), "duplicate item id '" + item.id() + "'");
        }
        items.add(item);
      }
    }
    if (f.has("items") && f.list("items").isEmpty()) {
      issues.add(f.raw("items"), f.subject(), "a transaction needs at least one item");
    }
    f.end();
    if (id == null || date == null || route == null) {
      return null;
    }
    String canonical = Canonical.json(n);
    return new Transaction(
        id,
        date,
        route,
        parties,
        endUse,
        facts,
        items,
        Canonical.hashOf(canonical),
        canonical,
        n.position());
  }

  private Party party(Fields p) {
    String role = p.oneOf("role", Party.ROLES, true);
    String name = p.requiredString("name");
    String country = Codes.country(p, "country", true);
    String hq = Codes.country(p, "headquarters", false);
    Boolean meu = p.optionalBoolean("militaryEndUser");
    List<String> otherNames = p.stringList("otherNames");
    List<String> lists = p.stringList("lists");
    List<Owner> owners = null;
    if (p.has("owners")) {
      owners = new ArrayList<>();
      for (Node o : p.list("owners")) {
        Fields of = Fields.of(o, p.issues(), p.subject());
        String on = of.requiredString("name");
        Double share = of.requiredNumber("share");
        List<String> ol = of.stringList("lists");
        of.end();
        if (share != null && (share < 0 || share > 1)) {
          p.issues().add(of.raw("share"), p.subject(), "share must lie between 0 and 1");
        } else if (on != null && share != null) {
          owners.add(new Owner(on, share, ol));
        }
      }
    } else {
      p.raw("owners");
    }
    p.end();
    if (role == null || name == null || country == null) {
      return null;
    }
    return new Party(role, name, country, hq, meu, otherNames, lists, owners, p.position());
  }

  private static EndUse endUse(Fields e) {
    EndUse endUse =
        new EndUse(
            e.oneOf("purpose", EndUse.PURPOSES, false),
            positive(e, "logicNodeNm"),
            positive(e, "memoryLayers"),
            e.optionalBoolean("militaryApplication"));
    e.end();
    return endUse;
  }

  private Map<String, Object> facts(Fields f) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (f == null) {
      return out;
    }
    for (String k : f.keys()) {
      Node v = f.raw(k);
      FactType type = declaredFacts.get(k);
      if (type == null) {
        f.issues()
            .add(
                v,
                f.subject(),
                "unknown fact '"
                    + k
                    + "' (the rule packs declare: "
                    + declaredFacts.keySet().stream().sorted().toList()
                    + ")");
        continue;
      }
      Object value = factValue(v, type);
      if (value == null) {
        f.issues()
            .add(
                v,
                f.subject(),
                "fact '" + k + "' must be " + type.name().toLowerCase().replace('_', ' '));
      } else {
        out.put(k, value);
      }
    }
    f.end();
    return out;
  }

  private static Object factValue(Node v, FactType type) {
    if (type == FactType.STRING_LIST && v instanceof Node.ListNode l) {
      List<String> out = new ArrayList<>();
      for (Node e : l.elements()) {
        if (!(e instanceof ScalarNode s) || s.type() != ScalarType.STRING) {
          return null;
        }
        out.add(s.text());
      }
      return List.copyOf(out);
    }
    if (!(v instanceof ScalarNode s)) {
      return null;
    }
    return switch (type) {
      case BOOL -> s.type() == ScalarType.BOOLEAN ? s.booleanValue() : null;
      case NUMBER -> s.type() == ScalarType.NUMBER ? Double.parseDouble(s.text()) : null;
      case STRING -> s.type() == ScalarType.STRING ? s.text() : null;
      default -> null;
    };
  }

  private Item item(Fields f) {
    String id = f.requiredString("id");
    String subject = f.subject() + " item " + (id == null ? "?" : id);
    f = f.withSubject(subject);
    String description = f.optionalString("description");
    Double quantity = f.requiredNumber("quantity");
    if (quantity != null && quantity <= 0) {
      f.issues().add(f.raw("quantity"), subject, "quantity must be greater than zero");
      quantity = null;
    }
    Money unitValue = BomReader.money(f.object("unitValue"));
    String origin = Codes.country(f, "origin", false);
    String chipName = f.optionalString("chip");
    ChipSpec chip = null;
    if (chipName != null) {
      chip = catalogue.find(chipName).orElse(null);
      if (chip == null) {
        f.issues()
            .add(
                f.raw("chip"),
                subject,
                "unknown chip '"
                    + chipName
                    + "': not in the chip catalogue (give a chipSpec instead)");
      }
    }
    Fields spec = f.object("chipSpec");
    if (spec != null) {
      if (chipName != null) {
        f.issues().add(f.raw("chipSpec"), subject, "give chip or chipSpec, not both");
      }
      chip = ChipSpecReader.read(spec, false);
    }
    Fields dd = f.object("dueDiligence");
    if (dd != null) {
      DueDiligence d = ChipSpecReader.dueDiligence(dd);
      if (chip != null) {
        chip = chip.withDueDiligence(d);
      } else if (chipName == null && spec == null) {
        f.issues()
            .add(
                f.raw("dueDiligence"),
                subject,
                "dueDiligence applies only to a chip or chipSpec item");
      }
    }
    Material material = null;
    Fields m = f.object("material");
    if (m != null) {
      material = MaterialReader.read(m);
    }
    Map<String, String> classification = f.stringMap("classification");
    List<BomLine> bom = BomReader.read(f.list("bom"), f, "bom");
    if (!bom.isEmpty() && f.has("bom")) {
      if (unitValue == null) {
        f.issues()
            .add(
                f.raw("bom"),
                subject,
                "a bill of materials needs the item's unitValue, the whole its lines are shares of");
      } else {
        ContentRollUp.check(unitValue, bom, subject).forEach(f.issues()::add);
      }
    }
    Boolean tech = f.optionalBoolean("madeWithChineseRareEarthTechnology");
    Boolean ear = f.optionalBoolean("subjectToEar");
    f.end();
    if (chipName == null
        && spec == null
        && m == null
        && classification.isEmpty()
        && bom.isEmpty()
        && id != null) {
      f.issues()
          .add(
              f.node(),
              subject,
              "an item needs one of chip, chipSpec, material, classification or bom to say what it is");
      return null;
    }
    if (id == null || quantity == null) {
      return null;
    }
    return new Item(
        id,
        description,
        quantity,
        unitValue,
        origin,
        chip,
        chipName,
        material,
        classification,
        bom,
        tech,
        ear,
        f.position());
  }

  private static Double positive(Fields f, String key) {
    Double v = f.optionalNumber(key);
    if (v != null && v <= 0) {
      f.issues().add(f.raw(key), f.subject(), key + " must be greater than zero");
      return null;
    }
    return v;
  }
}
