package org.dhrqa.tracker.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.dhrqa.tracker.support.Browser;
import org.dhrqa.tracker.support.TestDatabaseInitializer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** Publication checklists and the dashboard in a real browser, under axe-core. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class PublicationBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Browser browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.open(this.port);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

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
