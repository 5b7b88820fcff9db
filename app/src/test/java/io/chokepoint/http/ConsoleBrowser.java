package io.chokepoint.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver against a test server, for the
 * console's browser tests. Selenium is pointed at both binaries so it never tries to download a
 * driver (this machine has no network but the package registries); {@code bin/test} installs them.
 */
final class ConsoleBrowser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  /** Generous: a wait ends as soon as its condition holds, this only bounds a failing one. */
  private static final Duration WAIT = Duration.ofSeconds(20);

  final ChromeDriver driver;
  private final ApiTestServer server;
  private final Path profile;

  ConsoleBrowser(ApiTestServer server) throws IOException {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER))
        .as("Debian's chromium and chromium-driver (bin/test installs them as root)")
        .isTrue();
    this.server = server;
    this.profile = Files.createTempDirectory("chokepoint-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // The flags that work here as root on a closed network (STACK.md §5).
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=en-GB",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1366, 900)); // a laptop screen
  }

  /** Opens a console page (e.g. {@code #/screen}) signed in as the user. */
  void open(String user, String page) {
    driver.get(server.uri("/").toString());
    String token = server.token(user);
    driver.executeScript("sessionStorage.setItem('chokepoint.token', arguments[0])", token);
    driver.get(server.uri("/" + page).toString());
    driver.navigate().refresh();
    waitFor(d -> d.findElement(By.id("who-name")).getText().startsWith(user));
  }

  /** Signs in through the form, as a person does. */
  void signIn(String user) {
    driver.get(server.uri("/").toString());
    driver.executeScript("sessionStorage.clear()");
    driver.navigate().refresh();
    WebElement token = waitFor(d -> d.findElement(By.id("token")));
    token.sendKeys(server.token(user));
    token.submit();
    waitFor(d -> d.findElement(By.id("who-name")).getText().startsWith(user));
  }

  /** Waits until the condition gives a value that is neither null nor false. */
  <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT)
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(condition::apply);
  }

  /** Saves a screenshot under app/target/console-screenshots/. */
  Path screenshot(String name) throws IOException {
    Path dir = Path.of("target", "console-screenshots");
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    return file;
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
