package org.dhrqa.tracker.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.dhrqa.tracker.support.BrowserTest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person signs in in a real browser and finds Salome; every page on the way passes
 * axe-core.
 */
class SignInBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCspCoordinatorSignsInAndFindsSalome() {
		this.browser.go("/reviews");
		assertThat(this.browser.driver().getCurrentUrl()).endsWith("/login");
		this.browser.assertAccessible();

		this.browser.signIn("kent@example.org", "demo-password");
		// back to the page first asked for
		assertThat(this.browser.h1()).isEqualTo("Reviews");

		this.browser.clickAndWait(By.linkText("Home"));
		assertThat(this.browser.h1()).isEqualTo("Welcome, Jo Williams");
		this.browser.assertAccessible();

		this.browser.clickAndWait(By.linkText("Reviews"));
		assertThat(this.browser.driver().findElements(By.cssSelector("tbody tr")).stream().map((row) -> row.getText()))
			.anyMatch((row) -> row.contains("Salome"));
		this.browser.assertAccessible();

		this.browser.clickAndWait(By.linkText("KM-DHR-2021-03"));
		assertThat(this.browser.h1()).contains("Salome");
		this.browser.assertAccessible();

		this.browser.go("/accessibility");
		this.browser.assertAccessible();
	}

	@Test
	void aWrongPasswordShowsAnAccessibleErrorAndDevonNeverSeesSalome() {
		this.browser.signIn("devon@example.org", "wrong password");
		assertThat(this.browser.driver().getTitle()).startsWith("Error: ");
		assertThat(this.browser.driver().findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("Enter a correct email address and password");
		this.browser.assertAccessible();

		this.browser.driver().findElement(By.id("password")).sendKeys("demo-password");
		this.browser.clickAndWait(By.cssSelector("main button[type=submit]"));
		this.browser.go("/reviews");
		assertThat(this.browser.driver().findElement(By.tagName("main")).getText()).doesNotContain("Salome")
			.contains("Ruth");
		Long salome = this.jdbc.queryForObject("select id from review where reference = 'KM-DHR-2021-03'", Long.class);
		this.browser.go("/reviews/" + salome);
		assertThat(this.browser.h1()).isEqualTo("Page not found");
		this.browser.assertAccessible();
	}

}
