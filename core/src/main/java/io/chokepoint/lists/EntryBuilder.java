package io.chokepoint.lists;

import io.chokepoint.source.Position;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects one entry's fields while a reader walks its row or element, so that every reader cleans
 * names, countries and details alike: blank values are dropped, an alias equal to the name or to
 * another alias is kept once, and a country name with no ISO code is kept as text in the details
 * under {@code unmappedCountries}.
 */
final class EntryBuilder {
  static final String UNMAPPED_COUNTRIES = "unmappedCountries";

  private final String id;
  private final String list;
  private final Position position;
  private EntryKind kind = EntryKind.UNKNOWN;
  private String name;
  private final Set<String> aliases = new LinkedHashSet<>();
  private final Set<String> countries = new LinkedHashSet<>();
  private final Set<String> unmapped = new LinkedHashSet<>();
  private final List<String> addresses = new ArrayList<>();
  private final Set<String> programs = new LinkedHashSet<>();
  private LocalDate listedOn;
  private String source;
  private String licencePolicy;
  private final Map<String, String> details = new LinkedHashMap<>();

  EntryBuilder(String id, String list, Position position) {
    this.id = id;
    this.list = list;
    this.position = position;
  }

  EntryBuilder kind(EntryKind k) {
    kind = k;
    return this;
  }

  EntryBuilder name(String n) {
    name = clean(n);
    return this;
  }

  EntryBuilder alias(String a) {
    String c = clean(a);
    if (c != null) {
      aliases.add(c);
    }
    return this;
  }

  /** Adds a country by name or code; an unknown name goes to the details, never to an error. */
  EntryBuilder country(String nameOrCode) {
    String c = clean(nameOrCode);
    if (c != null) {
      Countries.code(c).ifPresentOrElse(countries::add, () -> unmapped.add(c));
    }
    return this;
  }

  EntryBuilder address(String a) {
    String c = clean(a);
    if (c != null && !addresses.contains(c)) {
      addresses.add(c);
    }
    return this;
  }

  EntryBuilder program(String p) {
    String c = clean(p);
    if (c != null) {
      programs.add(c);
    }
    return this;
  }

  EntryBuilder listedOn(LocalDate d) {
    listedOn = d;
    return this;
  }

  EntryBuilder source(String s) {
    source = clean(s);
    return this;
  }

  EntryBuilder licencePolicy(String p) {
    licencePolicy = clean(p);
    return this;
  }

  EntryBuilder detail(String key, String value) {
    String c = clean(value);
    if (c != null) {
      details.put(key, c);
    }
    return this;
  }

  /** The name so far, or {@code null}. */
  String name() {
    return name;
  }

  ListEntry build() {
    aliases.remove(name);
    if (!unmapped.isEmpty()) {
      details.put(UNMAPPED_COUNTRIES, String.join("; ", unmapped));
    }
    return new ListEntry(
        id,
        list,
        kind,
        name,
        List.copyOf(aliases),
        List.copyOf(countries),
        addresses,
        List.copyOf(programs),
        listedOn,
        source,
        licencePolicy,
        details,
        position);
  }

  /** The kind a list names in words ({@code Individual}, {@code vessel}), or {@code null}. */
  static EntryKind kindNamed(String word) {
    for (EntryKind k : EntryKind.values()) {
      if (k.name().equalsIgnoreCase(word)) {
        return k;
      }
    }
    return null;
  }

  /** The {@code ;}-separated values of a multi-valued cell, cleaned; empty for {@code null}. */
  static List<String> split(String field) {
    if (field == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String s : field.split(";")) {
      String c = clean(s);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /** The value without surrounding white space, or {@code null} if nothing is left. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
