package io.chokepoint.transaction;

import io.chokepoint.source.Position;
import java.util.List;

/**
 * A party to a transaction.
 *
 * @param role exporter, consignee, end-user, intermediate-consignee or purchaser
 * @param name the name
 * @param country the country where the party is
 * @param headquarters the country of headquarters or of the ultimate parent, or {@code null}
 * @param militaryEndUser whether it is a military end user, or {@code null} if unknown
 * @param otherNames names in other scripts
 * @param lists the restricted-party lists the party is known to be on
 * @param owners its owners, or {@code null} when ownership is unknown
 * @param position where the party is written
 */
public record Party(
    String role,
    String name,
    String country,
    String headquarters,
    Boolean militaryEndUser,
    List<String> otherNames,
    List<String> lists,
    List<Owner> owners,
    Position position) {
  /** The roles a party can have. */
  public static final List<String> ROLES =
      List.of("exporter", "consignee", "end-user", "intermediate-consignee", "purchaser");

  public Party {
    otherNames = List.copyOf(otherNames);
    lists = List.copyOf(lists);
    owners = owners == null ? null : List.copyOf(owners);
  }
}
