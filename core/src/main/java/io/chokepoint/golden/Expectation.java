package io.chokepoint.golden;

import io.chokepoint.determine.Outcome;
import io.chokepoint.rules.ReviewPolicy;
import java.util.List;
import java.util.Map;

/**
 * What a golden case expects of one regime. Only {@code outcome} and {@code review} are always
 * checked; the other fields are checked when given.
 *
 * @param outcome the expected outcome
 * @param review the expected review policy ({@code null} unless a licence is required)
 * @param exceptions the exact set of licence exception ids, or {@code null} to not check
 * @param fired rules that must have fired
 * @param notFired rules that must not have fired
 * @param missingFacts facts that must be listed as missing
 * @param warnings texts that must each appear in some warning
 * @param obligations texts that must each appear in some obligation (reports after export)
 * @param reviewBy review cases or rules that must be among those that set the review
 * @param items expected classifications by item id
 */
public record Expectation(
    Outcome outcome,
    ReviewPolicy review,
    List<String> exceptions,
    List<String> fired,
    List<String> notFired,
    List<String> missingFacts,
    List<String> warnings,
    List<String> obligations,
    List<String> reviewBy,
    Map<String, String> items) {}
