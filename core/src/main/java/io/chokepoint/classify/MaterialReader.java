package io.chokepoint.classify;

import io.chokepoint.source.Fields;

/** Reads a {@code material:} mapping (FORMATS.md §1 and its additions), with positions. */
public final class MaterialReader {
  private MaterialReader() {}

  /**
   * Reads a material; problems go to the reader's issues.
   *
   * @return the material, or {@code null} if its element or form is missing or unknown
   */
  public static Material read(Fields m) {
    String element = m.requiredString("element");
    if (element != null && !Elements.SYMBOLS.contains(element)) {
      m.issues()
          .add(
              m.raw("element"),
              m.subject(),
              "unknown element '"
                  + element
                  + "' (expected a chemical symbol such as Dy; graphite is C)");
      element = null;
    }
    String form = m.oneOf("form", Material.FORMS, true);
    Double purity = m.optionalNumber("purity");
    if (purity != null && (purity <= 0 || purity > 1)) {
      m.issues().add(m.raw("purity"), m.subject(), "purity must be a fraction between 0 and 1");
      purity = null;
    }
    java.util.List<String> contains = m.has("contains") ? m.stringList("contains") : null;
    for (String c : contains == null ? java.util.List.<String>of() : contains) {
      if (!Elements.SYMBOLS.contains(c)) {
        m.issues().add(m.raw("contains"), m.subject(), "unknown element '" + c + "' in contains");
      }
    }
    String compound = m.optionalString("compound");
    String magnet = m.optionalString("magnet");
    String product = m.oneOf("product", Material.PRODUCTS, false);
    String graphite = m.oneOf("graphite", Material.GRAPHITES, false);
    Double strength = m.optionalNumber("strengthMPa");
    Double density = m.optionalNumber("densityGcm3");
    m.end();
    if (element == null || form == null) {
      return null;
    }
    return new Material(
        element, form, purity, contains, compound, magnet, product, graphite, strength, density);
  }
}
