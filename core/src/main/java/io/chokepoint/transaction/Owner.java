package io.chokepoint.transaction;

import java.util.List;

/**
 * An owner of a party, for rules that reach affiliates of listed parties.
 *
 * @param name the owner's name
 * @param share the share owned, 0 to 1
 * @param lists the lists the owner is on
 */
public record Owner(String name, double share, List<String> lists) {
  public Owner {
    lists = List.copyOf(lists);
  }
}
