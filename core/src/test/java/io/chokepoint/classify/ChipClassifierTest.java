package io.chokepoint.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.testing.ProjectFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The chip classifier against the catalogue's sourced expectations and the 3A090 text. */
class ChipClassifierTest {
  private static ChipClassifier classifier;
  private static final LocalDate TPP_PD_ERA = LocalDate.of(2024, 9, 1);

  @BeforeAll
  static void load() {
    RuleBook book = RuleBookLoader.load(ProjectFiles.regulations());
    classifier = ChipClassifier.usEar(book);
  }

  static Stream<Arguments> sourcedExpectations() {
    List<Arguments> out = new ArrayList<>();
    for (ChipSpec c : ProjectFiles.catalogue().chips()) {
      for (Expectation e : c.expected()) {
        if (e.sourced()) {
          out.add(Arguments.of(c.name(), e.asOf(), e.eccn()));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} as of {1} is {2}")
  @MethodSource("sourcedExpectations")
  void everySourcedCatalogueExpectationHolds(String name, LocalDate asOf, String eccn) {
    ChipClassification c =
        classifier.classify(ProjectFiles.catalogue().find(name).orElseThrow(), asOf);
    assertThat(c.eccn()).as(String.join("\n", c.trace())).isEqualTo(eccn);
  }

  @Test
  void sourcedExpectationsCoverMostOfTheCatalogue() {
    assertThat(sourcedExpectations().count()).isGreaterThanOrEqualTo(20);
  }

  @Test
  void h100SxmIsTpp15832And3a090a() {
    ChipClassification c = classify("H100 SXM", TPP_PD_ERA);
    assertThat(c.tpp()).isEqualTo(15832.0);
    assertThat(c.eccn()).isEqualTo("3A090.a");
    assertThat(c.rule()).contains("88 FR 73458");
    assertThat(c.trace()).anyMatch(t -> t.contains("1979 TOPS x 8 bits = 15832"));
  }

  @Test
  void h20IsJustUnderTheThresholds() {
    ChipClassification c = classify("H20", TPP_PD_ERA);
    assertThat(c.tpp()).isEqualTo(2368.0);
    assertThat(c.performanceDensity()).isCloseTo(2.91, within(0.005));
    assertThat(c.eccn()).isEqualTo("NONE");
    assertThat(c.trace()).anyMatch(t -> t.contains("chip.tpp 2368 >= params.tppB1 2400: false"));
  }

  @Test
  void rtx4090dIsOutsideUnderNote2() {
    ChipClassification c = classify("RTX 4090D", TPP_PD_ERA);
    assertThat(c.eccn()).isEqualTo("NONE");
    assertThat(c.decidedBy()).isEqualTo("us.3a090.note-2");
    assertThat(c.trace()).anyMatch(t -> t.contains("Note 2") && t.contains("holds"));
  }

  @Test
  void a800FlipsOnTheDayThe2023RuleTakesEffect() {
    assertThat(classify("A800", LocalDate.of(2023, 11, 16)).eccn()).isEqualTo("NONE");
    assertThat(classify("A800", LocalDate.of(2023, 11, 17)).eccn()).isEqualTo("3A090.a");
  }

  @Test
  void anUnsourcedFigureThatDecidesIsACaveat() {
    ChipClassification c = classify("L20", TPP_PD_ERA);
    assertThat(c.eccn()).isEqualTo("NONE");
    assertThat(c.caveats()).anyMatch(s -> s.contains("dieAreaMm2 is an unsourced estimate"));
  }

  @Test
  void missingDieAreaLeavesABoundaryChipUnknownWithTheFieldNamed() {
    ChipClassification c = classify("MLU370-X8", TPP_PD_ERA);
    assertThat(c.eccn()).isEqualTo(ChipClassification.UNKNOWN);
    assertThat(c.missingFacts()).contains("dieAreaMm2");
  }

  @Test
  void beforeOctober2022NothingIsAdvancedComputing() {
    assertThat(classify("H100 SXM", LocalDate.of(2022, 10, 6)).eccn()).isEqualTo("NONE");
  }

  static Stream<Arguments> boundaries() {
    return Stream.of(
        // tops at 8 bits, die area, datacenter, form, date, expected
        Arguments.of(600.0, 4000.0, true, "ic", "2024-06-01", "3A090.a"),
        Arguments.of(599.9, 4000.0, true, "ic", "2024-06-01", "NONE"),
        Arguments.of(300.0, 1500.0, true, "ic", "2024-06-01", "3A090.b"),
        Arguments.of(300.0, 1501.0, true, "ic", "2024-06-01", "NONE"),
        Arguments.of(200.0, 500.0, true, "ic", "2024-06-01", "3A090.b"),
        Arguments.of(200.0, 501.0, true, "ic", "2024-06-01", "NONE"),
        Arguments.of(370.0, 500.0, true, "ic", "2024-06-01", "3A090.a"),
        Arguments.of(370.0, 501.0, true, "ic", "2024-06-01", "3A090.b"),
        Arguments.of(199.9, 100.0, true, "ic", "2024-06-01", "NONE"),
        Arguments.of(600.0, 4000.0, false, "ic", "2024-06-01", "3A090.a"),
        Arguments.of(599.9, 100.0, false, "ic", "2024-06-01", "NONE"),
        Arguments.of(600.0, 4000.0, true, "board", "2024-06-01", "4A090.a"),
        Arguments.of(300.0, 1500.0, true, "system", "2024-06-01", "4A090.b"),
        Arguments.of(600.0, 4000.0, true, "ic", "2023-11-16", "NONE"),
        Arguments.of(600.0, 4000.0, true, "ic", "2023-11-17", "3A090.a"));
  }

  @ParameterizedTest(name = "{0} TOPS x 8, {1} mm2, datacenter {2}, {3}, {4} -> {5}")
  @MethodSource("boundaries")
  void thresholdBoundaries(
      double tops, double die, boolean datacenter, String form, String date, String eccn) {
    ChipSpec spec =
        spec(
            List.of(new Throughput("INT8", 8, tops, true, false)),
            die,
            datacenter,
            form,
            0.0,
            null);
    assertThat(classifier.classify(spec, LocalDate.parse(date)).eccn()).isEqualTo(eccn);
  }

  @Test
  void october2022TestNeedsBothTppAndInterconnect() {
    LocalDate d = LocalDate.of(2023, 6, 1);
    List<Throughput> t = List.of(new Throughput("INT8", 8, 600, true, false));
    assertThat(classifier.classify(spec(t, 800.0, true, "ic", 600.0, null), d).eccn())
        .isEqualTo("3A090.a");
    assertThat(classifier.classify(spec(t, 800.0, true, "ic", 599.0, null), d).eccn())
        .isEqualTo("NONE");
    List<Throughput> low = List.of(new Throughput("INT8", 8, 599.9, true, false));
    assertThat(classifier.classify(spec(low, 800.0, true, "ic", 900.0, null), d).eccn())
        .isEqualTo("NONE");
    ChipClassification unknown = classifier.classify(spec(t, 800.0, true, "ic", null, null), d);
    assertThat(unknown.eccn()).isEqualTo(ChipClassification.UNKNOWN);
    assertThat(unknown.missingFacts()).containsExactly("interconnectGBps");
  }

  @Test
  void hbmIsControlledAboveTwoGigabytesPerSecondPerSquareMillimetreFromDecember2024() {
    LocalDate after = LocalDate.of(2025, 2, 1);
    assertThat(classifier.classify(hbm(242, 121), after).eccn()).isEqualTo("NONE");
    assertThat(classifier.classify(hbm(243, 121), after).eccn()).isEqualTo("3A090.c");
    assertThat(classifier.classify(hbm(1229, 121), LocalDate.of(2024, 12, 1)).eccn())
        .isEqualTo("NONE");
    assertThat(classifier.classify(hbm(1229, 121), LocalDate.of(2024, 12, 2)).eccn())
        .isEqualTo("3A090.c");
  }

  @Test
  void sparseRatesAreHalved() {
    ChipSpec sparse =
        spec(List.of(new Throughput("FP8", 8, 1200, true, true)), 4000.0, true, "ic", null, null);
    ChipClassification c = classifier.classify(sparse, TPP_PD_ERA);
    assertThat(c.tpp()).isEqualTo(4800.0);
    assertThat(c.trace()).anyMatch(t -> t.contains("1200 TOPS sparse / 2 = 600"));
  }

  @Test
  void theHighestTppOverPrecisionsCounts() {
    ChipSpec gaudi3 = classifierSpec("Gaudi 3");
    assertThat(classifier.classify(gaudi3, TPP_PD_ERA).tpp()).isEqualTo(29360.0);
  }

  @Test
  void foundryPresumptionAndTheWaysToOvercomeIt() {
    LocalDate d = LocalDate.of(2025, 3, 1);
    LogicDie die = new LogicDie(7.0, true, 45.0, false);
    DueDiligence none =
        new DueDiligence("front-end-fabricator", false, false, "other", "MY", false);
    assertThat(classifier.classify(die(die, none), d).eccn()).isEqualTo("3A090.a");
    assertThat(classifier.classify(die(die, none), d).datacenter()).isTrue();
    LogicDie small = new LogicDie(16.0, true, 25.0, false);
    DueDiligence osat =
        new DueDiligence("front-end-fabricator", null, null, "approved-osat", "MY", true);
    assertThat(classifier.classify(die(small, osat), d).eccn()).isEqualTo("NONE");
    DueDiligence designer =
        new DueDiligence("front-end-fabricator", true, true, "other", "MY", false);
    assertThat(classifier.classify(die(die, designer), d).eccn()).isEqualTo("NONE");
    DueDiligence fabInChina =
        new DueDiligence("front-end-fabricator", false, null, "front-end-fabricator", "CN", true);
    assertThat(classifier.classify(die(small, fabInChina), d).eccn()).isEqualTo("3A090.a");
    assertThat(classifier.classify(die(die, none), LocalDate.of(2025, 1, 15)).eccn())
        .isEqualTo("NONE");
    DueDiligence unknownRole = new DueDiligence(null, null, null, null, null, null);
    ChipClassification u = classifier.classify(die(die, unknownRole), d);
    assertThat(u.eccn()).isEqualTo(ChipClassification.UNKNOWN);
    assertThat(u.missingFacts()).contains("dueDiligence.exporterRole");
  }

  /**
   * Seeded random specs against an oracle written from the text of 3A090 as amended on 2023-11-17
   * (regulations.md §1.2): the classifier must agree on every one.
   */
  @Test
  void agreesWithTheTextOf3a090OnRandomSpecs() {
    long seed = Long.getLong("tests.seed", 20231117L);
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 3000; i++) {
      int bits = new int[] {4, 8, 16, 32}[r.nextInt(4)];
      double tops = Math.round(r.nextDouble(1, 7000 / (double) bits * 2) * 10) / 10.0;
      double die = Math.round(r.nextDouble(50, 3000));
      boolean datacenter = r.nextBoolean();
      ChipSpec s =
          spec(
              List.of(new Throughput("P", bits, tops, true, false)),
              die,
              datacenter,
              "ic",
              null,
              null);
      String expected = oracle(tops * bits, tops * bits / die, datacenter);
      assertThat(classifier.classify(s, TPP_PD_ERA).eccn())
          .as(
              "seed %d, case %d: %s TOPS x %d bits, %s mm2, datacenter %s",
              seed, i, tops, bits, die, datacenter)
          .isEqualTo(expected);
    }
  }

  private static String oracle(double tpp, double pd, boolean datacenter) {
    if (!datacenter && tpp < 4800) {
      return "NONE";
    }
    if (tpp >= 4800 || (tpp >= 1600 && pd >= 5.92)) {
      return "3A090.a";
    }
    if ((tpp >= 2400 && tpp < 4800 && pd >= 1.6 && pd < 5.92)
        || (tpp >= 1600 && pd >= 3.2 && pd < 5.92)) {
      return "3A090.b";
    }
    return "NONE";
  }

  private static ChipClassification classify(String name, LocalDate asOf) {
    return classifier.classify(classifierSpec(name), asOf);
  }

  private static ChipSpec classifierSpec(String name) {
    return ProjectFiles.catalogue().find(name).orElseThrow();
  }

  private static ChipSpec spec(
      List<Throughput> t,
      Double die,
      boolean datacenter,
      String form,
      Double interconnect,
      Hbm hbm) {
    return new ChipSpec(
        "",
        "test chip",
        List.of(),
        "Example",
        null,
        form,
        datacenter,
        null,
        true,
        die,
        t,
        1000.0,
        interconnect,
        hbm,
        null,
        DueDiligence.NONE,
        List.of(),
        Map.of(),
        List.of(),
        null);
  }

  private static ChipSpec hbm(double bandwidth, double area) {
    return new ChipSpec(
        "",
        "test HBM",
        List.of(),
        "Example",
        null,
        "hbm",
        null,
        null,
        true,
        null,
        List.of(),
        null,
        null,
        new Hbm(bandwidth, area),
        null,
        DueDiligence.NONE,
        List.of(),
        Map.of(),
        List.of(),
        null);
  }

  /**
   * A die whose own figures (TPP 1200, PD 3) classify it as NONE once the presumption is overcome.
   */
  private static ChipSpec die(LogicDie die, DueDiligence dd) {
    return new ChipSpec(
        "",
        "test die",
        List.of(),
        "Example",
        null,
        "logic-die",
        null,
        null,
        true,
        400.0,
        List.of(new Throughput("INT8", 8, 150, true, false)),
        null,
        null,
        null,
        die,
        dd,
        List.of(),
        Map.of(),
        List.of(),
        null);
  }
}
