package io.chokepoint.synthetic;

import com.ibm.icu.text.Transliterator;
import io.chokepoint.lists.EntryKind;
import io.chokepoint.lists.ListEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a listed name is written differently in practice, as seeded operators (after {@code
 * reference/screening.md} §7): a typo, other punctuation or case, another word order, another or no
 * legal form, a generic word dropped or added, an abbreviation, and for Chinese names the
 * traditional form, another legal form and the pinyin. The screening quality benchmark builds its
 * labelled query set with them, and the synthetic counterparty master plants list matches with
 * them. Each operator returns {@code null} when it does not apply to the name. Thread-safe.
 */
public final class Perturbations {
  /** A legal form at the end of a name, with the punctuation before it. */
  public static final Pattern LEGAL_FORM =
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

  private static final ThreadLocal<Transliterator> PINYIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower"));
  private static final ThreadLocal<Transliterator> TRADITIONAL =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Simplified-Traditional"));

  private Perturbations() {}

  /**
   * One way of writing a listed name.
   *
   * @param category the operator: {@code typo}, {@code punctuation}, {@code order}, {@code
   *     legal-form}, {@code generic-word}, {@code abbreviation}, {@code alias} (an alias with a
   *     typo), {@code cjk-simplified} (a Chinese alias as listed), {@code cjk-traditional}, {@code
   *     cjk-legal-form}, {@code pinyin}, {@code partial} (the first two words)
   * @param tier STRONG (any careful screener must find it), MEDIUM (a good one should) or WEAK
   * @param query the name as written
   * @param cjk whether it is written in Chinese characters
   */
  public record Variant(String category, String tier, String query, boolean cjk) {}

  /**
   * Every applicable variant of an entry's names, in a fixed order, each different from the name it
   * was made from; the same entry and random state always give the same list.
   *
   * @param e the listed entry
   * @param r the random source, advanced by the operators that draw from it
   * @return the variants: the primary name's (STRONG), each alias's, then the partial name (WEAK)
   */
  public static List<Variant> of(ListEntry e, Random r) {
    List<Variant> out = new ArrayList<>();
    String name = e.name();
    Map<String, String> strong = new LinkedHashMap<>();
    strong.put("typo", typo(name, r));
    strong.put("punctuation", punctuation(name, r));
    strong.put("order", order(name, e.kind()));
    if (e.kind() != EntryKind.INDIVIDUAL) {
      strong.put("legal-form", legalForm(name, r));
      strong.put("generic-word", generic(name, r));
      strong.put("abbreviation", abbreviate(name));
    }
    for (Map.Entry<String, String> v : strong.entrySet()) {
      add(out, v.getValue(), v.getKey(), "STRONG", false, name);
    }
    for (String alias : e.aliases()) {
      if (!isHan(alias)) {
        add(out, typo(alias, r), "alias", "MEDIUM", false, alias);
      } else {
        add(out, alias, "cjk-simplified", "STRONG", true, "");
        add(out, traditional(alias), "cjk-traditional", "STRONG", true, alias);
        add(out, cjkLegalForm(alias), "cjk-legal-form", "MEDIUM", true, alias);
        if (e.countries().contains("CN") || e.countries().contains("HK")) {
          // Pinyin of a Chinese company's own name; MOFCOM's Chinese renderings of foreign
          // names (通用动力 for General Dynamics) are not something anyone types in pinyin.
          add(out, pinyin(alias), "pinyin", "MEDIUM", false, "");
        }
      }
    }
    String core = LEGAL_FORM.matcher(name).replaceAll("").trim();
    if (e.kind() != EntryKind.INDIVIDUAL && core.split(" ").length >= 3) {
      String[] t = core.split(" ");
      add(out, t[0] + " " + t[1], "partial", "WEAK", false, name);
    }
    return out;
  }

  private static void add(
      List<Variant> out, String q, String category, String tier, boolean cjk, String original) {
    if (q != null && !q.isBlank() && !q.equals(original)) {
      out.add(new Variant(category, tier, q, cjk));
    }
  }

  /** The pinyin of a Chinese name, lower case, syllables spaced (ICU {@code Han-Latin}). */
  public static String pinyin(String han) {
    return PINYIN.get().transliterate(han);
  }

  /** The traditional form of a simplified Chinese name (ICU). */
  public static String traditional(String han) {
    return TRADITIONAL.get().transliterate(han);
  }

  /** Whether the text holds a Han character. */
  public static boolean isHan(String s) {
    return s.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** One edit in the longest token: transposition, deletion, insertion, substitution or double. */
  public static String typo(String s, Random r) {
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

  /** Punctuation stripped and lower case, full-width forms, or NBSP for spaces and upper case. */
  public static String punctuation(String s, Random r) {
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

  /** A person's "FAMILY, Given" as "Given FAMILY"; else the first word moved behind the rest. */
  public static String order(String s, EntryKind kind) {
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

  /** The legal form dropped, or written as Company Limited or Ltd; or Co., Ltd. added. */
  public static String legalForm(String s, Random r) {
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

  /** A generic word (Technology, Group, …) dropped, or one added. */
  public static String generic(String s, Random r) {
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

  /** The first of the usual words abbreviated (Technology → Tech, International → Intl). */
  public static String abbreviate(String s) {
    for (String[] a : ABBREVIATIONS) {
      if (s.matches("(?i).*\\b" + Pattern.quote(a[0]) + "\\b.*")) {
        return s.replaceFirst("(?i)\\b" + Pattern.quote(a[0]) + "\\b", a[1]);
      }
    }
    return null;
  }

  /** A Chinese legal form changed: 有限公司 ↔ 股份有限公司, or 公司 dropped. */
  public static String cjkLegalForm(String s) {
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
