package io.chokepoint.licence;

import java.util.List;

/**
 * A party a licence names (a consignee or an end user), or a party of a transaction line.
 *
 * @param name the name as written
 * @param country the country (ISO alpha-2), or {@code null} when not given
 * @param otherNames other names of the same party, e.g. in Chinese; a licence issued in Chinese
 *     names the party in Chinese
 */
public record NamedParty(String name, String country, List<String> otherNames) {
  public NamedParty {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a party needs a name");
    }
    otherNames = List.copyOf(otherNames);
  }

  /** A party with one name. */
  public NamedParty(String name, String country) {
    this(name, country, List.of());
  }

  /**
   * Whether this party (named by a licence) is that party (of a line): one of the names agree with
   * case, width and punctuation aside, and the countries agree when both are given.
   */
  public boolean isSameAs(NamedParty other) {
    if (country != null && other.country != null && !country.equals(other.country)) {
      return false;
    }
    for (String mine : allNames()) {
      String m = Names.normalise(mine);
      for (String theirs : other.allNames()) {
        if (m.equals(Names.normalise(theirs))) {
          return true;
        }
      }
    }
    return false;
  }

  private List<String> allNames() {
    java.util.List<String> all = new java.util.ArrayList<>();
    all.add(name);
    all.addAll(otherNames);
    return all;
  }

  /** The party as a person reads it: the name, and the country in brackets. */
  public String label() {
    return country == null ? name : name + " (" + country + ")";
  }
}
