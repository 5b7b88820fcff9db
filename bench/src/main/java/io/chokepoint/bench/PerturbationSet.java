package io.chokepoint.bench;

import com.ibm.icu.text.Transliterator;
import io.chokepoint.lists.EntryKind;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.lists.ListSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A labelled set of screening queries generated from the project's own lists with a fixed seed,
 * after the protocol of {@code reference/screening.md} §7: each query is a listed name changed by
 * one operator, labelled with the entry it must find, its category and its quality tier (STRONG:
 * any careful screener must find it; MEDIUM: a good one should; WEAK: a partial name, reported
 * apart). The same seed and lists always give the same set.
 */
final class PerturbationSet {
  /** One labelled query. */
  record Query(String query, String expectedId, String category, String quality, boolean cjk) {}

  private static final Pattern LEGAL_FORM =
      Pattern.compile(
          "(?i)[ ,]*\\b(co\\.?,? ?ltd\\.?|company limited|limited|ltd\\.?|corporation|corp\\.?"
              + "|inc\\.?|llc|gmbh|s\\.a\\.?|co\\.?)$");
  private static final String[][] ABBREVIATIONS = {
    {"Technology", "Tech"},
    {"Technologies", "Tech"},
    {"International", "Intl"},
    {"Group", "Grp"},
    {"Corporation", "Corp"},
    {"Company", "Co"},
    {"Electronics", "Elec"},
    {"Communication", "Comm"},
    {"Communications", "Comms"},
    {"Import and Export", "Imp. & Exp."},
    {"Import & Export", "Imp & Exp"},
    {"Industrial", "Ind"},
    {"Manufacturing", "Mfg"},
    {"Science", "Sci"},
    {"Development", "Dev"},
    {"Equipment", "Equip"},
  };
  private static final String[] GENERIC = {
    "Technology", "Group", "International", "Holdings", "Industrial", "Trading"
  };

  private final Transliterator pinyin = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
  private final Transliterator traditional = Transliterator.getInstance("Simplified-Traditional");

  /**
   * Generates the set.
   *
   * @param lists the lists to draw listed names from
   * @param seed the seed
   * @return the queries, in a fixed order
   */
  List<Query> generate(ListSnapshot lists, long seed) {
    List<ListEntry> entities = new ArrayList<>();
    List<ListEntry> persons = new ArrayList<>();
    for (ListEntry e : lists.entries()) {
      if (e.kind() == EntryKind.INDIVIDUAL) {
        persons.add(e);
      } else if (e.kind() == EntryKind.ENTITY || e.kind() == EntryKind.UNKNOWN) {
        entities.add(e);
      }
    }
    Random pick = new Random(seed);
    List<ListEntry> chosen = new ArrayList<>();
    for (ListEntry e : entities) {
      boolean chinese = e.countries().contains("CN") || e.countries().contains("HK");
      if (chinese || e.list().startsWith("CN-") || hasHan(e) || pick.nextInt(8) == 0) {
        chosen.add(e);
      }
    }
    persons.sort(Comparator.comparing(ListEntry::id));
    for (ListEntry p : persons) {
      if (pick.nextInt(10) == 0) {
        chosen.add(p);
      }
    }
    List<Query> out = new ArrayList<>();
    for (ListEntry e : chosen) {
      Random r = new Random(seed ^ e.id().hashCode());
      String name = e.name();
      Map<String, String> variants = new LinkedHashMap<>();
      variants.put("typo", typo(name, r));
      variants.put("punctuation", punctuation(name, r));
      variants.put("order", order(name, e.kind()));
      if (e.kind() != EntryKind.INDIVIDUAL) {
        variants.put("legal-form", legalForm(name, r));
        variants.put("generic-word", generic(name, r));
        variants.put("abbreviation", abbreviate(name));
      }
      for (Map.Entry<String, String> v : variants.entrySet()) {
        add(out, v.getValue(), e, v.getKey(), "STRONG", false, name);
      }
      for (String alias : e.aliases()) {
        if (!isHan(alias)) {
          add(out, typo(alias, r), e, "alias", "MEDIUM", false, alias);
        } else {
          add(out, alias, e, "cjk-simplified", "STRONG", true, "");
          add(out, traditional.transliterate(alias), e, "cjk-traditional", "STRONG", true, alias);
          add(out, cjkLegalForm(alias), e, "cjk-legal-form", "MEDIUM", true, alias);
          if (e.countries().contains("CN") || e.countries().contains("HK")) {
            // Pinyin of a Chinese company's own name; MOFCOM's Chinese renderings of foreign
            // names (通用动力 for General Dynamics) are not something anyone types in pinyin.
            add(out, pinyin.transliterate(alias), e, "pinyin", "MEDIUM", false, "");
          }
        }
      }
      String core = LEGAL_FORM.matcher(name).replaceAll("").trim();
      if (e.kind() != EntryKind.INDIVIDUAL && core.split(" ").length >= 3) {
        String[] t = core.split(" ");
        add(out, t[0] + " " + t[1], e, "partial", "WEAK", false, name);
      }
    }
    return out;
  }

  private static void add(
      List<Query> out,
      String q,
      ListEntry e,
      String category,
      String quality,
      boolean cjk,
      String original) {
    if (q != null && !q.isBlank() && !q.equals(original)) {
      out.add(new Query(q, e.id(), category, quality, cjk));
    }
  }

  private static boolean hasHan(ListEntry e) {
    return e.aliases().stream().anyMatch(PerturbationSet::isHan);
  }

  private static boolean isHan(String s) {
    return s.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** One edit in the longest token: transposition, deletion, insertion, substitution or double. */
  static String typo(String s, Random r) {
    String[] tokens = s.split(" ");
    int longest = 0;
    for (int i = 1; i < tokens.length; i++) {
      if (tokens[i].length() > tokens[longest].length()) {
        longest = i;
      }
    }
    String t = tokens[longest];
    if (t.length() < 5) {
      return null;
    }
    int at = 1 + r.nextInt(t.length() - 3);
    char c = t.charAt(at);
    char letter = (char) ((Character.isUpperCase(c) ? 'A' : 'a') + r.nextInt(26));
    String changed =
        switch (r.nextInt(5)) {
          case 0 -> t.substring(0, at) + t.charAt(at + 1) + c + t.substring(at + 2);
          case 1 -> t.substring(0, at) + t.substring(at + 1);
          case 2 -> t.substring(0, at) + letter + t.substring(at);
          case 3 -> t.substring(0, at) + letter + t.substring(at + 1);
          default -> t.substring(0, at) + c + t.substring(at);
        };
    tokens[longest] = changed;
    return String.join(" ", tokens);
  }

  private static String punctuation(String s, Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> s.replaceAll("[.,'()\\-/&]", "").replaceAll(" +", " ").toLowerCase(Locale.ROOT);
      case 1 -> fullWidth(s);
      default -> s.replace(' ', '\u00a0').toUpperCase(Locale.ROOT);
    };
  }

  private static String fullWidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      sb.append(c > ' ' && c < 0x7f ? (char) (c - 0x21 + 0xff01) : c == ' ' ? '\u3000' : c);
    }
    return sb.toString();
  }

  private static String order(String s, EntryKind kind) {
    int comma = s.indexOf(", ");
    if (kind == EntryKind.INDIVIDUAL && comma > 0) {
      return s.substring(comma + 2) + " " + s.substring(0, comma);
    }
    String core = LEGAL_FORM.matcher(s).replaceAll("").trim();
    String[] t = core.split(" ");
    if (t.length < 2) {
      return null;
    }
    String rest = String.join(" ", java.util.Arrays.copyOfRange(t, 1, t.length));
    return rest + " " + t[0] + s.substring(core.length());
  }

  private static String legalForm(String s, Random r) {
    Matcher m = LEGAL_FORM.matcher(s);
    if (m.find()) {
      String core = s.substring(0, m.start());
      return switch (r.nextInt(3)) {
        case 0 -> core;
        case 1 -> core + " Company Limited";
        default -> core + " Ltd";
      };
    }
    return s + " Co., Ltd.";
  }

  private static String generic(String s, Random r) {
    for (String g : GENERIC) {
      if (s.matches("(?i).*\\b" + g + "\\b.*")) {
        String dropped = s.replaceFirst("(?i)\\b" + g + "\\b ?", "").trim();
        String core = LEGAL_FORM.matcher(dropped).replaceAll("").trim();
        // Dropping the generic word must leave a name: "Group W" without "Group" is not one.
        return core.length() >= 4 ? dropped : null;
      }
    }
    Matcher m = LEGAL_FORM.matcher(s);
    String word = GENERIC[r.nextInt(GENERIC.length)];
    return m.find()
        ? s.substring(0, m.start()) + " " + word + s.substring(m.start())
        : s + " " + word;
  }

  private static String abbreviate(String s) {
    for (String[] a : ABBREVIATIONS) {
      if (s.matches("(?i).*\\b" + Pattern.quote(a[0]) + "\\b.*")) {
        return s.replaceFirst("(?i)\\b" + Pattern.quote(a[0]) + "\\b", a[1]);
      }
    }
    return null;
  }

  private static String cjkLegalForm(String s) {
    if (s.endsWith("分公司")) {
      // A branch (分公司) is another entity than its parent; not a legal-form change.
      return null;
    }
    if (s.endsWith("股份有限公司")) {
      return s.substring(0, s.length() - 6) + "有限公司";
    }
    if (s.endsWith("有限公司")) {
      return s.substring(0, s.length() - 4) + "股份有限公司";
    }
    return s.endsWith("公司") && s.length() >= 6 ? s.substring(0, s.length() - 2) : null;
  }
}
