package io.chokepoint.lists;

import io.chokepoint.source.Position;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a restricted-party list, as imported from an official or a simple list file.
 *
 * <p>Two entries with the same {@link #id()} in two snapshots are the same listing; {@link
 * #sameContent(ListEntry)} tells whether the listing changed between them, ignoring where it was
 * written.
 *
 * @param id a stable identifier, prefixed with the list code, e.g. {@code US-SDN-12345}
 * @param list the list code, e.g. {@code US-EL}, {@code CN-UEL}
 * @param kind what the entry names
 * @param name the primary name as the list writes it
 * @param aliases other names (a.k.a., f.k.a., names in other scripts), possibly empty
 * @param countries ISO 3166 alpha-2 codes of the entry's countries (addresses, nationality)
 * @param addresses addresses as written, possibly empty
 * @param programs sanction programs or legal bases (OFAC program, FR citation), possibly empty
 * @param listedOn when the entry was listed or took effect, or {@code null} if not given
 * @param source the instrument or document that listed it, or {@code null}
 * @param licencePolicy the licence requirement or review policy the list states, or {@code null}
 * @param details further facts by name (footnote, remarks, status notes), possibly empty
 * @param position where the entry was read
 */
public record ListEntry(
    String id,
    String list,
    EntryKind kind,
    String name,
    List<String> aliases,
    List<String> countries,
    List<String> addresses,
    List<String> programs,
    LocalDate listedOn,
    String source,
    String licencePolicy,
    Map<String, String> details,
    Position position) {
  public ListEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    countries = List.copyOf(countries);
    addresses = List.copyOf(addresses);
    programs = List.copyOf(programs);
    details = Map.copyOf(details);
  }

  /** The primary name followed by the aliases. */
  public List<String> names() {
    if (aliases.isEmpty()) {
      return List.of(name);
    }
    java.util.ArrayList<String> all = new java.util.ArrayList<>(aliases.size() + 1);
    all.add(name);
    all.addAll(aliases);
    return List.copyOf(all);
  }

  /** Whether {@code other} states the same listing, whatever file or line it was read from. */
  public boolean sameContent(ListEntry other) {
    return id.equals(other.id)
        && list.equals(other.list)
        && kind == other.kind
        && name.equals(other.name)
        && aliases.equals(other.aliases)
        && countries.equals(other.countries)
        && addresses.equals(other.addresses)
        && programs.equals(other.programs)
        && Objects.equals(listedOn, other.listedOn)
        && Objects.equals(source, other.source)
        && Objects.equals(licencePolicy, other.licencePolicy)
        && details.equals(other.details);
  }
}
