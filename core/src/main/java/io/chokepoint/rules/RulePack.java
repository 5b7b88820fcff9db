package io.chokepoint.rules;

import java.util.List;

/**
 * One rule-pack file of a regime.
 *
 * @param id the pack id, unique in the rule book
 * @param regime the regime code
 * @param title a short title
 * @param file the file, relative to the rule-book root
 * @param description what the pack covers
 * @param coverage a note on what the pack does not cover yet, shown in every answer, or {@code
 *     null}
 * @param coversFrom the first date the pack models, or {@code null}; answers for earlier dates warn
 * @param licensing how licences work under the regime (validity, review time, documents), shown
 *     with answers that require a licence; scalars or lists of strings by key
 * @param rules the pack's rules
 * @param classifications the pack's classification entries
 */
public record RulePack(
    String id,
    String regime,
    String title,
    String file,
    String description,
    String coverage,
    java.time.LocalDate coversFrom,
    java.util.Map<String, Object> licensing,
    List<Rule> rules,
    List<ClassificationRule> classifications) {
  public RulePack {
    licensing = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(licensing));
    rules = List.copyOf(rules);
    classifications = List.copyOf(classifications);
  }
}
