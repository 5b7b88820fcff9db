package io.chokepoint.classify;

import java.time.LocalDate;

/**
 * A classification the sources expect for a catalogue chip on a date, used to test the classifier.
 *
 * @param asOf the date
 * @param eccn the expected code: 3A090.a, 3A090.b, 3A090.c, NONE or UNKNOWN
 * @param sourced whether the expectation rests on sourced figures
 * @param basis why, in words
 */
public record Expectation(LocalDate asOf, String eccn, boolean sourced, String basis) {}
