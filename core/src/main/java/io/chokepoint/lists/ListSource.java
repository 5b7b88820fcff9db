package io.chokepoint.lists;

import java.time.LocalDate;

/**
 * One file that went into a list snapshot.
 *
 * @param path the file as the user named it
 * @param format the format it was read in
 * @param sha256 the hex SHA-256 of its bytes
 * @param asOf the date the file's content is as of (its publication or generation date), or {@code
 *     null} when neither the file nor its manifest says
 * @param entries how many entries it gave
 */
public record ListSource(
    String path, ListFormat format, String sha256, LocalDate asOf, int entries) {}
