package io.chokepoint.rules;

import java.time.LocalDate;

/**
 * A date from which compliance with (part of) a rule is required, later than the rule's effective
 * date, such as a compliance date. Before the last phase-in a rule is in force but not yet enforced
 * against exporters, and answers say so.
 *
 * @param from the day compliance begins
 * @param paragraph the paragraph that phases in
 * @param note why, in words
 */
public record PhaseIn(LocalDate from, String paragraph, String note) {}
