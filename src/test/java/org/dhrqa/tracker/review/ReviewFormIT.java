package org.dhrqa.tracker.review;

import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.DashboardReadModel;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 3's acceptance journeys: register, validate, edit concurrently, see the history.
 */
@IntegrationTest
class ReviewFormIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService userDetailsService;

	DemoUsers users;

	@BeforeEach
	void setUp() {
		this.users = new DemoUsers(this.userDetailsService);
	}

	/**
	 * A valid review form; {@code overrides} are name, value pairs that replace or add
	 * fields.
	 */
	private MockHttpServletRequestBuilder validReview(String path, String reference, String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("reference", reference);
		fields.put("victimPseudonyms", "Grace");
		fields.put("otherPseudonyms[0].pseudonym", "Leon");
		fields.put("otherPseudonyms[0].role", "Perpetrator, Grace's partner");
		fields.put("death.month", "2");
		fields.put("death.year", "2026");
		fields.put("type", "HOMICIDE");
		fields.put("chairName", "Ruth Adams");
		fields.put("notifiedOn.day", "9");
		fields.put("notifiedOn.month", "2");
		fields.put("notifiedOn.year", "2026");
		fields.put("panelFirstMetOn.day", "14");
		fields.put("panelFirstMetOn.month", "4");
		fields.put("panelFirstMetOn.year", "2026");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(path).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private long register(String reference) throws Exception {
		String location = this.mvc.perform(validReview("/reviews/new", reference).with(this.users.as(DemoUsers.KENT)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/reviews/\\d+");
		return Long.parseLong(location.substring("/reviews/".length()));
	}

	@Test
	void aCspCoordinatorRegistersAReviewThatOnlyTheirCspAndTheHomeOfficeSee() throws Exception {
		String reference = "KM-" + UUID.randomUUID().toString().substring(0, 8);
		long id = register(reference);

		Document hub = Pages.parse(this.mvc.perform(get("/reviews/" + id).with(this.users.as(DemoUsers.KENT)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(hub.select(".govuk-summary-list").text()).contains(reference)
			.contains("Leon (Perpetrator, Grace's partner)")
			.contains("February 2026")
			.contains("14 April 2026");
		assertThat(this.jdbc.queryForObject("select c.name from review r join csp c on c.id = r.csp_id where r.id = ?",
				String.class, id))
			.isEqualTo("Kent & Medway Community Safety Partnership");

		for (String email : new String[] { DemoUsers.KENT, DemoUsers.SECRETARIAT }) {
			assertThat(Pages
				.parse(this.mvc.perform(get("/reviews").param("q", reference).with(this.users.as(email))).andReturn())
				.select("tbody a")
				.eachText()).containsExactly(reference);
			this.mvc.perform(get("/api/reviews/" + id).with(this.users.as(email)))
				.andExpect(jsonPath("$.reference").value(reference));
		}
		assertThat(Pages
			.parse(this.mvc.perform(get("/reviews").param("q", reference).with(this.users.as(DemoUsers.DEVON)))
				.andReturn())
			.select("tbody a")).isEmpty();
		DashboardReadModel.awaitCurrent(this.context);
		this.mvc.perform(get("/api/reviews").param("size", "500").with(this.users.as(DemoUsers.DEVON)))
			.andExpect(jsonPath("$.reviews[*].reference", not(hasItem(reference))))
			.andExpect(jsonPath("$.reviews[*].reference", hasItem(startsWith("DEV-"))));
		this.mvc.perform(get("/reviews/" + id).with(this.users.as(DemoUsers.DEVON))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/reviews/" + id).with(this.users.as(DemoUsers.DEVON)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCspUserCannotRegisterForAnotherCspByTamperingWithTheForm() throws Exception {
		String reference = "KM-" + UUID.randomUUID().toString().substring(0, 8);
		Long devon = this.jdbc.queryForObject("select id from csp where name like 'Devon%'", Long.class);
		String location = this.mvc
			.perform(
					validReview("/reviews/new", reference, "csp", devon.toString()).with(this.users.as(DemoUsers.KENT)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/reviews/".length()));
		assertThat(this.jdbc.queryForObject("select c.name from review r join csp c on c.id = r.csp_id where r.id = ?",
				String.class, id))
			.startsWith("Kent");
	}

	@Test
	void aRejectedFormSaysWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(post("/reviews/new").with(csrf())
						.with(this.users.as(DemoUsers.KENT))
						.param("reference", "")
						.param("victimPseudonyms", "Grace <b>")
						.param("type", "HOMICIDE")
						.param("chairName", "Ruth Adams")
						.param("notifiedOn.day", "30")
						.param("notifiedOn.month", "2")
						.param("notifiedOn.year", "2026")
						.param("panelFirstMetOn.day", "1")
						.param("panelFirstMetOn.month", "1")
						.param("panelFirstMetOn.year", "2099"))
					.andExpect(status().isOk())
					.andReturn());

		Pages.assertErrors(page, "Enter the review reference",
				"The date the CSP was notified of the death must be a real date",
				"The date the review panel first met must be today or in the past");
		Pages.assertInlineError(page, "reference", "Enter the review reference");
		Pages.assertInlineError(page, "notifiedOn", "must be a real date");
		assertThat(Pages.valueOf(page, "victimPseudonyms")).isEqualTo("Grace <b>");
		assertThat(Pages.valueOf(page, "chairName")).isEqualTo("Ruth Adams");
		assertThat(Pages.valueOf(page, "notifiedOn")).isEqualTo("30");
		assertThat(Pages.valueOf(page, "notifiedOn-month")).isEqualTo("2");
		assertThat(Pages.valueOf(page, "panelFirstMetOn-year")).isEqualTo("2099");
		assertThat(page.selectFirst("input[name=type][value=HOMICIDE]").hasAttr("checked")).isTrue();
	}

	@Test
	void datesMustFollowTheLifecycleAndDuplicateReferencesAreRefused() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(validReview("/reviews/new", "KM-DHR-2021-03", "panelFirstMetOn.year", "2025")
						.with(this.users.as(DemoUsers.KENT)))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertErrors(page, "The date the review panel first met must be on or after the date the CSP was "
				+ "notified of the death (9 February 2026)");

		page = Pages
			.parse(this.mvc.perform(validReview("/reviews/new", "km-dhr-2021-03").with(this.users.as(DemoUsers.KENT)))
				.andExpect(status().isOk())
				.andReturn());
		Pages.assertErrors(page, "This CSP already has a review with this reference");
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsRefusedNamingWhoChangedWhatAndKeepingTheInput() throws Exception {
		String reference = "KM-" + UUID.randomUUID().toString().substring(0, 8);
		long id = register(reference);
		String path = "/reviews/" + id + "/edit";
		String openedVersion = Pages.valueOf(
				Pages.parse(this.mvc.perform(get(path).with(this.users.as(DemoUsers.KENT_MANAGER))).andReturn()),
				"version");

		this.mvc
			.perform(validReview(path, reference, "version", openedVersion, "chairName", "Dr Ruth Adams")
				.with(this.users.as(DemoUsers.KENT)))
			.andExpect(status().is3xxRedirection());

		Document refused = Pages.parse(
				this.mvc
					.perform(validReview(path, reference).param("version", openedVersion)
						.param("authorName", "Sam Lee")
						.with(this.users.as(DemoUsers.KENT_MANAGER)))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(refused.select(".govuk-error-summary").text()).contains("Jo Williams changed this review");
		assertThat(refused.select(".govuk-notification-banner").text())
			.contains("Independent chair: “Ruth Adams” → “Dr Ruth Adams”");
		assertThat(Pages.valueOf(refused, "authorName")).isEqualTo("Sam Lee");
		// the field Chris left alone now shows Jo's new value
		assertThat(Pages.valueOf(refused, "chairName")).isEqualTo("Dr Ruth Adams");
		assertThat(this.jdbc.queryForObject("select author_name from review where id = ?", String.class, id)).isNull();

		// saving again applies the kept input on top of the other person's change:
		// nothing lost
		this.mvc
			.perform(validReview(path, reference, "version", Pages.valueOf(refused, "version"), "chairName",
					Pages.valueOf(refused, "chairName"), "authorName", "Sam Lee")
				.with(this.users.as(DemoUsers.KENT_MANAGER)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForMap("select chair_name, author_name from review where id = ?", id))
			.containsEntry("chair_name", "Dr Ruth Adams")
			.containsEntry("author_name", "Sam Lee");

		Document hub = Pages
			.parse(this.mvc.perform(get("/reviews/" + id).with(this.users.as(DemoUsers.KENT))).andReturn());
		String history = hub.select(".app-timeline").text();
		assertThat(history).contains("Changed by Jo Williams")
			.contains("Independent chair: “Ruth Adams” → “Dr Ruth Adams”")
			.contains("Changed by Chris Taylor")
			.contains("Author: set to “Sam Lee”");
	}

	@Test
	void stagesMoveOnlyAlongTheLifecycleWithTheirDateAndWho() throws Exception {
		String reference = "KM-" + UUID.randomUUID().toString().substring(0, 8);
		long id = register(reference);
		String version = this.jdbc.queryForObject("select version from review where id = ?", String.class, id);

		Document refused = Pages.parse(
				this.mvc
					.perform(post("/reviews/" + id + "/stage").with(csrf())
						.with(this.users.as(DemoUsers.KENT))
						.param("stage", "PUBLISHED")
						.param("effectiveOn.day", "1")
						.param("effectiveOn.month", "5")
						.param("effectiveOn.year", "2026")
						.param("version", version))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertErrors(refused, "Select the new stage");

		this.mvc
			.perform(post("/reviews/" + id + "/stage").with(csrf())
				.with(this.users.as(DemoUsers.KENT))
				.param("stage", "COMMISSIONED")
				.param("effectiveOn.day", "1")
				.param("effectiveOn.month", "3")
				.param("effectiveOn.year", "2026")
				.param("version", version))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForMap("select stage, decision_on from review where id = ?", id))
			.containsEntry("stage", "COMMISSIONED")
			.containsEntry("decision_on", java.sql.Date.valueOf("2026-03-01"));
		Document hub = Pages
			.parse(this.mvc.perform(get("/reviews/" + id).with(this.users.as(DemoUsers.SECRETARIAT))).andReturn());
		assertThat(hub.select(".app-timeline__item").eachText()).anyMatch(
				(item) -> item.contains("Commissioned") && item.contains("1 March 2026, recorded by Jo Williams"));
	}

}
