package io.chokepoint.lists;

import io.chokepoint.source.Issues;
import io.chokepoint.source.Position;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the UN Security Council consolidated list XML unchanged, with StAX. DTDs and external
 * entities are switched off and a document that declares a DTD is rejected, so that a list file
 * cannot make the reader fetch or read other files.
 *
 * <p>Each {@code INDIVIDUAL} and {@code ENTITY} becomes an entry of list {@code UN-SC} with id
 * {@code UN-SC-<REFERENCE_NUMBER>}; its name is its name parts joined, its aliases the {@code
 * ALIAS_NAME}s (split at {@code ;}) and the {@code NAME_ORIGINAL_SCRIPT}; its countries those of
 * its nationality and addresses; its program the {@code UN_LIST_TYPE}. The file is as of its {@code
 * dateGenerated}.
 */
final class UnXmlReader {
  private static final List<String> NAME_PARTS =
      List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME");
  private static final List<String> ADDRESS_PARTS =
      List.of("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY");

  private UnXmlReader() {}

  /**
   * Reads one UN XML file.
   *
   * @return the entries, or {@code null} if the file could not be read at all
   */
  static ListFile read(ListText file, Issues issues) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    int before = issues.size();
    List<ListEntry> entries = new ArrayList<>();
    LocalDate asOf = null;
    XMLStreamReader r = null;
    try {
      r = factory.createXMLStreamReader(new ByteArrayInputStream(file.bytes()));
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.DTD) {
          issues.add(at(file, r), null, null, "a DTD is not allowed in a list file");
          return null;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String tag = r.getLocalName();
        if (tag.equals("CONSOLIDATED_LIST")) {
          asOf = generated(file, r, issues);
        } else if (tag.equals("INDIVIDUAL") || tag.equals("ENTITY")) {
          ListEntry e = entry(file, r, tag, issues);
          if (e != null) {
            entries.add(e);
          }
        }
      }
    } catch (XMLStreamException e) {
      Position p =
          e.getLocation() == null
              ? new Position(file.display(), 1, 0)
              : new Position(
                  file.display(),
                  e.getLocation().getLineNumber(),
                  e.getLocation().getColumnNumber());
      issues.add(p, null, null, "malformed XML: " + message(e));
      return null;
    } finally {
      close(r);
    }
    if (issues.size() > before) {
      return null;
    }
    ListSource src =
        new ListSource(file.display(), ListFormat.UN_XML, file.sha256(), asOf, entries.size());
    return new ListFile(entries, asOf, List.of(src));
  }

  private static LocalDate generated(ListText file, XMLStreamReader r, Issues issues) {
    String v = r.getAttributeValue(null, "dateGenerated");
    if (v == null || v.length() < 10) {
      issues.add(at(file, r), null, "dateGenerated", "the list has no dateGenerated date");
      return null;
    }
    try {
      return LocalDate.parse(v.substring(0, 10));
    } catch (DateTimeParseException e) {
      issues.add(at(file, r), null, "dateGenerated", "'" + v + "' is not a date");
      return null;
    }
  }

  /** Reads one INDIVIDUAL or ENTITY element, the reader standing on its start tag. */
  private static ListEntry entry(ListText file, XMLStreamReader r, String tag, Issues issues)
      throws XMLStreamException {
    Position start = at(file, r);
    Map<String, String> single = new HashMap<>();
    Map<String, Position> where = new HashMap<>();
    List<String> aliases = new ArrayList<>();
    List<String> nationalities = new ArrayList<>();
    List<Map<String, String>> addresses = new ArrayList<>();
    List<String> designations = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    // The open elements below the entry: a COUNTRY means an address only under *_ADDRESS.
    List<String> path = new ArrayList<>();
    Map<String, String> address = new HashMap<>();
    StringBuilder text = new StringBuilder();
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        text.append(r.getText());
        continue;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (path.isEmpty()) {
          where.putIfAbsent(r.getLocalName(), at(file, r));
        }
        path.add(r.getLocalName());
        text.setLength(0);
        continue;
      }
      if (event != XMLStreamConstants.END_ELEMENT) {
        continue;
      }
      if (path.isEmpty()) {
        break;
      }
      String name = path.remove(path.size() - 1);
      String parent = path.isEmpty() ? null : path.get(path.size() - 1);
      String value = text.toString().strip();
      text.setLength(0);
      if (name.equals(tag + "_ADDRESS")) {
        addresses.add(address);
        address = new HashMap<>();
      } else if (value.isEmpty()) {
        continue;
      } else if (parent == null) {
        single.putIfAbsent(name, value);
      } else if (parent.equals(tag + "_ALIAS") && name.equals("ALIAS_NAME")) {
        aliases.addAll(EntryBuilder.split(value));
      } else if (parent.equals("NATIONALITY") && name.equals("VALUE")) {
        nationalities.add(value);
      } else if (parent.equals("DESIGNATION") && name.equals("VALUE")) {
        designations.add(value);
      } else if (parent.equals("LAST_DAY_UPDATED") && name.equals("VALUE")) {
        updated.add(value);
      } else if (parent.equals(tag + "_ADDRESS") && ADDRESS_PARTS.contains(name)) {
        address.put(name, value);
      }
    }
    String ref = single.get("REFERENCE_NUMBER");
    String fullName =
        NAME_PARTS.stream()
            .map(single::get)
            .filter(s -> s != null)
            .collect(Collectors.joining(" "));
    int before = issues.size();
    if (ref == null) {
      issues.add(start, null, "REFERENCE_NUMBER", "the " + tag + " has no REFERENCE_NUMBER");
    }
    if (fullName.isEmpty()) {
      issues.add(start, ref, "FIRST_NAME", "the " + tag + " has no name");
    }
    LocalDate listedOn = null;
    String listed = single.get("LISTED_ON");
    if (listed != null) {
      try {
        // xs:date may carry a zone, as in 2015-04-07-04:00.
        listedOn = LocalDate.parse(listed, DateTimeFormatter.ISO_DATE);
      } catch (DateTimeParseException e) {
        issues.add(
            where.getOrDefault("LISTED_ON", start),
            ref,
            "LISTED_ON",
            "'" + listed + "' is not a date (expected YYYY-MM-DD)");
      }
    }
    if (issues.size() > before) {
      return null;
    }
    EntryBuilder b = new EntryBuilder("UN-SC-" + ref, "UN-SC", start);
    b.kind(tag.equals("INDIVIDUAL") ? EntryKind.INDIVIDUAL : EntryKind.ENTITY).name(fullName);
    aliases.forEach(b::alias);
    b.alias(single.get("NAME_ORIGINAL_SCRIPT"));
    nationalities.forEach(b::country);
    for (Map<String, String> a : addresses) {
      b.address(
          ADDRESS_PARTS.stream()
              .map(a::get)
              .filter(s -> s != null)
              .collect(Collectors.joining(", ")));
      b.country(a.get("COUNTRY"));
    }
    b.program(single.get("UN_LIST_TYPE")).listedOn(listedOn);
    b.detail("dataId", single.get("DATAID"))
        .detail("comments", single.get("COMMENTS1"))
        .detail("designations", String.join("; ", designations))
        .detail("lastUpdated", updated.stream().max(String::compareTo).orElse(null));
    return b.build();
  }

  private static Position at(ListText file, XMLStreamReader r) {
    return new Position(
        file.display(), r.getLocation().getLineNumber(), r.getLocation().getColumnNumber());
  }

  private static String message(XMLStreamException e) {
    String m = e.getMessage();
    int i = m == null ? -1 : m.indexOf("Message: ");
    return i < 0 ? String.valueOf(m) : m.substring(i + "Message: ".length());
  }

  private static void close(XMLStreamReader r) {
    if (r != null) {
      try {
        r.close();
      } catch (XMLStreamException e) {
        // Nothing was held but the bytes in memory.
      }
    }
  }
}
