package io.chokepoint.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.review.Actor;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The console's main journeys in a real browser, on a server loaded with the demo records: screen a
 * Chinese name, check a transaction and open a rule's citation, release a hold under a licence and
 * watch its drawdown bar move, and read the PRC timeline.
 */
class ConsoleBrowserTest {
  private static ApiTestServer server;
  private static ConsoleBrowser browser;

  @BeforeAll
  static void start() throws Exception {
    server = new ApiTestServer();
    Actor admin = server.services.store().users().actor("admin");
    DemoData.load(server.services, admin).orElseThrow();
    browser = new ConsoleBrowser(server);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    server.close();
  }

  @Test
  void signInWithATokenAndScreenAChineseNameAsItIsTyped() throws Exception {
    browser.signIn("vera");
    browser.driver.findElement(By.linkText("Screen")).click();
    WebElement name = browser.waitFor(d -> d.findElement(By.id("screen-name")));
    name.sendKeys("华为技术有限公司");
    WebElement first =
        browser.waitFor(
            d ->
                d.findElement(By.cssSelector("#screen-results .match")).isDisplayed()
                    ? d.findElement(By.cssSelector("#screen-results .match"))
                    : null);
    assertThat(first.findElement(By.className("match-list")).getText()).isEqualTo("US-EL");
    assertThat(first.findElement(By.className("match-name")).getText())
        .containsIgnoringCase("Huawei");
    first.findElement(By.tagName("summary")).click();
    assertThat(first.findElements(By.cssSelector(".explanation li"))).isNotEmpty();
    browser.screenshot("screen");

    // A viewer may not record a reviewed non-match: the console shows the API's refusal.
    first.findElement(By.cssSelector(".not-this-party summary")).click();
    first.findElement(By.className("clear-reason")).sendKeys("another Huawei");
    first.findElement(By.cssSelector(".not-this-party button")).click();
    assertThat(
            browser
                .waitFor(d -> first.findElement(By.cssSelector(".clear-outcome .error")))
                .getText())
        .contains("needs officer");

    // Typing on replaces the answer; clearing the field clears it.
    name.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    browser.waitFor(d -> d.findElements(By.cssSelector("#screen-results .match")).isEmpty());
  }

  @Test
  void checkATransactionAndOpenARuleCitation() throws Exception {
    browser.open("vera", "#/check");
    browser.waitFor(d -> d.findElement(By.id("check-run"))).click();
    WebElement us =
        browser.waitFor(d -> d.findElement(By.cssSelector(".regime[data-regime='US-EAR']")));
    assertThat(us.findElement(By.tagName("summary")).getText()).contains("LICENSE REQUIRED");
    assertThat(us.findElement(By.cssSelector("tr[data-item='L1'] .tpp")).getText())
        .isEqualTo("15,832");
    assertThat(us.findElement(By.cssSelector("tr[data-item='L1'] .classification")).getText())
        .isEqualTo("3A090.a");
    assertThat(us.findElements(By.cssSelector(".rules.fired .rule"))).isNotEmpty();
    assertThat(us.findElements(By.cssSelector(".rules.not-fired .rule"))).isNotEmpty();
    browser.screenshot("check");

    WebElement cite = us.findElement(By.cssSelector(".rules.fired a.citation"));
    String href = cite.getAttribute("href");
    assertThat(href).startsWith("https://");
    String console = browser.driver.getWindowHandle();
    cite.click();
    browser.waitFor(d -> d.getWindowHandles().size() == 2);
    for (String w : browser.driver.getWindowHandles()) {
      if (!w.equals(console)) {
        browser.driver.switchTo().window(w).close();
      }
    }
    browser.driver.switchTo().window(console);
  }

  @Test
  void answerAMissingFactAndCheckAgain() throws Exception {
    browser.open("vera", "#/check");
    WebElement json = browser.waitFor(d -> d.findElement(By.id("check-json")));
    // The example without the 2026 rule's certifications: the US answer asks for them.
    browser.waitFor(d -> d.findElement(By.id("check-run"))).click();
    WebElement question =
        browser.waitFor(
            d -> d.findElement(By.cssSelector("input[data-path='facts.usThirdPartyTesting']")));
    String id = question.getAttribute("id");
    WebElement label = browser.driver.findElement(By.cssSelector("label[for='" + id + "']"));
    assertThat(label.getText()).contains("us third party testing");
    question.sendKeys("true");
    question.findElement(By.xpath("ancestor::div[@class='questions']//button")).click();
    browser.waitFor(d -> json.getAttribute("value").contains("\"usThirdPartyTesting\": true"));
    // Checked again with the answer: that fact is no longer asked.
    browser.waitFor(
        d ->
            d.findElements(By.cssSelector("input[data-path='facts.usThirdPartyTesting']")).isEmpty()
                && !d.findElements(By.cssSelector("input[data-path='facts.usSupplySufficient']"))
                    .isEmpty());
  }

  @Test
  void uploadATransactionWrittenInYaml(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path file = dir.resolve("po-2024-0107.yaml");
    java.nio.file.Files.writeString(
        file,
        String.join(
            "\n",
            "id: PO-2024-0107",
            "date: 2024-03-01",
            "route: {from: US, to: CN}",
            "parties:",
            "  - {role: exporter, name: Pacific Compute Distribution Inc., country: US}",
            "  - {role: end-user, name: \"Shanghai Yunhai Datacenter Co., Ltd.\", country: CN}",
            "endUse: {purpose: datacenter}",
            "items:",
            "  - {id: L1, quantity: 8, chip: NVIDIA H100 SXM}",
            ""));
    browser.open("vera", "#/check");
    WebElement json = browser.waitFor(d -> d.findElement(By.id("check-json")));
    browser.driver.findElement(By.id("check-file")).sendKeys(file.toString());
    browser.waitFor(d -> json.getAttribute("value").startsWith("id: PO-2024-0107"));
    browser.driver.findElement(By.id("check-run")).click();
    WebElement result =
        browser.waitFor(d -> d.findElement(By.cssSelector("#check-result .determination")));
    assertThat(result.getAttribute("data-overall")).isEqualTo("LICENSE_REQUIRED");
    assertThat(result.getText()).contains("PO-2024-0107");
  }

  @Test
  void releaseAHoldUnderALicenceAndWatchTheDrawdownBarMove() throws Exception {
    browser.open("admin", "#/licences");
    WebElement bar = drawdownBar();
    assertThat(bar.getAttribute("aria-valuenow")).isEqualTo("0");

    browser.driver.findElement(By.linkText("Holds")).click();
    browser.waitFor(d -> d.findElement(By.cssSelector("tr[data-tx='PO-2026-0215'] a"))).click();
    browser.waitFor(d -> d.findElement(By.id("review-form")));
    // The form says which licences can cover the held line, and why the others cannot.
    assertThat(
            browser.driver.findElement(By.cssSelector("label[data-licence='D1234567']")).getText())
        .contains("covers every line");
    browser.driver.findElement(By.cssSelector("input[name=licence][value=D1234567]")).click();
    browser.driver.findElement(By.id("review-submit")).click();
    // No reason: nothing is sent, and the form says why.
    assertThat(browser.driver.findElement(By.id("review-result")).getText()).contains("reason");
    browser.driver.findElement(By.id("review-reason")).sendKeys("BIS licence D1234567 covers it");
    browser.screenshot("holds");
    browser.driver.findElement(By.id("review-submit")).click();
    browser.waitFor(
        d -> d.findElement(By.id("review-result")).getText().contains("release by admin"));

    assertThat(browser.driver.findElements(By.cssSelector("tr[data-tx='PO-2026-0215']")))
        .as("a released transaction leaves the queue")
        .isEmpty();

    browser.driver.findElement(By.linkText("Licences")).click();
    browser.waitFor(d -> "8".equals(drawdownBar().getAttribute("aria-valuenow")));
    WebElement card =
        browser.driver.findElement(By.cssSelector("article[data-licence='D1234567']"));
    assertThat(card.getText()).contains("8 of 100 units drawn");
    card.findElement(By.cssSelector(".history-toggle summary")).click();
    browser.waitFor(d -> card.findElement(By.cssSelector(".history td")).isDisplayed());
    assertThat(card.findElement(By.className("history")).getText()).contains("PO-2026-0215");
    browser.screenshot("licences");
  }

  @Test
  void aViewerSeesTheQueueButTheServerRefusesTheirDecision() throws Exception {
    browser.open("vera", "#/holds/PO-2024-0107");
    browser.waitFor(d -> d.findElement(By.id("review-form")));
    new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("review-action")))
        .selectByValue("reject");
    browser.driver.findElement(By.id("review-reason")).sendKeys("not ours to ship");
    browser.driver.findElement(By.id("review-submit")).click();
    browser.waitFor(d -> d.findElement(By.id("review-result")).getText().contains("needs officer"));
    assertThat(
            server.as("vera").get("/api/transactions/PO-2024-0107").json().path("status").asText())
        .isEqualTo("HELD");
  }

  @Test
  void theTimelineShowsTheAnn61Suspension() throws Exception {
    browser.open("vera", "#/rules/CN-ECL");
    WebElement row =
        browser.waitFor(
            d -> d.findElement(By.cssSelector("#timeline g[data-rule='cn.2025-61.route-c']")));
    List<WebElement> suspended = row.findElements(By.cssSelector("rect.seg.suspended"));
    assertThat(suspended).hasSize(1);
    assertThat(suspended.get(0).getAttribute("data-from")).isEqualTo("2025-11-07");
    assertThat(suspended.get(0).getAttribute("data-to")).isEqualTo("2026-11-10");
    assertThat(browser.driver.findElement(By.className("today-label")).getText())
        .startsWith("today ");
    browser.screenshot("rules");

    // From the keyboard: the row takes focus and Enter opens the rule.
    browser.driver.executeScript("arguments[0].focus()", row);
    browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    WebElement detail =
        browser.waitFor(d -> d.findElement(By.cssSelector("#rule-detail .suspension")));
    assertThat(detail.getText()).contains("2025-11-07 to 2026-11-10");
  }

  @Test
  void theDashboardShowsTheRecords() throws Exception {
    browser.open("vera", "#/dashboard");
    WebElement statuses = browser.waitFor(d -> d.findElement(By.id("statuses")));
    assertThat(statuses.getText()).contains("HELD");
    assertThat(browser.driver.findElement(By.id("versions")).getText()).contains("CN-ECL");
    assertThat(browser.driver.findElements(By.cssSelector("#weekly rect"))).isNotEmpty();
    browser.screenshot("dashboard");
  }

  private static WebElement drawdownBar() {
    return browser.waitFor(
        d ->
            d.findElement(
                By.cssSelector("article[data-licence='D1234567'] .drawdown [role=progressbar]")));
  }
}
