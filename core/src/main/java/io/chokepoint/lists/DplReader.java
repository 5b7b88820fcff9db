package io.chokepoint.lists;

import io.chokepoint.source.Issues;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the BIS Denied Persons List unchanged: tab-separated, every field quoted, a header row
 * {@code Name, Street_Address, City, State, Country, Postal_Code, Effective_Date, Expiration_Date,
 * Standard_Order, Last_Update, Action, FR_Citation}.
 *
 * <p>The list has no id column, so an entry's id is {@code US-DPL-} and a hash of its name and its
 * address fields ({@link StableIds}); the list repeats some rows word for word, and the repeat gets
 * {@code -2}. {@code Effective_Date} (MM/DD/YYYY) is when the order was listed. {@code Last_Update}
 * is kept as written: the published file has rows updated in the years 2922 and 3017, so a date
 * after today is not an error, but it is not taken as the list's date either: the file is as of its
 * latest {@code Last_Update} that is not in the future.
 */
final class DplReader {
  static final List<String> COLUMNS =
      List.of(
          "Name",
          "Street_Address",
          "City",
          "State",
          "Country",
          "Postal_Code",
          "Effective_Date",
          "Expiration_Date",
          "Standard_Order",
          "Last_Update",
          "Action",
          "FR_Citation");

  private static final DateTimeFormatter US_DATE =
      DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private DplReader() {}

  /**
   * Reads one DPL file.
   *
   * @param today the date after which a {@code Last_Update} is taken as a typo
   * @return the entries, or {@code null} if the file could not be read at all
   */
  static ListFile read(ListText file, LocalDate today, Issues issues) {
    CsvTable.Parsed p = CsvTable.parse(file, '\t', issues);
    if (p == null) {
      return null;
    }
    if (!p.header().equals(COLUMNS)) {
      issues.add(
          p.at(file.display()),
          null,
          CsvTable.firstDifference(p.header(), COLUMNS),
          "unknown header: the Denied Persons List columns are " + String.join(", ", COLUMNS));
      return null;
    }
    CsvTable t = CsvTable.of(p.body(), COLUMNS, file.display(), issues);
    StableIds ids = new StableIds();
    List<ListEntry> entries = new ArrayList<>();
    LocalDate asOf = null;
    LocalDate changesOn = null;
    for (CsvTable.Row row : t.rows()) {
      String name = t.required(row, "Name", issues);
      LocalDate effective = t.date(row, "Effective_Date", US_DATE, "MM/DD/YYYY", issues);
      t.date(row, "Expiration_Date", US_DATE, "MM/DD/YYYY", issues);
      LocalDate updated = t.date(row, "Last_Update", ISO, "YYYY-MM-DD", issues);
      if (updated != null && !updated.isAfter(today) && (asOf == null || updated.isAfter(asOf))) {
        asOf = updated;
      }
      // on that day the date is no longer in the future, and may become the file's date
      if (updated != null
          && updated.isAfter(today)
          && (changesOn == null || updated.isBefore(changesOn))) {
        changesOn = updated;
      }
      if (name == null) {
        continue;
      }
      List<String> place =
          Stream.of("Street_Address", "City", "State", "Country", "Postal_Code")
              .map(c -> t.get(row, c))
              .toList();
      String id =
          ids.next(
              "US-DPL",
              Stream.concat(Stream.of(name), place.stream())
                  .map(s -> s == null ? "" : s)
                  .toArray(String[]::new));
      EntryBuilder b = new EntryBuilder(id, "US-DPL", t.at(row, "Name"));
      b.kind(EntryKind.UNKNOWN).name(name).listedOn(effective);
      b.address(place.stream().filter(s -> s != null).collect(Collectors.joining(", ")));
      b.country(t.get(row, "Country"));
      b.source(t.get(row, "FR_Citation"));
      b.detail("expirationDate", t.get(row, "Expiration_Date"))
          .detail("standardOrder", t.get(row, "Standard_Order"))
          .detail("lastUpdate", t.get(row, "Last_Update"))
          .detail("action", t.get(row, "Action"));
      entries.add(b.build());
    }
    ListSource src =
        new ListSource(file.display(), ListFormat.BIS_DPL, file.sha256(), asOf, entries.size());
    return new ListFile(entries, asOf, List.of(src), changesOn);
  }
}
