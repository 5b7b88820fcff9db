package io.chokepoint.licence;

import static io.chokepoint.licence.Fixtures.line;
import static io.chokepoint.licence.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.content.Money;
import io.chokepoint.licence.Shortfall.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Matching, as a matrix: the fixture licence covers the fixture line; each case changes one thing
 * about the licence, its balance or the line, and expects exactly the reasons that change causes.
 */
class LicenceMatcherTest {
  private static final Balance NONE = Balance.ZERO;
  private static final Consumer<Fixtures.Spec> ANY_LICENCE = s -> {};
  private static final Consumer<Fixtures.LineSpec> SAME_LINE = l -> {};
  private static final NamedParty OTHER = new NamedParty("Beijing Other Compute Co., Ltd.", "CN");
  private static final String CAP = Fixtures.HALF_OF_US.id();

  record Case(
      String name,
      Consumer<Fixtures.Spec> licence,
      Balance balance,
      Consumer<Fixtures.LineSpec> line,
      List<Kind> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case c(
      String name,
      Consumer<Fixtures.Spec> licence,
      Balance balance,
      Consumer<Fixtures.LineSpec> line,
      Kind... expected) {
    return new Case(name, licence, balance, line, List.of(expected));
  }

  private static Balance drawn(String quantity, String value) {
    return Balance.of(new BigDecimal(quantity), new BigDecimal(value));
  }

  private static Case[] validity() {
    return new Case[] {
      c("covers", ANY_LICENCE, NONE, SAME_LINE),
      c("revoked", s -> s.status = LicenceStatus.REVOKED, NONE, SAME_LINE, Kind.REVOKED),
      c("suspended", s -> s.status = LicenceStatus.SUSPENDED, NONE, SAME_LINE, Kind.SUSPENDED),
      c(
          "recorded expired",
          s -> s.status = LicenceStatus.EXPIRED,
          NONE,
          SAME_LINE,
          Kind.EXPIRED_STATUS),
      c(
          "before its first day",
          ANY_LICENCE,
          NONE,
          l -> l.date = LocalDate.parse("2026-01-19"),
          Kind.NOT_YET_VALID),
      c("on its first day", ANY_LICENCE, NONE, l -> l.date = LocalDate.parse("2026-01-20")),
      c("on its last day", ANY_LICENCE, NONE, l -> l.date = LocalDate.parse("2026-12-31")),
      c(
          "after its last day",
          ANY_LICENCE,
          NONE,
          l -> l.date = LocalDate.parse("2027-01-01"),
          Kind.EXPIRED),
    };
  }

  private static Case[] coverage() {
    return new Case[] {
      c(
          "covers by a whole ECCN",
          ANY_LICENCE,
          NONE,
          l -> l.codes = Map.of("US-EAR", List.of("3A090"))),
      c(
          "MOFCOM licence for a US requirement",
          s -> {
            s.kind = LicenceKind.PRC_SINGLE;
            s.items = List.of(new CoveredItem("CN-ECL", "1C902", null));
          },
          NONE,
          SAME_LINE,
          Kind.WRONG_REGIME,
          Kind.ITEM_NOT_COVERED),
      c(
          "internal approval meets any regime",
          s -> s.kind = LicenceKind.INTERNAL_APPROVAL,
          NONE,
          SAME_LINE),
      c(
          "no licence required: the authority is not checked",
          s -> s.kind = LicenceKind.PRC_SINGLE,
          NONE,
          l -> l.requiredUnder = Set.of()),
      c(
          "sibling sub-item",
          s -> s.items = List.of(new CoveredItem("US-EAR", "3A090.b", null)),
          NONE,
          SAME_LINE,
          Kind.ITEM_NOT_COVERED),
      c(
          "prefix is not a dotted part",
          s -> s.items = List.of(new CoveredItem("US-EAR", "3A09", null)),
          NONE,
          SAME_LINE,
          Kind.ITEM_NOT_COVERED),
      c(
          "code under another regime",
          ANY_LICENCE,
          NONE,
          l -> l.codes = Map.of("CN-ECL", List.of("3A090.a")),
          Kind.ITEM_NOT_COVERED),
      c(
          "item without a known code",
          ANY_LICENCE,
          NONE,
          l -> l.codes = Map.of(),
          Kind.ITEM_NOT_COVERED),
      c(
          "by description, case aside",
          s -> s.items = List.of(new CoveredItem(null, null, "nvidia h100 sxm5 80gb MODULE")),
          NONE,
          SAME_LINE),
      c(
          "by another description (the item names no regime)",
          s -> s.items = List.of(new CoveredItem(null, null, "rotor assemblies")),
          NONE,
          SAME_LINE,
          Kind.ITEM_NOT_COVERED),
      c(
          "consignee not named",
          ANY_LICENCE,
          NONE,
          l -> l.consignee = OTHER,
          Kind.CONSIGNEE_NOT_NAMED),
      c("end user not named", ANY_LICENCE, NONE, l -> l.endUser = OTHER, Kind.END_USER_NOT_NAMED),
      c(
          "line names no end user",
          ANY_LICENCE,
          NONE,
          l -> l.endUser = null,
          Kind.END_USER_NOT_NAMED),
      c(
          "same name, other country",
          ANY_LICENCE,
          NONE,
          l -> l.consignee = new NamedParty(Fixtures.YUNHAI.name(), "HK"),
          Kind.CONSIGNEE_NOT_NAMED),
      c(
          "general licence naming no parties",
          s -> {
            s.consignees = List.of();
            s.endUsers = List.of();
          },
          NONE,
          l -> {
            l.consignee = OTHER;
            l.endUser = OTHER;
          }),
      c(
          "destination not covered",
          ANY_LICENCE,
          NONE,
          l -> l.destination = "MO",
          Kind.DESTINATION_NOT_COVERED),
      c(
          "no countries named: any destination",
          s -> s.countries = Set.of(),
          NONE,
          l -> l.destination = "MO"),
    };
  }

  private static Case[] amounts() {
    Balance capOver =
        new Balance(
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            Map.of(CAP, BigDecimal.ONE),
            Map.of(CAP, new BigDecimal("16")));
    return new Case[] {
      c("quantity exhausted", ANY_LICENCE, drawn("100", "0"), SAME_LINE, Kind.QUANTITY_EXHAUSTED),
      c("not enough quantity", ANY_LICENCE, drawn("93", "0"), SAME_LINE, Kind.NOT_ENOUGH_QUANTITY),
      c("exactly enough quantity", ANY_LICENCE, drawn("92", "0"), SAME_LINE),
      c("no quantity limit", s -> s.quantity = null, drawn("1000", "0"), SAME_LINE),
      c("value exhausted", ANY_LICENCE, drawn("0", "2500000"), SAME_LINE, Kind.VALUE_EXHAUSTED),
      c(
          "not enough value",
          ANY_LICENCE,
          drawn("0", "2300000.01"),
          SAME_LINE,
          Kind.NOT_ENOUGH_VALUE),
      c("exactly enough value", ANY_LICENCE, drawn("0", "2300000"), SAME_LINE),
      c("line without value", ANY_LICENCE, NONE, l -> l.value = null, Kind.VALUE_UNKNOWN),
      c("no value limit, line without value", s -> s.value = null, NONE, l -> l.value = null),
      c(
          "other currency",
          ANY_LICENCE,
          NONE,
          l -> l.value = new Money(BigDecimal.ONE, "EUR"),
          Kind.CURRENCY_MISMATCH),
      c(
          "share cap with no US shipments",
          s -> s.conditions = List.of(Fixtures.HALF_OF_US),
          NONE,
          SAME_LINE,
          Kind.SHARE_CAP_EXCEEDED),
      c(
          "share cap within half of US shipments",
          s -> s.conditions = List.of(Fixtures.HALF_OF_US),
          NONE.withReference(CAP, new BigDecimal("16")),
          SAME_LINE),
      c(
          "share cap one unit over",
          s -> s.conditions = List.of(Fixtures.HALF_OF_US),
          capOver,
          SAME_LINE,
          Kind.SHARE_CAP_EXCEEDED),
      c(
          "share cap does not bind other destinations",
          s -> {
            s.conditions = List.of(Fixtures.HALF_OF_US);
            s.countries = Set.of();
          },
          NONE,
          l -> l.destination = "SG"),
      c(
          "everything wrong at once",
          s -> s.status = LicenceStatus.REVOKED,
          drawn("100", "2500000"),
          l -> {
            l.date = LocalDate.parse("2027-02-01");
            l.consignee = OTHER;
            l.endUser = OTHER;
            l.destination = "MO";
          },
          Kind.REVOKED,
          Kind.EXPIRED,
          Kind.CONSIGNEE_NOT_NAMED,
          Kind.END_USER_NOT_NAMED,
          Kind.DESTINATION_NOT_COVERED,
          Kind.QUANTITY_EXHAUSTED,
          Kind.VALUE_EXHAUSTED),
    };
  }

  static Stream<Case> cases() {
    return Stream.of(validity(), coverage(), amounts()).flatMap(Stream::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reasons(Case c) {
    Licence licence = Fixtures.licence(c.licence());
    List<Shortfall> got = LicenceMatcher.shortfalls(licence, c.balance(), line(c.line()));
    assertThat(got).extracting(Shortfall::kind).containsExactlyElementsOf(c.expected());
    assertThat(got).allSatisfy(s -> assertThat(s.message()).isNotBlank());
  }

  @Test
  void reasonsCarryTheFigures() {
    List<Shortfall> got = LicenceMatcher.shortfalls(Fixtures.licence(), drawn("97", "0"), line());
    assertThat(got).extracting(Shortfall::message).containsExactly("8 units asked, 3 left of 100");
  }

  @Test
  void shareCapReasonShowsTheArithmetic() {
    Licence l = Fixtures.licence(s -> s.conditions = List.of(Fixtures.HALF_OF_US));
    Balance b =
        new Balance(
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            Map.of(CAP, new BigDecimal("10")),
            Map.of(CAP, new BigDecimal("30")));
    assertThat(LicenceMatcher.shortfalls(l, b, line()))
        .extracting(Shortfall::message)
        .singleElement()
        .asString()
        .contains("10 drawn + 8 = 18 > 0.5 x 30 = 15");
  }

  @Test
  void coveringLicencesComeFirstSoonestEndingFirst() {
    Licence late = Fixtures.licence(s -> s.number = "A-LATE");
    Licence soon =
        Fixtures.licence(
            s -> {
              s.number = "Z-SOON";
              s.to = LocalDate.parse("2026-06-30");
            });
    Licence wrong =
        Fixtures.licence(
            s -> {
              s.number = "0-WRONG";
              s.countries = Set.of("SG");
            });
    List<LicenceMatch> got =
        LicenceMatcher.match(
            line(), LicenceMatcher.standings(List.of(wrong, late, soon), Map.of()));
    assertThat(got)
        .extracting(m -> m.licence().number())
        .containsExactly("Z-SOON", "A-LATE", "0-WRONG");
    assertThat(got).extracting(LicenceMatch::covers).containsExactly(true, true, false);
    assertThat(got.get(0).riders()).containsExactly("No re-export without prior BIS authorisation");
  }

  @Test
  void valueChecksUseExactDecimals() {
    Licence l = Fixtures.licence(s -> s.value = usd("0.3"));
    LicenceLine tenth = line().withAmounts(BigDecimal.ONE, usd("0.1"));
    assertThat(LicenceMatcher.shortfalls(l, drawn("0", "0.2"), tenth)).isEmpty();
  }
}
