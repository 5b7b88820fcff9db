package io.chokepoint.classify;

import java.util.List;

/**
 * What a material item is, for the PRC control lists: an element in a form, with what else it
 * contains and, for the items whose listing turns on them, purity, compound, magnet type, product
 * category and graphite grade. Unknown figures are {@code null}.
 *
 * @param element the main element's symbol, e.g. Dy (graphite is C)
 * @param form one of {@link #FORMS}
 * @param purity purity as a fraction, or {@code null}
 * @param contains other elements the material contains, e.g. [Nd, Fe, B, Dy] for a Dy-NdFeB magnet,
 *     or {@code null} if not stated
 * @param compound the chemical formula of a compound, e.g. GaN, or {@code null}
 * @param magnet the magnet type, e.g. NdFeB or SmCo, or {@code null}
 * @param product the category of a deep-processed product that embeds the material, e.g.
 *     motor-assembly, or {@code null} for the material itself
 * @param graphite the graphite grade: artificial, natural-flake, spherical or expanded, or {@code
 *     null}
 * @param strengthMPa the strength of graphite in MPa, or {@code null}
 * @param densityGcm3 the density of graphite in g/cm3, or {@code null}
 */
public record Material(
    String element,
    String form,
    Double purity,
    List<String> contains,
    String compound,
    String magnet,
    String product,
    String graphite,
    Double strengthMPa,
    Double densityGcm3) {

  /** The material forms of FORMATS.md §1. */
  public static final List<String> FORMS =
      List.of(
          "ore", "concentrate", "metal", "alloy", "oxide", "compound", "target", "magnet", "other");

  /** The deep-processed product categories that the MOFCOM FAQ names. */
  public static final List<String> PRODUCTS =
      List.of("motor-assembly", "sensor", "catalyst", "phosphor", "consumer-product", "other");

  /** The graphite grades that the graphite controls name. */
  public static final List<String> GRAPHITES =
      List.of("artificial", "natural-flake", "spherical", "expanded", "other");

  public Material {
    contains = contains == null ? null : List.copyOf(contains);
  }

  /** An element in a form, nothing else known. */
  public static Material of(String element, String form) {
    return new Material(element, form, null, null, null, null, null, null, null, null);
  }
}
