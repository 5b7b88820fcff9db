package io.chokepoint.rules;

import io.chokepoint.source.Position;
import java.util.List;

/**
 * A content share a regime's rules read as {@code item.share.<name>}: the share of an item's value,
 * from its bill of materials, of the lines that come from a country and either carry one of the
 * regime's material codes (Chinese-origin Annex-1 Part-1 rare earths) or are marked as controlled
 * (US-origin controlled content for de minimis).
 *
 * @param name the fact's name after {@code item.share.}
 * @param description what the share is
 * @param origin the country the counted lines come from
 * @param codes material codes of the regime; a line counts if its material has one of them, or
 *     empty when {@code usControlled} decides
 * @param usControlled whether a line counts because it is marked {@code usControlled: true}
 * @param threshold the name of the parameter the share is compared with, for the {@code content}
 *     command, or {@code null}
 * @param position where it is declared
 */
public record ShareSpec(
    String name,
    String description,
    String origin,
    List<String> codes,
    boolean usControlled,
    String threshold,
    Position position) {
  public ShareSpec {
    codes = List.copyOf(codes);
  }
}
