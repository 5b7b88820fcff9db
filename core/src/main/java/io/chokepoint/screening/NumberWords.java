package io.chokepoint.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads English number words and ordinals as digits, so that {@code Brigade Forty-Four} meets
 * {@code Brigade 44} and {@code 1st International Bank} meets {@code First International Bank}:
 * units and teens, tens, a ten followed by a unit ({@code forty four} → {@code 44}), ordinal words
 * and digit ordinals ({@code 2nd} → {@code 2}), Roman numerals of two letters or more ({@code
 * VII}).
 */
final class NumberWords {
  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("fourth", 4),
          Map.entry("fifth", 5),
          Map.entry("sixth", 6),
          Map.entry("seventh", 7),
          Map.entry("eighth", 8),
          Map.entry("ninth", 9));
  private static final Map<String, Integer> TEENS =
      Map.ofEntries(
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("tenth", 10),
          Map.entry("eleventh", 11),
          Map.entry("twelfth", 12));
  private static final Map<String, Integer> TENS =
      Map.ofEntries(
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fourty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("twentieth", 20),
          Map.entry("thirtieth", 30));

  // Roman numerals of fund and vessel series; not i, v, x (initials), vi or xi (names).
  private static final Map<String, Integer> ROMAN =
      Map.ofEntries(
          Map.entry("ii", 2),
          Map.entry("iii", 3),
          Map.entry("iv", 4),
          Map.entry("vii", 7),
          Map.entry("viii", 8),
          Map.entry("ix", 9),
          Map.entry("xii", 12),
          Map.entry("xiii", 13),
          Map.entry("xiv", 14),
          Map.entry("xv", 15),
          Map.entry("xvi", 16),
          Map.entry("xx", 20));

  private NumberWords() {}

  /** {@code words} with number words replaced by digits; the same list when there are none. */
  static List<String> toDigits(List<String> words) {
    List<String> out = null;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      Integer v = value(w);
      if (v == null) {
        if (out != null) {
          out.add(w);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(words.subList(0, i));
      }
      Integer unit = i + 1 < words.size() ? UNITS.get(words.get(i + 1)) : null;
      if (TENS.containsKey(w) && unit != null && unit > 0) {
        v += unit;
        i++;
      }
      out.add(Integer.toString(v));
    }
    return out == null ? words : out;
  }

  private static Integer value(String w) {
    Integer v = UNITS.get(w);
    if (v == null) {
      v = TEENS.get(w);
    }
    if (v == null) {
      v = TENS.get(w);
    }
    if (v == null) {
      v = ROMAN.get(w);
    }
    if (v == null && w.length() >= 3 && w.length() <= 6) {
      String suffix = w.substring(w.length() - 2);
      String digits = w.substring(0, w.length() - 2);
      if ((suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))
          && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
        v = Integer.parseInt(digits);
      }
    }
    return v;
  }
}
