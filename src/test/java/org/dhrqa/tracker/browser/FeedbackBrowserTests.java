package org.dhrqa.tracker.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.dhrqa.tracker.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSP coordinator works through Salome's items in a real browser; every page passes
 * axe-core.
 */
class FeedbackBrowserTests extends BrowserTest {

	@Test
	void aCoordinatorRespondsToAnItem() {
		this.browser.signIn("kent@example.org", "demo-password");
		this.browser.go("/reviews?q=Salome");
		this.browser.clickAndWait(By.linkText("KM-DHR-2021-03"));
		this.browser.assertAccessible();
		this.browser.clickAndWait(By.partialLinkText("See all 7 feedback items"));
		this.browser.assertAccessible();
		this.browser.driver()
			.findElement(By.partialLinkText("The report would benefit from a thorough proofread"))
			.click();
		assertThat(this.browser.h1()).contains("Area for development 7");
		this.browser.assertAccessible();

		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Send response']"));
		assertThat(this.browser.driver().getTitle()).startsWith("Error: ");
		this.browser.assertAccessible();
		this.browser.driver().findElement(By.id("response")).sendKeys("Proofread by two colleagues; 43 corrections.");
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Send response']"));
		assertThat(this.browser.driver().findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("Response sent");
		assertThat(this.browser.driver().findElement(By.cssSelector(".app-timeline")).getText()).contains("Responded")
			.contains("Jo Williams");

		for (String path : new String[] { "/items", "/reviews/1/matrix", "/reviews/1/reports", "/notifications" }) {
			this.browser.go(path);
			this.browser.assertAccessible();
		}
	}

	@Test
	void theSecretariatSeesWhatAwaitsVerification() {
		this.browser.signIn("secretariat@example.org", "demo-password");
		this.browser.clickAndWait(By.linkText("Awaiting verification"));
		this.browser.assertAccessible();
	}

}
