package org.dhrqa.tracker.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.dhrqa.tracker.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat drafts a letter in a real browser; every page on the way passes
 * axe-core.
 */
class LetterBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSecretariatDraftsALetterForAReviewAtAMeeting() {
		this.browser.signIn("secretariat@example.org", "demo-password");
		this.browser.clickAndWait(By.linkText("Panel meetings"));
		this.browser.assertAccessible();
		this.browser.clickAndWait(By.linkText("Schedule a meeting"));
		this.browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
		assertThat(this.browser.driver().getTitle()).startsWith("Error: ");
		this.browser.assertAccessible();
		this.browser.driver().findElement(By.id("date")).sendKeys("2");
		this.browser.driver().findElement(By.id("date-month")).sendKeys("12");
		this.browser.driver().findElement(By.id("date-year")).sendKeys("2026");
		this.browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
		assertThat(this.browser.h1()).isEqualTo("QA Panel meeting, 2 December 2026");
		this.browser.assertAccessible();

		Long ruth = this.jdbc.queryForObject("select id from review where reference = 'DEV-DHR-2024-01'", Long.class);
		new org.openqa.selenium.support.ui.Select(this.browser.driver().findElement(By.id("review")))
			.selectByValue(ruth.toString());
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Add review']"));
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Draft letter']"));
		assertThat(this.browser.h1()).contains("QA Panel letter, version 1").contains("Draft");
		this.browser.assertAccessible();

		this.browser.driver().findElement(By.id("area")).sendKeys("Paragraph 2.4 names a school; anonymise it.");
		this.browser.driver().findElement(By.id("paragraphRef")).sendKeys("2.4");
		new org.openqa.selenium.support.ui.Select(this.browser.driver().findElement(By.id("category")))
			.selectByValue("PSEUDONYM_OR_ANONYMISATION");
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Add area']"));
		assertThat(this.browser.driver().findElement(By.id("items")).isDisplayed()).isTrue();
		assertThat(this.browser.driver().findElement(By.tagName("main")).getText())
			.contains("Paragraph 2.4 names a school; anonymise it.");
		this.browser.assertAccessible();

		this.browser.clickAndWait(By.linkText("Edit wording"));
		assertThat(this.browser.driver().findElement(By.id("salutation")).getAttribute("value"))
			.isEqualTo("Dear Rachel,");
		this.browser.assertAccessible();
		this.browser.clickAndWait(By.linkText("Cancel"));

		this.browser.clickAndWait(By.linkText("Issue letter"));
		this.browser.assertAccessible();
		this.browser.clickAndWait(By.linkText("Check the letter before issuing it"));
		assertThat(this.browser.driver().findElement(By.tagName("body")).getText()).contains("Dear Rachel,")
			.contains("Paragraph 2.4 names a school; anonymise it.");
		this.browser.assertAccessible();
	}

}
