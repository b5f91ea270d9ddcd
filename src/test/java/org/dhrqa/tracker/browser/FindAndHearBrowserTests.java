package org.dhrqa.tracker.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.dhrqa.tracker.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search box in the header, the inbox and the email choices in a real browser; every
 * page passes axe-core.
 */
class FindAndHearBrowserTests extends BrowserTest {

	@Test
	void theSecretariatSearchesFromTheHeaderAndChoosesTheirEmails() {
		this.browser.signIn("secretariat@example.org", "demo-password");
		this.browser.driver().findElement(By.id("header-search")).sendKeys("Salome");
		this.browser.clickAndWait(By.cssSelector(".app-header-search__button"));
		assertThat(this.browser.h1()).isEqualTo("Search");
		assertThat(this.browser.driver().findElement(By.cssSelector(".app-search-result mark")).getText())
			.isEqualTo("Salome");
		this.browser.assertAccessible();

		this.browser.go("/search?q=");
		assertThat(this.browser.driver().getTitle()).startsWith("Error: ");
		this.browser.assertAccessible();

		this.browser.go("/notifications");
		this.browser.assertAccessible();
		this.browser.clickAndWait(By.linkText("Choose which notifications are also emailed to you"));
		assertThat(this.browser.h1()).isEqualTo("Notification emails");
		this.browser.assertAccessible();
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Save choices']"));
		assertThat(this.browser.driver().findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("Your notification choices have been saved");
		this.browser.assertAccessible();
	}

}
