package org.dhrqa.tracker.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port with the demo data, and a fresh headless
 * Chromium per test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public abstract class BrowserTest {

	@LocalServerPort
	protected int port;

	protected Browser browser;

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

}
