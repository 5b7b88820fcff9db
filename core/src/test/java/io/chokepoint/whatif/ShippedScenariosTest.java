package io.chokepoint.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.determine.Determination;
import io.chokepoint.determine.DeterminationDiff;
import io.chokepoint.determine.DeterminationJson;
import io.chokepoint.determine.Determiner;
import io.chokepoint.determine.Outcome;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.testing.ProjectFiles;
import io.chokepoint.testing.TextEdits;
import io.chokepoint.transaction.Transaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each shipped scenario over the shipped demo orders (examples/orders/): which orders change and
 * how, what is at stake, which licences run out and which products cross 0.1%. The Done-when test
 * checks the Ann. 61 report against the check path run on each order one at a time, under rule
 * books edited independently of the scenario machinery.
 */
class ShippedScenariosTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  @TempDir Path tmp;

  private static WhatIfReport report(String scenario) {
    WhatIf run = Demo.prepare(scenario);
    Exposure e = Exposure.of(Demo.orders().orders().stream().map(run::run).toList());
    return WhatIfReport.of(run, e, TODAY, true, "orders.yaml", "catalogue.yaml");
  }

  private static Map<String, String> changes(WhatIfReport r) {
    Map<String, String> out = new TreeMap<>();
    for (OrderResult o : r.exposure().changed()) {
      out.put(
          o.order(),
          o.changes().stream()
              .map(c -> c.regime() + " " + c.kind().code() + " " + c.after().label())
              .collect(Collectors.joining("; ")));
    }
    return out;
  }

  @Test
  void ann61LapsesChangesTheOrdersItsRoutesReachAndLeavesTheRest() {
    WhatIfReport r = report("ann61-lapses");

    assertThat(changes(r))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "SO-26-1101", "CN-ECL newly-required LICENSE_REQUIRED / CASE_BY_CASE",
                "SO-26-1103", "CN-ECL newly-indeterminate INDETERMINATE",
                "SO-26-1104", "CN-ECL newly-required LICENSE_REQUIRED / PRESUMPTION_OF_DENIAL",
                "SO-26-1105", "CN-ECL newly-required LICENSE_REQUIRED / CASE_BY_CASE",
                "SO-26-1106", "CN-ECL newly-required LICENSE_REQUIRED / CASE_BY_CASE",
                "SO-26-1114", "CN-ECL newly-required LICENSE_REQUIRED / CASE_BY_CASE"));
    OrderResult open = find(r, "SO-26-1103");
    assertThat(open.changes().get(0).after().missingFacts())
        .containsExactly("items[L1].bom[0].bom[1].origin");
    assertThat(open.inDoubt()).isTrue();
    assertThat(find(r, "SO-26-1105").changes().get(0).started())
        .extracting(RegimeChange.RuleShift::rule)
        .containsExactly("cn.2025-61.route-c");
    RegimeChange.RuleShift a = find(r, "SO-26-1101").changes().get(0).started().get(0);
    assertThat(a.rule()).isEqualTo("cn.2025-61.route-a");
    assertThat(a.why()).contains("item.share.cnPart1 0.002 >= params.ann61Share 0.001: true");
    assertThat(a.whyNot()).startsWith("suspended 2025-11-07..2027-11-10");
    assertThat(find(r, "SO-26-1101").diff())
        .contains(
            "CN-ECL: NO_LICENSE_REQUIRED → LICENSE_REQUIRED", "CN-ECL: review none → CASE_BY_CASE");

    Exposure e = r.exposure();
    assertThat(e.orders()).isEqualTo(14);
    assertThat(e.total().orders()).isEqualTo(5);
    assertThat(e.total().value().in("USD")).isEqualByComparingTo("97800");
    assertThat(e.total().doubtValue().in("USD")).isEqualByComparingTo("7200");
    assertThat(e.byReview().get("CN-ECL CASE_BY_CASE").orders()).isEqualTo(4);
    assertThat(e.byReview().get("CN-ECL PRESUMPTION_OF_DENIAL").orders()).isEqualTo(1);
    assertThat(e.byCountry().get("TW").value().in("USD")).isEqualByComparingTo("57000");
    assertThat(e.byProduct().get("TGT-DY-300").value().in("USD")).isEqualByComparingTo("70800");
    assertThat(e.byCustomer()).containsKey("Formosa Advanced Logic Corp. (C-FAL)");

    assertThat(r.licences())
        .extracting(l -> l.licence() + " " + l.newlyExhausted() + " " + l.newOrders())
        .containsExactly(
            "MOFCOM-GL-2026-0417 true [SO-26-1101, SO-26-1114]",
            "MOFCOM-SL-2026-0988 false [SO-26-1105]",
            "D2600871 false []");
    assertThat(r.products()).as("the law does not move a product's share").isEmpty();
    assertThat(r.baseline().shippedRuleBook()).isFalse();
    assertThat(r.notes()).anyMatch(n -> n.contains("golden cases were not run"));
  }

  @Test
  void tpp4000PutsTheGamingGpusToChinaUnderLicenceButNotToGermany() {
    WhatIfReport r = report("tpp-4000");

    assertThat(changes(r))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "SO-26-1110", "US-EAR newly-required LICENSE_REQUIRED / PRESUMPTION_OF_DENIAL",
                "SO-26-1112", "US-EAR newly-required LICENSE_REQUIRED / PRESUMPTION_OF_DENIAL"));
    assertThat(find(r, "SO-26-1110").changes().get(0).before().outcome())
        .as("open before: facts about the 2026 case-by-case window are missing")
        .isEqualTo(Outcome.INDETERMINATE);
    assertThat(r.licences())
        .filteredOn(LicenceExposure::newlyExhausted)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.licence()).isEqualTo("D2600871");
              assertThat(l.demand().scenarioQuantity()).isEqualByComparingTo("500");
            });
    assertThat(r.baseline().shippedRuleBook()).isTrue();
  }

  @Test
  void supplierXSwitchingToChineseMagnetsReachesTheModulesNotTheMotors() {
    WhatIfReport r = report("supplier-x-chinese-magnets");

    assertThat(changes(r))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "SO-26-1107", "CN-ECL newly-required LICENSE_REQUIRED / CASE_BY_CASE",
                "SO-26-1109", "CN-ECL newly-required LICENSE_REQUIRED / CASE_BY_CASE"));
    assertThat(r.products())
        .extracting(
            c -> c.sku() + " " + c.share() + " " + c.reachedBefore() + "→" + c.reachedAfter())
        .containsExactly("MOD-HALBACH cnPart1 false→true", "SRV-MOTOR-M8 cnPart1 false→true");
    assertThat(r.products().get(0).after()).isEqualTo(0.0375);
    assertThat(r.exposure().byProduct())
        .as("order SO-26-1109 is at stake for its module; its motors ride along")
        .containsKeys("MOD-HALBACH", "SRV-MOTOR-M8");
  }

  /**
   * Done when: the report for "Ann. 61 suspension lapses" over the shipped demo orders lists
   * exactly the orders whose determinations change, checked against {@code check} on each order one
   * by one. Here each order is written as a transaction file and read back as {@code check} reads
   * it, then determined by a {@link Determiner} (what {@code check} runs) under two rule books made
   * by editing copies of the packs' text, not by the scenario overlay: the baseline with every Ann.
   * 70 suspension ending 2027-11-10, the scenario with Ann. 61's routes ending 2026-11-10,
   * confirmed. An order changes when {@link DeterminationDiff}, the diff of {@code replay}, finds a
   * change in the answer.
   */
  @Test
  void doneWhenTheAnn61ReportListsExactlyTheOrdersWhoseCheckAnswerChanges() throws IOException {
    WhatIfReport report = report("ann61-lapses");
    Determiner baseline = new Determiner(RuleBookLoader.load(packs("baseline", false)));
    Determiner scenario = new Determiner(RuleBookLoader.load(packs("scenario", true)));

    TreeSet<String> changedByCheck = new TreeSet<>();
    Map<String, String> outcomes = new TreeMap<>();
    for (Order o : Demo.orders().orders()) {
      Path file = tmp.resolve(o.id() + ".json");
      Files.writeString(file, OrderComposer.compose(o, Demo.orders(), Demo.catalogue()).input());
      Transaction t = Demo.transactionReader().read(file, file.toString()).get(0);
      Determination before = baseline.determine(t, null);
      Determination after = scenario.determine(t, null);
      DeterminationDiff diff =
          DeterminationDiff.between(
              DeterminationJson.toLine(before), DeterminationJson.toLine(after));
      if (!diff.answer().isEmpty()) {
        changedByCheck.add(o.id());
      }
      assertThat(DeterminationDiff.answerChanges(before, after))
          .as("the in-memory diff words what the JSON diff of replay words, for %s", o.id())
          .isEqualTo(diff.answer());
      outcomes.put(o.id(), before.overall() + " → " + after.overall());
    }

    List<String> listed = new ArrayList<>();
    report.exposure().changed().forEach(o -> listed.add(o.order()));
    assertThat(listed).containsExactlyElementsOf(changedByCheck);
    assertThat(changedByCheck).hasSize(6).doesNotContain("SO-26-1102");
    for (OrderResult o : report.exposure().changed()) {
      assertThat(o.before() + " → " + o.after()).as(o.order()).isEqualTo(outcomes.get(o.order()));
    }
  }

  /** A copy of the packs with the Ann. 70 suspensions edited as text. */
  private Path packs(String name, boolean ann61Lapses) throws IOException {
    Path regs = ProjectFiles.copyRegulations(tmp.resolve(name));
    Path file = regs.resolve("cn-ecl/rare-earths.yaml");
    if (!ann61Lapses) {
      TextEdits.replace(file, "to: 2026-11-10", "to: 2027-11-10");
      return regs;
    }
    String[] blocks = Files.readString(file).split("\n  - id: ", -1);
    StringBuilder sb = new StringBuilder(blocks[0]);
    for (int i = 1; i < blocks.length; i++) {
      String b = blocks[i];
      b =
          b.startsWith("cn.2025-61.route-")
              ? b.replace("endConfirmed: false", "endConfirmed: true")
              : b.replace("to: 2026-11-10", "to: 2027-11-10");
      sb.append("\n  - id: ").append(b);
    }
    Files.writeString(file, sb.toString());
    return regs;
  }

  private static OrderResult find(WhatIfReport r, String order) {
    return r.exposure().changed().stream()
        .filter(o -> o.order().equals(order))
        .findFirst()
        .orElseThrow(() -> new AssertionError(order + " is not among the changed orders"));
  }
}
