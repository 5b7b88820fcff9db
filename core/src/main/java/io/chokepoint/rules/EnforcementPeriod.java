package io.chokepoint.rules;

/**
 * A period in which a rule that is formally in force is, or is not, enforced by the authority, such
 * as the US AI Diffusion rule that BIS stopped enforcing on 2025-05-13.
 *
 * @param interval the days
 * @param enforced whether the rule is enforced in the period
 * @param instrument what says so, e.g. "BIS press release 2025-05-13"
 * @param note anything the reader should know
 */
public record EnforcementPeriod(
    Interval interval, boolean enforced, String instrument, String note) {}
