package org.dhrqa.tracker.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.dhrqa.tracker.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Publication checklists and the dashboard in a real browser, under axe-core. */
class PublicationBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aManagerReadsTheDashboard() {
		this.browser.signIn("manager@example.org", "demo-password");
		this.browser.clickAndWait(By.linkText("Dashboard"));
		assertThat(this.browser.driver().findElement(By.tagName("main")).getText()).contains("Reviews by stage")
			.contains("Panel turnaround")
			.contains("Salome");
		this.browser.assertAccessible();
	}

	@Test
	void aCoordinatorWorksThroughThePublicationChecklist() {
		Long salome = this.jdbc.queryForObject("select id from review where reference = 'KM-DHR-2021-03'", Long.class);
		this.browser.signIn("kent@example.org", "demo-password");
		this.browser.go("/reviews/" + salome + "/publication");
		assertThat(this.browser.driver().findElement(By.cssSelector(".govuk-task-list")).getText())
			.contains("All feedback items accepted")
			.contains("Cannot start yet");
		this.browser.assertAccessible();
		this.browser.go("/reviews/" + salome + "/publication/sent-to-home-office");
		this.browser.assertAccessible();
	}

}
