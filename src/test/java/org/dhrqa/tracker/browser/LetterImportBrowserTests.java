package org.dhrqa.tracker.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.dhrqa.tracker.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing letters in a real browser: a CSP pastes a letter, checks it, matches it and
 * confirms it; the secretariat uploads the back catalogue and watches it being read.
 * Every page on the way passes axe-core.
 */
class LetterImportBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	private String seed(String pseudonym) throws Exception {
		return Files.readString(Path.of("src/test/resources/letters/salome-2024-08-07.txt"), StandardCharsets.UTF_8)
			.replace("Salome", pseudonym);
	}

	@Test
	void aCspImportsALetterItAlreadyHas() throws Exception {
		String pseudonym = "Rosalind" + UUID.randomUUID().toString().substring(0, 4);
		Long kent = this.jdbc.queryForObject("select id from csp where name like 'Kent%'", Long.class);
		this.jdbc.update(
				"insert into review (csp_id, reference, victim_pseudonyms, review_type, stage, notified_on) "
						+ "values (?, ?, ?, 'HOMICIDE', 'SUBMITTED_TO_QA', '2023-01-09')",
				kent, "KM-B-" + pseudonym, pseudonym);

		this.browser.signIn("kent@example.org", "demo-password");
		this.browser.clickAndWait(By.linkText("Import QA letters you already have"));
		this.browser.assertAccessible();
		this.browser.clickAndWait(By.linkText("Import a letter"));
		this.browser.assertAccessible();
		WebElement text = this.browser.driver().findElement(By.id("text"));
		((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].value = arguments[1];", text,
				seed(pseudonym));
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Read the pasted text']"));
		assertThat(this.browser.h1()).isEqualTo("Check the letter");
		assertThat(this.browser.driver().findElement(By.id("items-0-sectionRef")).getAttribute("value"))
			.isEqualTo("16.2.7");
		this.browser.assertAccessible();

		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Save and continue']"));
		assertThat(this.browser.h1()).isEqualTo("Which review is this letter about?");
		this.browser.assertAccessible();
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Continue']"));
		assertThat(this.browser.h1()).isEqualTo("Confirm and track this letter");
		this.browser.assertAccessible();
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Confirm and track this letter']"));
		assertThat(this.browser.driver().findElement(By.tagName("main")).getText())
			.contains("The letter has been imported and its items are open");
		this.browser.assertAccessible();
	}

	@Test
	void theSecretariatWatchesTheBackCatalogueBeingRead() throws Exception {
		Path letter = Files.createTempFile("back-catalogue-", ".txt");
		try {
			Files.writeString(letter, seed("Philippa"), StandardCharsets.UTF_8);
			this.browser.signIn("secretariat@example.org", "demo-password");
			this.browser.go("/letter-imports/batch");
			this.browser.assertAccessible();
			this.browser.driver().findElement(By.id("files")).sendKeys(letter.toString());
			this.browser.clickAndWait(By.xpath("//button[normalize-space()='Upload and read the letters']"));
			assertThat(this.browser.h1()).isEqualTo("Back catalogue upload");
			this.browser.assertAccessible();
			// the page's script follows the background job and reloads when it is done;
			// the
			// reload can replace <main> between finding it and reading it
			new WebDriverWait(this.browser.driver(), Duration.ofSeconds(30))
				.ignoring(StaleElementReferenceException.class)
				.until((driver) -> driver.findElement(By.tagName("main"))
					.getText()
					.contains("Every letter has been read"));
			assertThat(this.browser.driver().findElement(By.tagName("main")).getText()).contains("1 of 1 letters read",
					"Ready to check");
			this.browser.assertAccessible();
		}
		finally {
			Files.deleteIfExists(letter);
		}
	}

}
