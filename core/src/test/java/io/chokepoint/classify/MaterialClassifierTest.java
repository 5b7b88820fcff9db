package io.chokepoint.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.determine.Determiner;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.testing.ProjectFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The material classifier against the shipped CN-ECL rule book (regulations/cn-ecl/materials.yaml),
 * as a spec matrix: the Announcement 18 rare earths (1C902-1C908 .a/.b/.c) before, on and after
 * 2025-04-04; the Announcement 57 ones (1C909-1C913) before and after 2025-11-08 and during the
 * Announcement 70 suspension, which suspends the licence rules but not the list entries (only the
 * rules in rare-earths.yaml carry suspensions); the Announcement 61 Annex 1 Part 1 and Part 2
 * entries from 2025-10-09; NdFeB and SmCo magnets, with and without a stated composition; the
 * MOFCOM FAQ's deep-processed exclusion; gallium, germanium, graphite and antimony. Also the
 * caveats of inferred ([I]) codes and the reference HS codes.
 *
 * <p>A material is written {@code ELEMENT FORM key=value...}, with {@code contains=Fe+B+Dy}; code
 * lists are separated by spaces.
 */
class MaterialClassifierTest {
  private static MaterialClassifier classifier;

  @BeforeAll
  static void load() {
    classifier =
        new Determiner(RuleBookLoader.load(ProjectFiles.regulations())).materialClassifier();
  }

  /** Parses {@code ELEMENT FORM key=value...}. */
  static Material material(String spec) {
    String[] t = spec.trim().split("\\s+");
    Double purity = null;
    Double strength = null;
    Double density = null;
    List<String> contains = null;
    String compound = null;
    String magnet = null;
    String product = null;
    String graphite = null;
    for (int i = 2; i < t.length; i++) {
      String[] kv = t[i].split("=", 2);
      switch (kv[0]) {
        case "contains" -> contains = kv[1].isEmpty() ? List.of() : List.of(kv[1].split("\\+"));
        case "purity" -> purity = Double.valueOf(kv[1]);
        case "compound" -> compound = kv[1];
        case "magnet" -> magnet = kv[1];
        case "product" -> product = kv[1];
        case "graphite" -> graphite = kv[1];
        case "strengthMPa" -> strength = Double.valueOf(kv[1]);
        case "densityGcm3" -> density = Double.valueOf(kv[1]);
        default -> throw new IllegalArgumentException("bad material spec " + spec);
      }
    }
    return new Material(
        t[0], t[1], purity, contains, compound, magnet, product, graphite, strength, density);
  }

  private static List<String> list(String spaceSeparated) {
    return spaceSeparated == null || spaceSeparated.isBlank()
        ? List.of()
        : Arrays.asList(spaceSeparated.trim().split("\\s+"));
  }

  private static MaterialClassification classify(String spec, String asOf) {
    return classifier.classify(material(spec), LocalDate.parse(asOf));
  }

  @ParameterizedTest(name = "{0} on {1}: {2} / may be {3} / missing {4}")
  @CsvSource({
    // Announcement 2025 No. 18, in force 2025-04-04; Announcement 61 Part 1 from 2025-10-09
    "Dy oxide,                   2025-04-03, ,                         ,            ",
    "Dy oxide,                   2025-04-04, 1C905.b,                  ,            ",
    "Dy oxide,                   2025-06-01, 1C905.b,                  ,            ",
    "Dy oxide,                   2025-10-09, 1C905.b ANN61-PART1,      ,            ",
    "Dy oxide,                   2026-12-01, 1C905.b ANN61-PART1,      ,            ",
    "Dy metal,                   2025-06-01, 1C905.a,                  ,            ",
    "Dy compound,                2025-06-01, 1C905.c,                  ,            ",
    "Dy target,                  2025-12-01, 1C905.a ANN61-PART2,      ,            ",
    "Dy alloy contains=Fe,       2025-12-01, 1C905.a ANN61-PART1,      ,            ",
    "Dy alloy,                   2025-12-01, 1C905.a,                  ANN61-PART1, contains",
    "Dy other,                   2025-06-01, ,                         ,            ",
    "Dy ore,                     2025-06-01, ,                         ,            ",
    "Dy ore,                     2025-12-01, ANN56.RE-ORE,             ,            ",
    "Tb metal,                   2025-04-03, ,                         ,            ",
    "Tb metal,                   2025-04-04, 1C904.a,                  ,            ",
    "Tb metal,                   2025-12-01, 1C904.a ANN61-PART1,      ,            ",
    "Tb oxide,                   2025-06-01, 1C904.b,                  ,            ",
    "Tb compound,                2025-06-01, 1C904.c,                  ,            ",
    "Tb alloy contains=Fe,       2025-12-01, 1C904.a ANN61-PART1,      ,            ",
    "Sm metal,                   2025-04-03, ,                         ,            ",
    "Sm metal,                   2025-04-04, 1C902.a,                  ,            ",
    "Sm metal,                   2025-10-09, 1C902.a ANN61-PART1,      ,            ",
    "Sm oxide,                   2025-12-01, 1C902.b,                  ,            ",
    "Sm compound,                2025-06-01, 1C902.c,                  ,            ",
    "Gd metal,                   2025-06-01, 1C903.a,                  ,            ",
    "Gd oxide,                   2025-12-01, 1C903.b,                  ,            ",
    "Gd compound,                2025-04-04, 1C903.c,                  ,            ",
    "Gd target,                  2025-06-01, 1C903.a,                  ,            ",
    "Gd target,                  2025-12-01, 1C903.a ANN61-PART2,      ,            ",
    "Lu metal,                   2025-12-01, 1C906.a ANN61-PART1,      ,            ",
    "Lu oxide,                   2025-04-03, ,                         ,            ",
    "Lu oxide,                   2025-06-01, 1C906.b,                  ,            ",
    "Lu compound,                2025-06-01, 1C906.c,                  ,            ",
    "Sc metal,                   2025-04-04, 1C907.a,                  ,            ",
    "Sc oxide,                   2025-12-01, 1C907.b,                  ,            ",
    "Sc compound,                2025-06-01, 1C907.c,                  ,            ",
    "Y metal,                    2025-12-01, 1C908.a ANN61-PART1,      ,            ",
    "Y oxide,                    2025-04-03, ,                         ,            ",
    "Y oxide,                    2025-04-04, 1C908.b,                  ,            ",
    "Y compound,                 2025-06-01, 1C908.c,                  ,            ",
    // light rare earths are not listed
    "Nd oxide,                   2025-12-01, ,                         ,            ",
    "Nd metal,                   2025-12-01, ,                         ,            ",
    "La metal,                   2025-12-01, ,                         ,            ",
    // Announcement 2025 No. 57, in force 2025-11-08; Ann. 70 suspends its licence rule, not its
    // list
    "Ho oxide,                   2025-11-07, ,                         ,            ",
    "Ho oxide,                   2025-11-08, 1C909.b,                  ,            ",
    "Ho oxide,                   2026-01-15, 1C909.b,                  ,            ",
    "Ho oxide,                   2026-12-01, 1C909.b,                  ,            ",
    "Ho metal,                   2025-12-01, 1C909.a,                  ,            ",
    "Ho target,                  2025-12-01, 1C909.a ANN61-PART2,      ,            ",
    "Er oxide,                   2025-11-07, ,                         ,            ",
    "Er metal,                   2025-11-08, 1C910.a,                  ,            ",
    "Er compound,                2026-01-15, 1C910.c,                  ,            ",
    "Tm metal,                   2025-06-01, ,                         ,            ",
    "Tm oxide,                   2026-01-15, 1C911.b,                  ,            ",
    "Eu metal,                   2025-11-08, 1C912.a,                  ,            ",
    "Eu compound,                2026-12-01, 1C912.c,                  ,            ",
    "Yb oxide,                   2025-11-07, ,                         ,            ",
    "Yb metal,                   2026-01-15, 1C913.a,                  ,            ",
    // magnets
    "Nd magnet contains=Fe+B+Dy magnet=NdFeB,    2025-04-03, ,                        ,",
    "Nd magnet contains=Fe+B+Dy magnet=NdFeB,    2025-06-01, 1C905.a.4,               ,",
    "Nd magnet contains=Fe+B+Dy magnet=NdFeB,    2025-12-01, 1C905.a.4 ANN61-PART2,   ,",
    "Nd magnet contains=Fe+B+Tb+Dy magnet=NdFeB, 2025-06-01, 1C904.a.4 1C905.a.4,     ,",
    "Nd magnet contains=Fe+B magnet=NdFeB,       2025-06-01, ,                        ,",
    "Nd magnet contains=Fe+B magnet=NdFeB,       2025-12-01, ANN61-PART2,             ,",
    "Nd magnet magnet=NdFeB,                     2025-06-01, , 1C904.a.4 1C905.a.4,           contains",
    "Nd magnet magnet=NdFeB,                     2025-12-01, ANN61-PART2, 1C904.a.4 1C905.a.4 1C909.a, contains",
    "Nd magnet contains=Fe+B+Dy,                 2025-06-01, , 1C902.a.4 1C905.a.4,           magnet",
    "Dy magnet magnet=NdFeB,                     2025-06-01, 1C905.a.4, 1C904.a.4,            contains",
    "Ho magnet contains=Fe+B magnet=NdFeB,       2025-12-01, 1C909.a ANN61-PART2,     ,",
    "Sm magnet contains=Co magnet=SmCo,          2025-04-03, ,                        ,",
    "Sm magnet contains=Co magnet=SmCo,          2025-06-01, 1C902.a.4,               ,",
    "Sm magnet contains=Co magnet=SmCo,          2025-12-01, 1C902.a.4 ANN61-PART2,   ,",
    // Sm-Co alloy is Ann. 61 Part 1; a Sm alloy of unstated composition may be
    "Sm alloy contains=Co,       2025-06-01, 1C902.a,                  ,            ",
    "Sm alloy contains=Co,       2025-12-01, 1C902.a ANN61-PART1,      ,            ",
    "Sm alloy contains=Fe,       2025-12-01, 1C902.a,                  ,            ",
    "Sm alloy,                   2025-06-01, 1C902.a,                  ,            ",
    "Sm alloy,                   2025-12-01, 1C902.a,                  ANN61-PART1, contains",
    // gallium and germanium (Ann. 2023 No. 23, 2023-08-01)
    "Ga metal,                   2023-07-31, ,                         ,            ",
    "Ga metal,                   2023-08-01, GA.METAL,                 ,            ",
    "Ga oxide,                   2024-01-01, GA.COMPOUND,              ,            ",
    "Ga compound compound=GaN,   2024-01-01, GA.COMPOUND,              ,            ",
    "Ga compound compound=GaAs,  2024-01-01, GA.COMPOUND,              ,            ",
    "Ga compound compound=GaCl3, 2024-01-01, ,                         ,            ",
    "Ge metal,                   2023-08-01, GE.METAL,                 ,            ",
    "Ge oxide,                   2024-01-01, GE.COMPOUND,              ,            ",
    "Ge target,                  2024-01-01, GE.COMPOUND,              ,            ",
    "Ge compound compound=GeCl4, 2024-01-01, GE.COMPOUND,              ,            ",
    // graphite (Ann. 2023 No. 39, 2023-12-01)
    "C other graphite=artificial purity=0.9995,                   2023-11-30, , ,",
    "C other graphite=artificial purity=0.9995,                   2023-12-01, GRAPHITE.ARTIFICIAL, ,",
    "C other graphite=artificial densityGcm3=1.8,                 2023-12-01, GRAPHITE.ARTIFICIAL, ,",
    "C other graphite=artificial strengthMPa=35,                  2023-12-01, GRAPHITE.ARTIFICIAL, ,",
    "C other graphite=artificial purity=0.99 strengthMPa=20 densityGcm3=1.6, 2023-12-01, , ,",
    "C other graphite=natural-flake,                              2023-12-01, GRAPHITE.NATURAL, ,",
    "C other graphite=spherical,                                  2024-01-01, GRAPHITE.NATURAL, ,",
    "C other graphite=other,                                      2024-01-01, , ,",
    // antimony (Ann. 2024 No. 33, 2024-09-15)
    "Sb ore,                     2024-09-14, ,                         ,            ",
    "Sb ore,                     2024-09-15, SB.ORE,                   ,            ",
    "Sb metal,                   2024-09-15, SB.METAL,                 ,            ",
    "Sb oxide purity=0.9999,     2024-10-01, SB.OXIDE,                 ,            ",
    "Sb oxide purity=0.999,      2024-10-01, ,                         ,            ",
    "Sb oxide,                   2024-10-01, ,                         SB.OXIDE,    purity",
    "Sb compound compound=InSb,  2024-10-01, SB.COMPOUND,              ,            ",
  })
  void theMatrix(String spec, String asOf, String codes, String possible, String missing) {
    MaterialClassification c = classify(spec, asOf);
    String why = String.join("\n", c.trace());
    assertThat(c.codeNames()).as(why).containsExactlyInAnyOrderElementsOf(list(codes));
    assertThat(c.possible())
        .extracting(MaterialClassification.Code::code)
        .as(why)
        .containsExactlyInAnyOrderElementsOf(list(possible));
    assertThat(c.missingFacts()).as(why).containsExactlyInAnyOrderElementsOf(list(missing));
    assertThat(c.known()).as(why).isEqualTo(list(possible).isEmpty());
    assertThat(c.excludedBy()).as(why).isNull();
    assertThat(c.regime()).isEqualTo("CN-ECL");
    assertThat(c.asOf()).isEqualTo(LocalDate.parse(asOf));
  }

  /**
   * The formula decides whether a gallium, germanium or antimony compound is listed, so a compound
   * whose formula is not stated is undecided with {@code compound} missing, as an alloy or magnet
   * of unstated composition is, and not silently uncontrolled.
   */
  @ParameterizedTest(name = "{0} compound, formula not stated: may be {1}")
  @CsvSource({"Ga, GA.COMPOUND", "Ge, GE.COMPOUND", "Sb, SB.COMPOUND"})
  void aCompoundOfUnstatedFormulaIsUndecidedNotUncontrolled(String element, String code) {
    MaterialClassification c = classify(element + " compound", "2025-01-01");
    String why = String.join("\n", c.trace());
    assertThat(c.codeNames()).as(why).isEmpty();
    assertThat(c.possible()).extracting(MaterialClassification.Code::code).as(why).contains(code);
    assertThat(c.missingFacts()).as(why).contains("compound");
    assertThat(c.known()).isFalse();
  }

  @Test
  void artificialGraphiteWithoutItsFiguresIsUndecided() {
    MaterialClassification c = classify("C other graphite=artificial", "2023-12-01");
    assertThat(c.codeNames()).isEmpty();
    assertThat(c.possible())
        .extracting(MaterialClassification.Code::code)
        .containsExactly("GRAPHITE.ARTIFICIAL");
    assertThat(c.missingFacts()).containsExactlyInAnyOrder("purity", "strengthMPa", "densityGcm3");
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({
    "Nd magnet contains=Fe+B+Dy magnet=NdFeB product=motor-assembly, 2025-06-01",
    "Nd magnet contains=Fe+B+Dy magnet=NdFeB product=motor-assembly, 2025-12-01",
    "Nd magnet magnet=NdFeB product=sensor,                          2025-12-01",
    "Dy oxide product=catalyst,                                      2025-06-01",
    "Tb compound product=phosphor,                                   2025-06-01",
    "Sm magnet contains=Co magnet=SmCo product=consumer-product,     2025-12-01",
  })
  void deepProcessedGoodsAreExcludedWithNoCodes(String spec, String asOf) {
    MaterialClassification c = classify(spec, asOf);
    String why = String.join("\n", c.trace());
    assertThat(c.excludedBy()).as(why).isNotNull();
    assertThat(c.excludedBy().entry()).isEqualTo("cn.faq.deep-processed");
    assertThat(c.excludedBy().confidence()).isEqualTo("S");
    assertThat(c.codes()).as(why).isEmpty();
    assertThat(c.possible()).as(why).isEmpty();
    assertThat(c.missingFacts()).as(why).isEmpty();
    assertThat(c.known()).isTrue();
    assertThat(c.caveats()).anySatisfy(cv -> assertThat(cv).startsWith("cn.faq.deep-processed:"));
    assertThat(c.trace()).anySatisfy(t -> assertThat(t).contains("excluded by"));
  }

  @Test
  void theExclusionDoesNotApplyBeforeTheFaqNorToOtherProducts() {
    String magnet = "Nd magnet contains=Fe+B+Dy magnet=NdFeB product=";
    MaterialClassification before = classify(magnet + "motor-assembly", "2025-04-03");
    assertThat(before.excludedBy()).isNull();
    assertThat(before.codeNames()).isEmpty();
    MaterialClassification other = classify(magnet + "other", "2025-06-01");
    assertThat(other.excludedBy()).isNull();
    assertThat(other.codeNames()).containsExactly("1C905.a.4");
  }

  @Test
  void anInferredCodeCarriesACaveatSayingSo() {
    MaterialClassification c = classify("Dy oxide", "2025-06-01");
    MaterialClassification.Code code = c.codes().get(0);
    assertThat(code.code()).isEqualTo("1C905.b");
    assertThat(code.confidence()).isEqualTo("I");
    assertThat(code.entry()).isEqualTo("cn.1c905.b");
    assertThat(code.citation()).contains("2025 No. 18");
    assertThat(c.caveats())
        .contains("cn.1c905.b: confidence I (inferred, not stated by a source)")
        .anySatisfy(cv -> assertThat(cv).startsWith("cn.1c905.b: The code 1C905 is inferred"));
  }

  @Test
  void aPrimaryCodeWithoutCaveatsAddsNone() {
    MaterialClassification c = classify("Tb oxide", "2025-06-01");
    assertThat(c.codes()).extracting(MaterialClassification.Code::confidence).containsExactly("P");
    assertThat(c.caveats()).isEmpty();
  }

  /** Every applied code of confidence below P says so in the caveats, on every date and form. */
  @Test
  void everyCodeBelowPrimaryConfidenceHasItsCaveat() {
    List<String> elements =
        List.of("Sm", "Gd", "Tb", "Dy", "Lu", "Sc", "Y", "Ho", "Er", "Tm", "Eu", "Yb", "Ga", "Ge");
    List<String> checked = new ArrayList<>();
    for (String date : List.of("2025-06-01", "2025-12-01")) {
      for (String e : elements) {
        for (String form : Material.FORMS) {
          MaterialClassification c = classify(e + " " + form + " contains=Fe+Co", date);
          for (MaterialClassification.Code code : c.codes()) {
            if (!code.confidence().equals("P")) {
              checked.add(code.code());
              assertThat(c.caveats())
                  .as("%s %s on %s", e, form, date)
                  .contains(
                      code.entry()
                          + ": confidence "
                          + code.confidence()
                          + " ("
                          + label(code)
                          + ")");
            }
          }
        }
      }
    }
    assertThat(checked)
        .contains("1C905.b", "1C906.a", "1C907.c", "1C908.b", "1C913.a", "ANN61-PART1");
  }

  private static String label(MaterialClassification.Code code) {
    return io.chokepoint.rules.Confidence.fromLabel(code.confidence()).description();
  }

  /** The materials.yaml header: every answer that uses an inferred code says so. */
  @Test
  void aPossibleInferredCodeCarriesItsCaveatToo() {
    MaterialClassification c = classify("Nd magnet magnet=NdFeB", "2025-06-01");
    assertThat(c.possible())
        .filteredOn(p -> p.code().equals("1C905.a.4"))
        .extracting(MaterialClassification.Code::confidence)
        .containsExactly("I");
    assertThat(c.caveats()).anySatisfy(cv -> assertThat(cv).startsWith("cn.1c905.a.4:"));
  }

  @Test
  void theGermaniumSubstrateReadingIsCaveated() {
    MaterialClassification c = classify("Ge target", "2024-01-01");
    assertThat(c.caveats())
        .anySatisfy(
            cv -> assertThat(cv).contains("epitaxial substrates are read as form target [I]"));
  }

  @ParameterizedTest(name = "{0} on {1}: {2} has HS {3}")
  @CsvSource({
    "Sm metal,    2025-06-01, 1C902.a, 2805301910 3824999922 8486909110",
    "Sm oxide,    2025-06-01, 1C902.b, 2846901940 2846901993 3824999922",
    "Gd oxide,    2025-06-01, 1C903.b, 2846901993",
    "Dy oxide,    2025-06-01, 1C905.b, 2846901993",
    "Sc oxide,    2025-06-01, 1C907.b, 2846901980 2846901993",
    "Y metal,     2025-06-01, 1C908.a, 2805301700",
    "Ho metal,    2025-12-01, 1C909.a, 28053019",
    "Yb metal,    2025-12-01, 1C913.a, 28053019",
    "Gd metal,    2025-06-01, 1C903.a, ",
    "Tb compound, 2025-06-01, 1C904.c, ",
  })
  void theReferenceHsCodesAreThoseOfTheEntry(String spec, String asOf, String code, String hs) {
    MaterialClassification c = classify(spec, asOf);
    assertThat(c.codes())
        .filteredOn(x -> x.code().equals(code))
        .singleElement()
        .satisfies(x -> assertThat(x.hsCodes()).containsExactlyElementsOf(list(hs)));
  }
}
