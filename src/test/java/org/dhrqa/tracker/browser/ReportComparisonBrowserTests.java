package org.dhrqa.tracker.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.dhrqa.tracker.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Salome's two demo versions compared in a real browser: the page waits for the texts to
 * be read (reloading itself), then lists the changed paragraphs; it, a version's page and
 * an item's paragraph check pass axe-core.
 */
class ReportComparisonBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSecretariatComparesSalomesVersionsAndChecksAnItem() {
		long salome = this.jdbc.queryForObject("select id from review where reference = 'KM-DHR-2021-03'", Long.class);
		long v1 = version(salome, 1);
		long v2 = version(salome, 2);
		long item = this.jdbc.queryForObject(
				"select id from feedback_item where review_id = ? and number = 1 and status <> 'WITHDRAWN'", Long.class,
				salome);

		this.browser.signIn("secretariat@example.org", "demo-password");
		this.browser.go("/reviews/" + salome + "/reports/compare?from=" + v1 + "&to=" + v2);
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(60))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".app-change")));
		assertThat(this.browser.driver().findElement(By.cssSelector(".app-compare-summary")).getText())
			.contains("paragraphs changed");
		assertThat(
				this.browser.driver().findElements(By.cssSelector(".app-change h3")).stream().map((h) -> h.getText()))
			.anySatisfy((heading) -> assertThat(heading).startsWith("Paragraph 16.2.7"));
		this.browser.assertAccessible();

		this.browser.go("/reports/" + v1);
		assertThat(this.browser.driver().findElement(By.cssSelector(".app-names")).getText()).contains("Ahmed");
		this.browser.assertAccessible();

		this.browser.go("/items/" + item);
		assertThat(this.browser.driver().findElement(By.cssSelector(".app-paragraph-check")).getText())
			.contains("As the panel read it: version 1");
		this.browser.assertAccessible();
	}

	private long version(long review, int number) {
		return this.jdbc.queryForObject("select id from report_version where review_id = ? and version_number = ?",
				Long.class, review, number);
	}

}
