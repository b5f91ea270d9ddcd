package org.dhrqa.tracker.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.dhrqa.tracker.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warning before an idle session ends, in a real browser: with a 75-second session
 * and a 65-second warning it opens 10 seconds after the page loads, takes the focus,
 * passes axe-core, and "Stay signed in" renews the session and gives the focus back.
 */
@TestPropertySource(properties = { "dhr.session.idle-timeout=75s", "dhr.session.warning-before=65s" })
class SessionTimeoutBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theWarningOpensTakesTheFocusAndStaySignedInRenewsTheSession() {
		this.browser.signIn("kent@example.org", "demo-password");
		assertThat(this.browser.h1()).isEqualTo("Welcome, Jo Williams");
		WebElement dialog = this.browser.driver().findElement(By.id("session-timeout"));
		assertThat(dialog.isDisplayed()).isFalse();
		WebElement search = this.browser.driver()
			.findElement(By.cssSelector("header input[type=search], header input"));
		search.click();

		WebDriverWait wait = new WebDriverWait(this.browser.driver(), Duration.ofSeconds(25));
		wait.until((driver) -> dialog.isDisplayed());
		assertThat(activeElement().getAttribute("id")).isEqualTo("session-timeout-heading");
		assertThat(dialog.findElement(By.id("session-timeout-heading")).getText())
			.isEqualTo("You will be signed out soon");
		assertThat(dialog.findElement(By.id("session-timeout-text")).getText()).matches(
				"You will be signed out in (\\d+ minutes|1 minute)\\. Anything you have not saved will be lost\\.");
		this.browser.assertAccessible();

		long before = lastAccess();
		dialog.findElement(By.xpath(".//button[normalize-space()='Stay signed in']")).click();
		wait.until((driver) -> !dialog.isDisplayed());
		wait.until((driver) -> lastAccess() > before);
		assertThat(activeElement()).isEqualTo(search);

		// the session ends (here: removed); the next page goes to sign-in and says why
		this.jdbc.update("delete from spring_session where principal_name = 'kent@example.org'");
		this.browser.go("/reviews");
		assertThat(this.browser.driver().getCurrentUrl()).endsWith("/login?timeout");
		assertThat(this.browser.driver().findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("You were signed out after 1 minute without activity. Sign in again to continue.");
		this.browser.assertAccessible();
	}

	private WebElement activeElement() {
		return (WebElement) ((JavascriptExecutor) this.browser.driver()).executeScript("return document.activeElement");
	}

	private long lastAccess() {
		return this.jdbc.queryForObject(
				"select coalesce(max(last_access_time), 0) from spring_session where principal_name = 'kent@example.org'",
				Long.class);
	}

}
