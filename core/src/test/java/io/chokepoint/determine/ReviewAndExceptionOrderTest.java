package io.chokepoint.determine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chokepoint.classify.ChipCatalogue;
import io.chokepoint.rules.ReviewPolicy;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RuleBookException;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.transaction.TransactionReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review cases and exception clauses keep their order and priority, on a small test pack. */
class ReviewAndExceptionOrderTest {
  private static final String PACK =
      String.join(
          "\n",
          "pack: test.order",
          "regime: TEST",
          "title: Order of review cases and exceptions",
          "facts:",
          "  stricter: {type: bool, description: a fact that may make the review stricter}",
          "  eligible: {type: bool, description: a fact that makes the exception available}",
          "rules:",
          "  - id: test.rule",
          "    title: A rule with review cases",
          "    citation: {instrument: Test Act, paragraph: s. 1}",
          "    validity: {from: 2020-01-01}",
          "    condition: \"route.to == 'CN'\"",
          "    outcome:",
          "      decision: LICENSE_REQUIRED",
          "      review: CASE_BY_CASE",
          "      reviewCases:",
          "        - {id: first, when: facts.stricter, review: PRESUMPTION_OF_DENIAL}",
          "        - {id: second, when: \"route.from == 'US'\", review: PRESUMPTION_OF_APPROVAL}",
          "    exceptions:",
          "      - {id: HIGH, kind: licence-exception, priority: 90, title: High, citation: {instrument: Test Act, paragraph: s. 2},",
          "         validity: {from: 2020-01-01}, condition: facts.eligible, data: {notificationRequired: false, days: 25}}",
          "      - {id: BLOCK, kind: override, priority: 50, title: Block, citation: {instrument: Test Act, paragraph: s. 3},",
          "         validity: {from: 2020-01-01}, condition: \"route.to == 'CN'\", blocksLower: true}",
          "      - {id: LOW, kind: licence-exception, priority: 10, title: Low, citation: {instrument: Test Act, paragraph: s. 4},",
          "         validity: {from: 2020-01-01}, condition: \"true\"}",
          "");

  private RegimeDetermination determine(Path dir, String facts) {
    RuleBook book = RuleBookLoader.load(dir);
    TransactionReader reader = new TransactionReader(ChipCatalogue.empty(), book.declaredFacts());
    String tx =
        String.join(
            "\n",
            "id: T-1",
            "date: 2025-01-01",
            "route: {from: US, to: CN}",
            "parties: [{role: exporter, name: E, country: US}, {role: end-user, name: B, country: CN}]",
            "facts: " + facts,
            "items: [{id: L1, quantity: 1, classification: {TEST: X1}}]");
    return new Determiner(book).determine(reader.parse(tx, "t.yaml").get(0), null).regime("TEST");
  }

  private Path book(Path dir, String pack) throws IOException {
    Files.createDirectories(dir.resolve("test"));
    Files.writeString(dir.resolve("test/order.yaml"), pack);
    return dir;
  }

  @Test
  void anEarlierReviewCaseThatMayHoldAndIsStricterIsKept(@TempDir Path dir) throws IOException {
    book(dir, PACK);
    assertThat(determine(dir, "{eligible: true}").review())
        .isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
    assertThat(determine(dir, "{eligible: true}").missingFacts()).contains("facts.stricter");
    assertThat(determine(dir, "{stricter: false, eligible: true}").review())
        .isEqualTo(ReviewPolicy.PRESUMPTION_OF_APPROVAL);
    assertThat(determine(dir, "{stricter: true, eligible: true}").review())
        .isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
  }

  @Test
  void anOverrideThatBlocksKeepsHigherExceptionsAndWithdrawsLowerOnes(@TempDir Path dir)
      throws IOException {
    book(dir, PACK);
    RegimeDetermination d = determine(dir, "{stricter: false, eligible: true}");
    assertThat(d.exceptions()).extracting(OfferedException::id).containsExactly("HIGH");
    assertThat(d.exceptions().get(0).data()).containsEntry("days", 25L);
  }

  @Test
  void anExceptionThatMayApplyIsAWarning(@TempDir Path dir) throws IOException {
    book(dir, PACK);
    RegimeDetermination d = determine(dir, "{stricter: false}");
    assertThat(d.exceptions()).isEmpty();
    assertThat(d.warnings())
        .anyMatch(
            w -> w.contains("licence exception HIGH may apply") && w.contains("facts.eligible"));
  }

  @Test
  void anOverrideToLicenceRequiredNeedsAReview(@TempDir Path dir) throws IOException {
    book(dir, PACK.replace("blocksLower: true}", "decision: LICENSE_REQUIRED}"));
    assertThatThrownBy(() -> RuleBookLoader.load(dir))
        .isInstanceOf(RuleBookException.class)
        .hasMessageContaining("test/order.yaml:")
        .hasMessageContaining("test.rule/BLOCK")
        .hasMessageContaining("an override to LICENSE_REQUIRED needs a review policy");
  }
}
