package io.chokepoint.transaction;

/**
 * Where the goods go.
 *
 * @param from the country the goods leave (ISO 3166-1 alpha-2)
 * @param to the country of destination
 */
public record Route(String from, String to) {}
