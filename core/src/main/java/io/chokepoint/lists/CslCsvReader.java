package io.chokepoint.lists;

import io.chokepoint.source.Issues;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the trade.gov Consolidated Screening List CSV unchanged, with its current header (starting
 * {@code _id,source}) or the 2019 header (starting {@code source,entity_number}).
 *
 * <p>The {@code source} column names the list, by the abbreviation in its parentheses: {@code
 * Entity List (EL) - Bureau of Industry and Security} is {@code US-EL}. See {@link #listCode}.
 * Entries get the id {@code <list>-CSL-<entity_number>} where the row has an OFAC entity number,
 * and otherwise {@code <list>-CSL-<hash>} over the name and addresses ({@link StableIds}). The
 * {@code CSL} keeps them apart from the ids of the same listings read from OFAC's own files.
 */
final class CslCsvReader {
  static final List<String> COLUMNS_2019 =
      List.of(
          "source",
          "entity_number",
          "type",
          "programs",
          "name",
          "title",
          "addresses",
          "federal_register_notice",
          "start_date",
          "end_date",
          "standard_order",
          "license_requirement",
          "license_policy",
          "call_sign",
          "vessel_type",
          "gross_tonnage",
          "gross_registered_tonnage",
          "vessel_flag",
          "vessel_owner",
          "remarks",
          "source_list_url",
          "alt_names",
          "citizenships",
          "dates_of_birth",
          "nationalities",
          "places_of_birth",
          "source_information_url",
          "ids");
  static final List<String> COLUMNS_CURRENT = withId();

  private static final Pattern ABBREVIATION = Pattern.compile("\\(([^()]+)\\)");
  private static final Map<String, String> CODES =
      Map.ofEntries(
          Map.entry("SDN", "US-SDN"),
          Map.entry("EL", "US-EL"),
          Map.entry("MEU", "US-MEU"),
          Map.entry("UVL", "US-UVL"),
          Map.entry("DPL", "US-DPL"),
          Map.entry("SSI", "US-SSI"),
          Map.entry("PLC", "US-NS-PLC"),
          Map.entry("ISN", "US-ISN"),
          Map.entry("DTC", "US-DTC"),
          Map.entry("FSE", "US-FSE"),
          Map.entry("CAP", "US-CAP"),
          Map.entry("CMIC", "US-NS-CMIC"),
          Map.entry("NS-MBS LIST", "US-NS-MBS"),
          Map.entry("MBS", "US-NS-MBS"));
  // Details kept as written, by CSV column.
  private static final Map<String, String> DETAILS =
      Map.ofEntries(
          Map.entry("_id", "cslId"),
          Map.entry("entity_number", "entityNumber"),
          Map.entry("title", "title"),
          Map.entry("end_date", "endDate"),
          Map.entry("standard_order", "standardOrder"),
          Map.entry("license_requirement", "licenceRequirement"),
          Map.entry("call_sign", "callSign"),
          Map.entry("vessel_type", "vesselType"),
          Map.entry("gross_tonnage", "grossTonnage"),
          Map.entry("gross_registered_tonnage", "grossRegisteredTonnage"),
          Map.entry("vessel_flag", "vesselFlag"),
          Map.entry("vessel_owner", "vesselOwner"),
          Map.entry("remarks", "remarks"),
          Map.entry("source_list_url", "sourceListUrl"),
          Map.entry("source_information_url", "sourceInformationUrl"),
          Map.entry("dates_of_birth", "datesOfBirth"),
          Map.entry("places_of_birth", "placesOfBirth"),
          Map.entry("ids", "ids"));

  private CslCsvReader() {}

  private static List<String> withId() {
    List<String> c = new ArrayList<>();
    c.add("_id");
    c.addAll(COLUMNS_2019);
    return List.copyOf(c);
  }

  /**
   * The list code of a {@code source} value: the abbreviation in its parentheses, by the table of
   * docs/formats.md (PLC is {@code US-NS-PLC}, CMIC {@code US-NS-CMIC}); an abbreviation the table
   * does not know gives {@code US-} and the abbreviation, so that a list trade.gov adds still
   * loads.
   *
   * @return the code, or {@code null} if the value has no abbreviation in parentheses
   */
  static String listCode(String source) {
    Matcher m = ABBREVIATION.matcher(source);
    if (!m.find()) {
      return null;
    }
    String abbreviation = m.group(1).strip().toUpperCase(Locale.ROOT);
    String code = CODES.get(abbreviation);
    return code != null ? code : "US-" + abbreviation.replaceAll("[^A-Z0-9]+", "-");
  }

  /**
   * Reads one CSL file.
   *
   * @return the entries, or {@code null} if the file could not be read at all
   */
  static ListFile read(ListText file, Issues issues) {
    CsvTable.Parsed p = CsvTable.parse(file, ',', issues);
    if (p == null) {
      return null;
    }
    List<String> columns = p.header().get(0).equals("_id") ? COLUMNS_CURRENT : COLUMNS_2019;
    if (!p.header().equals(columns)) {
      issues.add(
          p.at(file.display()),
          null,
          CsvTable.firstDifference(p.header(), columns),
          "unknown header: the CSL columns are " + String.join(",", columns));
      return null;
    }
    CsvTable t = CsvTable.of(p.body(), columns, file.display(), issues);
    StableIds ids = new StableIds();
    List<ListEntry> entries = new ArrayList<>();
    for (CsvTable.Row row : t.rows()) {
      ListEntry e = entry(t, row, ids, issues);
      if (e != null) {
        entries.add(e);
      }
    }
    ListSource src =
        new ListSource(file.display(), ListFormat.CSL_CSV, file.sha256(), null, entries.size());
    return new ListFile(entries, null, List.of(src));
  }

  private static ListEntry entry(CsvTable t, CsvTable.Row row, StableIds ids, Issues issues) {
    String source = t.required(row, "source", issues);
    String name = t.required(row, "name", issues);
    var listedOn =
        t.date(row, "start_date", DateTimeFormatter.ISO_LOCAL_DATE, "YYYY-MM-DD", issues);
    if (source == null || name == null) {
      return null;
    }
    String list = listCode(source);
    if (list == null) {
      issues.add(
          t.at(row, "source"),
          null,
          "source",
          "unknown source '"
              + source
              + "' (expected a list name with its abbreviation in"
              + " parentheses, e.g. 'Entity List (EL) - Bureau of Industry and Security')");
      return null;
    }
    String number = t.get(row, "entity_number");
    List<String> addresses = items(t.get(row, "addresses"));
    String id =
        number != null
            ? list + "-CSL-" + number
            : ids.next(list + "-CSL", name, String.join("; ", addresses));
    EntryBuilder b = new EntryBuilder(id, list, t.at(row, "name"));
    EntryKind kind = EntryBuilder.kindNamed(t.get(row, "type"));
    b.kind(kind == null ? EntryKind.UNKNOWN : kind).name(name).listedOn(listedOn);
    items(t.get(row, "alt_names")).forEach(b::alias);
    for (String a : addresses) {
      b.address(a);
      // trade.gov ends an address with its country's ISO code, or the Entity List's text with
      // the country's name; anything else there (a postal code) is not a country.
      Countries.code(a.substring(a.lastIndexOf(',') + 1)).ifPresent(b::country);
    }
    EntryBuilder.split(t.get(row, "citizenships")).forEach(b::country);
    EntryBuilder.split(t.get(row, "nationalities")).forEach(b::country);
    EntryBuilder.split(t.get(row, "programs")).forEach(b::program);
    b.source(t.get(row, "federal_register_notice"));
    b.licencePolicy(t.get(row, "license_policy"));
    for (Map.Entry<String, String> d : DETAILS.entrySet()) {
      b.detail(d.getValue(), t.get(row, d.getKey()));
    }
    return b.build();
  }

  // The Entity List writes its a.k.a.s and addresses as prose: "X; Y; and Z".
  private static List<String> items(String field) {
    return EntryBuilder.split(field).stream()
        .map(s -> s.startsWith("and ") ? s.substring(4).strip() : s)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
