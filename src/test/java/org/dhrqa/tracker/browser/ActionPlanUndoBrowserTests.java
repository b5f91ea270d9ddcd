package org.dhrqa.tracker.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.support.BrowserTest;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Kent coordinator imports a plan twice without doubling it, removes an action and
 * replaces the plan, in a real browser; every page of the journey passes axe-core.
 */
class ActionPlanUndoBrowserTests extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@TempDir
	Path files;

	@Test
	void aCoordinatorImportsTwiceRemovesAnActionAndReplacesThePlan() throws Exception {
		Fixtures fixtures = new Fixtures(this.context);
		SignedInUser kent = fixtures.user(DemoUsers.KENT);
		Long review = fixtures.reviews.register(kent.cspId(), Fixtures.unique("KM-BROWSER"), "Rose",
				LocalDate.of(2024, 3, 1), kent);
		Path plan = Files.writeString(this.files.resolve("plan.csv"),
				"Rose: action plan\n\n"
						+ String.join(",", "Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
								"Key milestones achieved in enacting recommendation", "Target date",
								"Date of completion and outcome")
						+ "\n1. Police should record domestic abuse history,Local,Update the recording guidance,"
						+ "Kent Police,,31/3/2026,\n,,Train call handlers,Kent Police,,7 August 2026,\n",
				StandardCharsets.UTF_8);

		this.browser.signIn(DemoUsers.KENT, "demo-password");
		upload(review, plan);
		assertThat(this.browser.driver().findElement(By.tagName("main")).getText()).contains("31 March 2026");
		this.browser.assertAccessible();
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Import 2 actions']"));
		assertThat(this.browser.h1()).isEqualTo("Action plan");

		upload(review, plan);
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Continue']"));
		assertThat(this.browser.driver().getTitle()).startsWith("Error: ");
		this.browser.assertAccessible();
		this.browser.driver().findElement(By.cssSelector("input[name=mode][value=SKIP]")).click();
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Continue']"));
		assertThat(this.browser.driver().findElements(By.cssSelector("main tbody tr"))).hasSize(2);

		this.browser.clickAndWait(By.linkText("Train call handlers"));
		this.browser.clickAndWait(By.linkText("Remove action"));
		this.browser.assertAccessible();
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Remove action']"));
		assertThat(this.browser.driver().findElements(By.cssSelector("main tbody tr"))).hasSize(1);
		this.browser.clickAndWait(By.linkText("What was removed from the plan or replaced"));
		assertThat(this.browser.driver().findElement(By.tagName("main")).getText()).contains("Train call handlers");
		this.browser.assertAccessible();

		upload(review, plan);
		this.browser.driver().findElement(By.cssSelector("input[name=mode][value=REPLACE]")).click();
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Continue']"));
		assertThat(this.browser.h1()).isEqualTo("Replace the whole action plan");
		this.browser.assertAccessible();
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Replace the plan']"));
		assertThat(this.browser.driver().findElements(By.cssSelector("main tbody tr"))).hasSize(2);
	}

	private void upload(Long review, Path file) {
		this.browser.go("/reviews/" + review + "/action-plan/import");
		this.browser.driver().findElement(By.id("planFile")).sendKeys(file.toAbsolutePath().toString());
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Preview the import']"));
	}

}
