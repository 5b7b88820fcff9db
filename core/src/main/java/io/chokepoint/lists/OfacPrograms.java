package io.chokepoint.lists;

import java.util.ArrayList;
import java.util.List;

/**
 * OFAC's program tags and the lists they put a non-SDN entry on. OFAC's consolidated non-SDN file
 * merges several lists and says which only through each entry's programs.
 */
final class OfacPrograms {
  private static final List<String> MENU_BASED =
      List.of("RUSSIA-EO14024", "CAATSA - RUSSIA", "BURMA-EO14014", "ILLICIT-DRUGS-EO14059");

  private OfacPrograms() {}

  /**
   * The list of a non-SDN consolidated entry, from its programs: CMIC-EO13959 is the NS-CMIC list,
   * NS-PLC the Palestinian Legislative Council list, UKRAINE-EO13662 the Sectoral Sanctions
   * Identifications, FSE-* the Foreign Sanctions Evaders, 561-Related the CAPTA list, NS-ISA the
   * ISA list and the directive and menu-based programs (RUSSIA-EO14024, CAATSA - RUSSIA,
   * BURMA-EO14014, ILLICIT-DRUGS-EO14059) the NS-MBS list. Any other program gives {@code US-NS}: a
   * non-SDN list this table does not know yet.
   */
  static String nonSdnList(List<String> programs) {
    if (programs.stream().anyMatch(p -> p.startsWith("CMIC"))) {
      return "US-NS-CMIC";
    }
    if (programs.contains("NS-PLC")) {
      return "US-NS-PLC";
    }
    if (programs.contains("UKRAINE-EO13662")) {
      return "US-SSI";
    }
    if (programs.stream().anyMatch(p -> p.startsWith("FSE"))) {
      return "US-FSE";
    }
    if (programs.contains("561-Related") || programs.contains("CAPTA")) {
      return "US-CAP";
    }
    if (programs.contains("NS-ISA") || programs.contains("ISA")) {
      return "US-NS-ISA";
    }
    if (programs.stream().anyMatch(MENU_BASED::contains)) {
      return "US-NS-MBS";
    }
    return "US-NS";
  }

  private static final java.util.regex.Pattern BETWEEN =
      java.util.regex.Pattern.compile("\\]\\s*\\[");

  /** OFAC writes several programs as {@code SDGT] [IFSR}. */
  static List<String> split(String field) {
    if (field == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String p : BETWEEN.split(field)) {
      String c = EntryBuilder.clean(p.replace("[", "").replace("]", ""));
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }
}
