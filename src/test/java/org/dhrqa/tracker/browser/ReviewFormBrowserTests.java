package org.dhrqa.tracker.browser;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.dhrqa.tracker.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registering a review in a real browser, through an error and back, and the admin pages,
 * all under axe-core.
 */
class ReviewFormBrowserTests extends BrowserTest {

	private void type(String id, String text) {
		WebElement field = this.browser.driver().findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	@Test
	void aCoordinatorRegistersAReviewAfterCorrectingAMistake() {
		this.browser.signIn("kent@example.org", "demo-password");
		this.browser.go("/reviews");
		this.browser.clickAndWait(By.linkText("Register a review"));
		this.browser.assertAccessible();

		String reference = "KM-B-" + UUID.randomUUID().toString().substring(0, 6);
		type("reference", reference);
		type("victimPseudonyms", "Nadia");
		type("otherPseudonyms-0-pseudonym", "Karl");
		type("otherPseudonyms-0-role", "Perpetrator, Nadia's husband");
		this.browser.driver().findElement(By.cssSelector("input[name=type][value=HOMICIDE]")).click();
		type("notifiedOn", "31");
		type("notifiedOn-month", "9");
		type("notifiedOn-year", "2026");
		this.browser.clickAndWait(By.cssSelector("main form button[type=submit]"));

		assertThat(this.browser.driver().getTitle()).startsWith("Error: ");
		WebElement summary = this.browser.driver().findElement(By.cssSelector(".govuk-error-summary"));
		assertThat(summary.getText()).contains("The date the CSP was notified of the death must be a real date");
		assertThat(this.browser.driver().findElement(By.id("victimPseudonyms")).getAttribute("value"))
			.isEqualTo("Nadia");
		this.browser.assertAccessible();

		// the summary link takes the person to the day box of the date
		summary.findElement(By.linkText("The date the CSP was notified of the death must be a real date")).click();
		assertThat(this.browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("notifiedOn");

		type("notifiedOn", "30");
		this.browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
		assertThat(this.browser.h1()).contains("Nadia");
		assertThat(this.browser.driver().findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("Review “Nadia” registered");
		this.browser.assertAccessible();

		this.browser.clickAndWait(By.linkText("Change stage"));
		this.browser.assertAccessible();
		this.browser.clickAndWait(By.linkText("Cancel"));
		this.browser.clickAndWait(By.linkText("Edit details"));
		assertThat(this.browser.driver().findElement(By.id("otherPseudonyms-0-pseudonym")).getAttribute("value"))
			.isEqualTo("Karl");
		this.browser.assertAccessible();
	}

	@Test
	void administrationPagesAreAccessible() {
		this.browser.signIn("admin@example.org", "demo-password");
		for (String path : new String[] { "/admin/users", "/admin/users/new", "/admin/csps", "/admin/csps/new",
				"/account/password" }) {
			this.browser.go(path);
			this.browser.assertAccessible();
		}
		this.browser.go("/admin/users");
		this.browser.clickAndWait(By.linkText("Jo Williams"));
		this.browser.assertAccessible();
		this.browser.go("/admin/users/new");
		this.browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
		assertThat(this.browser.driver().getTitle()).startsWith("Error: ");
		this.browser.assertAccessible();
	}

}
