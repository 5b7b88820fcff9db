package io.chokepoint.rules;

import io.chokepoint.source.Position;
import java.util.List;
import java.util.Map;

/**
 * One entry of a regime's classification list, such as 3A090.a under the 2023 rule or Note 2 to
 * 3A090. Entries are evaluated from the highest priority down; the first that holds decides.
 *
 * @param id unique in the rule book
 * @param regime the regime code
 * @param subject what it classifies: {@code chip} or {@code material}
 * @param title a short title
 * @param citation where it comes from
 * @param confidence how well it is sourced
 * @param caveats what the reader must know
 * @param validity when it applies
 * @param priority higher is evaluated first
 * @param condition when it holds
 * @param code the classification it gives, e.g. {@code 3A090.a} or {@code 1C905.b}, or {@code NONE}
 * @param byForm a different code for some chip forms, e.g. {@code board: 4A090.a}
 * @param presumesDatacenter whether the entry presumes datacenter design (the foundry rule)
 * @param hsCodes the reference customs (HS) codes of the entry, possibly empty
 * @param excludes whether the entry takes the item out of every lower entry (an exclusion such as
 *     the MOFCOM FAQ's deep-processed goods)
 * @param position where it is written
 */
public record ClassificationRule(
    String id,
    String regime,
    String subject,
    String title,
    Citation citation,
    Confidence confidence,
    List<String> caveats,
    Validity validity,
    int priority,
    Condition condition,
    String code,
    Map<String, String> byForm,
    boolean presumesDatacenter,
    List<String> hsCodes,
    boolean excludes,
    Position position) {

  public ClassificationRule {
    caveats = List.copyOf(caveats);
    byForm = Map.copyOf(byForm);
    hsCodes = List.copyOf(hsCodes);
  }

  /** The code for a chip of the given form. */
  public String codeFor(String form) {
    return byForm.getOrDefault(form, code);
  }
}
