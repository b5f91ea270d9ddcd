package org.dhrqa.tracker.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver (never a downloaded
 * browser). On a developer machine without them the browser tests are skipped with a
 * message; in CI (CI=true) their absence is a failure, because .ci/run installs them.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of(System.getProperty("dhr.test.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("dhr.test.chromedriver", "/usr/bin/chromedriver"));

	/** WCAG 2.2 A and AA, and the earlier versions they include. */
	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
			"wcag22aa");

	private final WebDriver driver;

	private final String baseUrl;

	private Browser(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	public static Browser open(int port) {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!present && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("Chromium and chromedriver are missing; .ci/run should install them");
		}
		assumeTrue(present, "Skipped: install Debian's chromium and chromium-driver to run the browser tests");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1024");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		// a click that submits a form returns before the next page has loaded: look again
		// for a while
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return new Browser(driver, "http://localhost:" + port);
	}

	public WebDriver driver() {
		return this.driver;
	}

	public void go(String path) {
		this.driver.get(this.baseUrl + path);
	}

	public void signIn(String email, String password) {
		go("/login");
		this.driver.findElement(By.id("username")).sendKeys(email);
		this.driver.findElement(By.id("password")).sendKeys(password);
		clickAndWait(By.cssSelector("main button[type=submit]"));
	}

	public String h1() {
		return this.driver.findElement(By.tagName("h1")).getText();
	}

	/**
	 * Clicks something that loads a new page, and waits until the old page has gone. When
	 * the new page replaces the old one while the driver is asking about it, ChromeDriver
	 * can answer "node does not belong to the document" instead of a stale element: that
	 * too means the old page has gone.
	 */
	public void clickAndWait(By target) {
		org.openqa.selenium.WebElement page = this.driver.findElement(By.tagName("html"));
		this.driver.findElement(target).click();
		new org.openqa.selenium.support.ui.WebDriverWait(this.driver, Duration.ofSeconds(10)).until((driver) -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				return true;
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
	}

	/** axe-core finds no WCAG 2.2 A or AA violation on the current page. */
	public void assertAccessible() {
		Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(this.driver);
		assertThat(results.getViolations())
			.as("axe-core violations on " + this.driver.getCurrentUrl() + ":\n" + describe(results.getViolations()))
			.isEmpty();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
			.collect(Collectors.joining("\n"));
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
