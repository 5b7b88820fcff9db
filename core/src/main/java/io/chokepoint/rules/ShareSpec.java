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
 * @param eccns with {@code usControlled}, the ECCNs (or their prefixes) a line must carry to count;
 *     empty to count every controlled line
 * @param thresholds the parameters the share is compared with, most general first, for the {@code
 *     content} command; the rules themselves say which applies when
 * @param inclusive whether a share equal to a threshold reaches it ({@code compare: ">="}, as the
 *     0.1% rule's "0.1% or more"), or must exceed it ({@code compare: ">"}, as de minimis)
 * @param confidence how well the share's legal basis is sourced
 * @param caveat what a reader must know when the share matters to an answer, or {@code null}
 * @param position where it is declared
 */
public record ShareSpec(
    String name,
    String description,
    String origin,
    List<String> codes,
    boolean usControlled,
    List<String> eccns,
    List<String> thresholds,
    boolean inclusive,
    Confidence confidence,
    String caveat,
    Position position) {
  public ShareSpec {
    codes = List.copyOf(codes);
    eccns = List.copyOf(eccns);
    thresholds = List.copyOf(thresholds);
  }

  /** Whether the share reaches a threshold: at or above it if inclusive, otherwise above it. */
  public boolean reaches(double share, double threshold) {
    return inclusive ? share >= threshold : share > threshold;
  }

  /**
   * The caveat lines to show when the share matters: its confidence below primary and its caveat.
   */
  public List<String> caveats() {
    return confidence.caveatLines(
        "content share " + name, caveat == null ? List.of() : List.of(caveat));
  }
}
