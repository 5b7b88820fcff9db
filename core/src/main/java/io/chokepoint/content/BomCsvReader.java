package io.chokepoint.content;

import io.chokepoint.classify.Elements;
import io.chokepoint.classify.Material;
import io.chokepoint.source.Codes;
import io.chokepoint.source.Csv;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a bill of materials from a flat CSV (RFC 4180, UTF-8, header row) in which each line names
 * its parent. Columns: {@code line, parent, part, element, form, contains, origin, amount,
 * currency, usControlled, eccn} ({@code contains} lists element symbols separated by spaces or
 * semicolons); {@code line}, {@code part}, {@code amount} and {@code currency} are required. The
 * row whose {@code line} is {@code item} is the item itself ({@code part} is its description,
 * {@code amount} its unit value) and has no parent; a top-level line has parent {@code item}.
 * Cycles, unknown parents and duplicate line ids are errors naming the CSV line.
 */
public final class BomCsvReader {
  /** The columns a BOM CSV may have. */
  public static final List<String> COLUMNS =
      List.of(
          "line",
          "parent",
          "part",
          "element",
          "form",
          "contains",
          "origin",
          "amount",
          "currency",
          "usControlled",
          "eccn");

  private static final String ITEM = "item";

  private BomCsvReader() {}

  private record Row(int number, Map<String, String> cells) {
    String get(String column) {
      String v = cells.get(column);
      return v == null || v.isBlank() ? null : v.strip();
    }
  }

  /**
   * Reads the file.
   *
   * @throws SourceException naming file, CSV line and column of every problem
   */
  public static BillOfMaterials read(Path file, String displayName) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SourceException(
          "cannot read " + displayName,
          List.of(
              new io.chokepoint.source.Issue(
                  Position.ofFile(displayName), null, null, "cannot read file: " + e)));
    }
    return parse(text, displayName);
  }

  /**
   * Parses CSV text.
   *
   * @throws SourceException naming file, CSV line and column of every problem
   */
  public static BillOfMaterials parse(String text, String displayName) {
    Issues issues = new Issues();
    List<Csv.Record> records = Csv.parse(text, displayName, issues);
    if (!issues.isEmpty()) {
      throw new SourceException("invalid bill of materials " + displayName, issues.toList());
    }
    if (records.isEmpty()) {
      throw new SourceException(
          "invalid bill of materials " + displayName,
          List.of(
              new io.chokepoint.source.Issue(
                  Position.ofFile(displayName), null, null, "the file is empty")));
    }
    List<String> header = records.get(0).fields().stream().map(String::strip).toList();
    int headerLine = records.get(0).line();
    for (int c = 0; c < header.size(); c++) {
      if (!COLUMNS.contains(header.get(c))) {
        issues.add(
            new Position(displayName, headerLine, c + 1),
            null,
            header.get(c),
            "unknown column '" + header.get(c) + "' (columns: " + COLUMNS + ")");
      }
    }
    for (String required : List.of("line", "parent", "part", "amount", "currency")) {
      if (!header.contains(required)) {
        issues.add(
            new Position(displayName, headerLine, 1),
            null,
            required,
            "required column '" + required + "' is missing");
      }
    }
    if (!issues.isEmpty()) {
      throw new SourceException("invalid bill of materials " + displayName, issues.toList());
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> rec = records.get(r).fields();
      int line = records.get(r).line();
      if (rec.size() == 1 && rec.get(0).isBlank()) {
        continue;
      }
      Map<String, String> cells = new HashMap<>();
      for (int c = 0; c < header.size(); c++) {
        cells.put(header.get(c), c < rec.size() ? rec.get(c) : "");
      }
      if (rec.size() != header.size()) {
        issues.add(
            new Position(displayName, line, 1),
            null,
            null,
            "has " + rec.size() + " fields, the header has " + header.size());
      }
      Row row = new Row(line, cells);
      String id = row.get("line");
      if (id == null) {
        issues.add(
            at(displayName, row, header, "line"), null, "line", "required field 'line' is empty");
      } else if (rows.putIfAbsent(id, row) != null) {
        issues.add(
            at(displayName, row, header, "line"),
            null,
            "line",
            "duplicate line id '" + id + "' (first on CSV line " + rows.get(id).number() + ")");
      }
    }
    Row itemRow = rows.get(ITEM);
    if (itemRow == null) {
      issues.add(
          new Position(displayName, headerLine, 1),
          null,
          "line",
          "no row with line 'item' (the item itself, with its unit value)");
    }
    Map<String, List<String>> children = new LinkedHashMap<>();
    for (Row row : rows.values()) {
      String id = row.get("line");
      String parent = row.get("parent");
      if (ITEM.equals(id)) {
        if (parent != null) {
          issues.add(
              at(displayName, row, header, "parent"),
              "line item",
              "parent",
              "the item row has no parent");
        }
        continue;
      }
      if (parent == null) {
        issues.add(
            at(displayName, row, header, "parent"),
            "line " + id,
            "parent",
            "required field 'parent' is empty (use 'item' for a top-level line)");
      } else if (!rows.containsKey(parent)) {
        issues.add(
            at(displayName, row, header, "parent"),
            "line " + id,
            "parent",
            "unknown parent '" + parent + "'");
      } else {
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
      }
    }
    for (Row row : rows.values()) {
      String cycle = cycleThrough(row.get("line"), rows);
      if (cycle != null) {
        issues.add(
            at(displayName, row, header, "parent"),
            "line " + row.get("line"),
            "parent",
            "cycle: " + cycle);
      }
    }
    if (!issues.isEmpty()) {
      throw new SourceException("invalid bill of materials " + displayName, issues.toList());
    }
    Money unitValue = money(itemRow, displayName, header, issues);
    String description = itemRow.get("part");
    if (description == null) {
      issues.add(
          at(displayName, itemRow, header, "part"),
          "line item",
          "part",
          "required field 'part' (the item's description) is empty");
    }
    List<BomLine> bom = lines(ITEM, children, rows, displayName, header, issues);
    if (!issues.isEmpty()) {
      throw new SourceException("invalid bill of materials " + displayName, issues.toList());
    }
    return new BillOfMaterials(description, unitValue, bom, displayName);
  }

  private static String cycleThrough(String start, Map<String, Row> rows) {
    List<String> path = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String at = start;
    while (at != null && !ITEM.equals(at)) {
      if (!seen.add(at)) {
        return at.equals(start) ? String.join(" -> ", path) + " -> " + at : null;
      }
      path.add(at);
      Row r = rows.get(at);
      at = r == null ? null : r.get("parent");
    }
    return null;
  }

  private static List<BomLine> lines(
      String parent,
      Map<String, List<String>> children,
      Map<String, Row> rows,
      String file,
      List<String> header,
      Issues issues) {
    List<BomLine> out = new ArrayList<>();
    for (String id : children.getOrDefault(parent, List.of())) {
      Row row = rows.get(id);
      String subject = "line " + id;
      String element = row.get("element");
      if (element != null && !Elements.SYMBOLS.contains(element)) {
        issues.add(
            at(file, row, header, "element"),
            subject,
            "element",
            "unknown element '" + element + "'");
      }
      String form = row.get("form");
      if (form != null && !Material.FORMS.contains(form)) {
        issues.add(
            at(file, row, header, "form"),
            subject,
            "form",
            "unknown value '" + form + "' (allowed: " + Material.FORMS + ")");
      }
      List<String> contains = null;
      if (row.get("contains") != null) {
        contains = List.of(row.get("contains").split("[;\\s]+"));
        for (String c : contains) {
          if (!Elements.SYMBOLS.contains(c)) {
            issues.add(
                at(file, row, header, "contains"),
                subject,
                "contains",
                "unknown element '" + c + "' in contains");
          }
        }
      }
      String origin = row.get("origin");
      if (origin != null && !Codes.isCountry(origin)) {
        issues.add(
            at(file, row, header, "origin"),
            subject,
            "origin",
            "unknown country code '" + origin + "'");
      }
      Boolean usControlled = null;
      String uc = row.get("usControlled");
      if (uc != null) {
        if (!uc.equals("true") && !uc.equals("false")) {
          issues.add(
              at(file, row, header, "usControlled"),
              subject,
              "usControlled",
              "expected true or false but found '" + uc + "'");
        } else {
          usControlled = Boolean.parseBoolean(uc);
        }
      }
      Money value = money(row, file, header, issues);
      List<BomLine> sub = lines(id, children, rows, file, header, issues);
      if (row.get("part") == null) {
        issues.add(
            at(file, row, header, "part"), subject, "part", "required field 'part' is empty");
      }
      if (value != null) {
        out.add(
            new BomLine(
                id,
                row.get("part"),
                element,
                form,
                contains,
                origin,
                value,
                usControlled,
                row.get("eccn"),
                sub,
                at(file, row, header, "line")));
      }
    }
    return out;
  }

  private static Money money(Row row, String file, List<String> header, Issues issues) {
    String subject = "line " + row.get("line");
    String amount = row.get("amount");
    String currency = row.get("currency");
    BigDecimal value = null;
    if (amount == null) {
      issues.add(
          at(file, row, header, "amount"), subject, "amount", "required field 'amount' is empty");
    } else {
      try {
        value = new BigDecimal(amount);
        if (value.signum() < 0) {
          issues.add(
              at(file, row, header, "amount"), subject, "amount", "amount must not be negative");
          value = null;
        }
      } catch (NumberFormatException e) {
        issues.add(
            at(file, row, header, "amount"),
            subject,
            "amount",
            "expected a number but found '" + amount + "'");
      }
    }
    if (currency == null) {
      issues.add(
          at(file, row, header, "currency"),
          subject,
          "currency",
          "required field 'currency' is empty (an ISO 4217 code, e.g. USD)");
      return null;
    }
    if (!Codes.isCurrency(currency)) {
      issues.add(
          at(file, row, header, "currency"),
          subject,
          "currency",
          "unknown currency '" + currency + "' (expected ISO 4217, e.g. USD)");
      return null;
    }
    return value == null ? null : new Money(value, currency);
  }

  private static Position at(String file, Row row, List<String> header, String column) {
    return new Position(file, row.number(), header.indexOf(column) + 1);
  }
}
