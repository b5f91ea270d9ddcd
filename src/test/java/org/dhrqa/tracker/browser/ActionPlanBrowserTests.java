package org.dhrqa.tracker.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.dhrqa.tracker.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Devon coordinator keeps Ben's action plan live in a real browser; every page passes
 * axe-core.
 */
class ActionPlanBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCoordinatorAddsAnImplementationUpdate() {
		Long ben = this.jdbc.queryForObject("select id from review where reference = 'DEV-DHR-2021-02'", Long.class);
		this.browser.signIn("devon@example.org", "demo-password");
		this.browser.go("/reviews/" + ben + "/action-plan");
		assertThat(this.browser.driver().findElement(By.tagName("main")).getText()).contains("Drifting");
		this.browser.assertAccessible();

		this.browser
			.clickAndWait(By.linkText("Publish a male victims' pathway on every partner website in the region"));
		this.browser.assertAccessible();
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Add update']"));
		assertThat(this.browser.driver().getTitle()).startsWith("Error: ");
		this.browser.assertAccessible();
		this.browser.driver().findElement(By.id("updateText")).sendKeys("Owner agreed: the regional partnership.");
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Add update']"));
		assertThat(this.browser.driver().findElement(By.cssSelector(".app-timeline")).getText())
			.contains("Owner agreed: the regional partnership.")
			.contains("Rhys Evans");

		this.browser.go("/reviews/" + ben + "/action-plan");
		this.browser.clickAndWait(By.linkText("Add a recommendation"));
		this.browser.assertAccessible();
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Add recommendation']"));
		assertThat(this.browser.driver().getTitle()).startsWith("Error: ");
		this.browser.assertAccessible();
		this.browser.driver().findElement(By.id("recommendation")).sendKeys("Share the pathway with GP surgeries.");
		this.browser.driver().findElement(By.cssSelector("input[name=scope][value=LOCAL]")).click();
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Add recommendation']"));
		assertThat(this.browser.driver().getCurrentUrl()).contains("/action-plan#rec-");
		assertThat(this.browser.driver().findElement(By.tagName("main")).getText()).contains("Recommendation added")
			.contains("Share the pathway with GP surgeries.");

		this.browser.go("/reviews/" + ben + "/action-plan/import");
		this.browser.assertAccessible();
		this.browser.go("/reviews/" + ben + "/action-plan/annex");
		this.browser.assertAccessible();
	}

}
