package org.dhrqa.tracker.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;
import org.dhrqa.tracker.support.TestPdfs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 14: the same thing created by several requests at once (a double click, two
 * colleagues) gives one record and, for every other request, the field message a slower
 * duplicate gets; never a server error. Each case is fired N times at once; where the
 * check before the insert would usually win the race, a second test holds a competing
 * insert open so the request is sure to reach the database's unique key.
 */
@IntegrationTest
class DuplicateRacesIT {

	static final int N = 6;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PlatformTransactionManager transactions;

	Fixtures fixtures;

	SignedInUser kent;

	SignedInUser kentManager;

	SignedInUser secretariat;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.context);
		this.kent = this.fixtures.user(DemoUsers.KENT);
		this.kentManager = this.fixtures.user(DemoUsers.KENT_MANAGER);
		this.secretariat = this.fixtures.user(DemoUsers.SECRETARIAT);
	}

	@Test
	void meetingsScheduledForTheSameDateAtOnceGiveOneMeetingAndTheDateMessage() throws Exception {
		LocalDate date = unusedDate();
		List<MockHttpServletResponse> responses = race((i) -> scheduleMeeting(date));
		assertOneCreatedRestRefused(responses, "There is already a meeting on this date");
		assertThat(meetingsOn(date)).isEqualTo(1);
	}

	@Test
	void aMeetingDateTakenBetweenTheCheckAndTheInsertGetsTheDateMessage() throws Exception {
		LocalDate date = unusedDate();
		MockHttpServletResponse response = whileAnotherInsertIsOpen(
				() -> this.jdbc.update("insert into panel_meeting (meeting_date) values (?)", date),
				"insert into panel_meeting", scheduleMeeting(date));
		assertRefused(response, "There is already a meeting on this date");
		assertThat(meetingsOn(date)).isEqualTo(1);
	}

	@Test
	void reviewsRegisteredWithTheSameReferenceAtOnceGiveOneReviewAndTheReferenceMessage() throws Exception {
		String reference = Fixtures.unique("KM-TWICE");
		List<MockHttpServletResponse> responses = race(
				(i) -> registerReview(reference, (i % 2 == 0) ? this.kent : this.kentManager));
		assertOneCreatedRestRefused(responses, "This CSP already has a review with this reference");
		assertThat(reviewsWith(reference)).isEqualTo(1);
	}

	@Test
	void aReferenceTakenBetweenTheCheckAndTheInsertGetsTheReferenceMessage() throws Exception {
		String reference = Fixtures.unique("KM-HELD");
		MockHttpServletResponse response = whileAnotherInsertIsOpen(
				() -> this.jdbc.update(
						"insert into review (csp_id, reference, victim_pseudonyms, review_type, stage, notified_on) "
								+ "values (?, ?, 'Held', 'HOMICIDE', 'SUBMITTED_TO_QA', '2026-02-09')",
						this.kent.cspId(), reference.toLowerCase()),
				"insert into review", registerReview(reference, this.kent));
		assertRefused(response, "This CSP already has a review with this reference");
		assertThat(reviewsWith(reference)).isEqualTo(1);
	}

	@Test
	void recommendationsAddedWithTheSameNumberAtOnceGiveOneAndTheNumberMessage() throws Exception {
		long review = newReview();
		List<MockHttpServletResponse> responses = race(
				(i) -> post("/reviews/" + review + "/action-plan/recommendations").with(csrf())
					.with(user((i % 2 == 0) ? this.kent : this.kentManager))
					.param("number", "7")
					.param("recommendation", "Recommendation seven, typed by person " + i)
					.param("scope", "LOCAL"));
		assertOneCreatedRestRefused(responses, "Recommendation 7 is already in the plan: choose another number");
		assertThat(
				this.jdbc.queryForObject(
						"select count(*) from recommendation r join action_plan p "
								+ "on p.id = r.action_plan_id where p.review_id = ? and r.number = '7'",
						Integer.class, review))
			.isEqualTo(1);
	}

	@Test
	void theSameReportUploadedSeveralTimesAtOnceIsKeptOnceAndTheRestAreToldWhichVersionItIs() throws Exception {
		long review = newReview();
		byte[] pdf = TestPdfs.report(3);
		List<MockHttpServletResponse> responses = race((i) -> upload(review, pdf, "report " + i + ".pdf"));
		assertOneCreatedRestRefused(responses, "This file is already version 1 of the report");
		assertThat(versionsOf(review)).isEqualTo(1);

		// a slower duplicate is told the same
		MockHttpServletResponse slower = this.mvc.perform(upload(review, pdf, "again.pdf")).andReturn().getResponse();
		assertRefused(slower, "This file is already version 1 of the report");
		assertThat(versionsOf(review)).isEqualTo(1);
	}

	@Test
	void differentReportsUploadedAtOnceAreAllKeptWithTheirOwnNumbers() throws Exception {
		long review = newReview();
		List<byte[]> reports = new ArrayList<>();
		for (int i = 1; i <= N; i++) {
			reports.add(TestPdfs.report(i));
		}
		List<MockHttpServletResponse> responses = race(
				(i) -> upload(review, reports.get(i), "report with " + (i + 1) + " pages.pdf"));
		assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsOnly(302);
		assertThat(this.jdbc.queryForList(
				"select version_number from report_version where review_id = ? order by version_number", Integer.class,
				review))
			.containsExactly(1, 2, 3, 4, 5, 6);
	}

	// -- the races

	/** Fires N requests at the same moment and returns their responses. */
	private List<MockHttpServletResponse> race(IntFunction<RequestBuilder> request) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(N);
		List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
		try {
			for (int i = 0; i < N; i++) {
				RequestBuilder builder = request.apply(i);
				futures.add(pool.submit(() -> {
					start.await();
					return this.mvc.perform(builder).andReturn().getResponse();
				}));
			}
			start.countDown();
			List<MockHttpServletResponse> responses = new ArrayList<>();
			for (Future<MockHttpServletResponse> future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Runs {@code request} while another transaction has inserted the same value and not
	 * yet committed: the request's own check sees nothing, its insert waits on the unique
	 * key, and fails once the other commits.
	 */
	private MockHttpServletResponse whileAnotherInsertIsOpen(Runnable competingInsert, String waitingStatement,
			RequestBuilder request) throws Exception {
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<MockHttpServletResponse> response = new TransactionTemplate(this.transactions).execute((tx) -> {
				competingInsert.run();
				Future<MockHttpServletResponse> pending = pool
					.submit(() -> this.mvc.perform(request).andReturn().getResponse());
				awaitWaiting(waitingStatement);
				return pending;
			});
			return response.get();
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void awaitWaiting(String statement) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			// inside a transaction PostgreSQL keeps one snapshot of the activity view
			this.jdbc.execute("select pg_stat_clear_snapshot()");
			Integer waiting = this.jdbc.queryForObject(
					"select count(*) from pg_stat_activity " + "where wait_event_type = 'Lock' and query ilike ?",
					Integer.class, statement + "%");
			if (waiting != null && waiting > 0) {
				return;
			}
			Thread.onSpinWait();
		}
		throw new AssertionError("The request never reached the insert (" + statement + ")");
	}

	// -- what the people send

	private MockHttpServletRequestBuilder scheduleMeeting(LocalDate date) {
		return post("/meetings/new").with(csrf())
			.with(user(this.secretariat))
			.param("date.day", String.valueOf(date.getDayOfMonth()))
			.param("date.month", String.valueOf(date.getMonthValue()))
			.param("date.year", String.valueOf(date.getYear()));
	}

	private MockHttpServletRequestBuilder registerReview(String reference, SignedInUser by) {
		MockHttpServletRequestBuilder request = post("/reviews/new").with(csrf()).with(user(by));
		Map.of("reference", reference, "victimPseudonyms", "Grace", "death.month", "2", "death.year", "2026", "type",
				"HOMICIDE", "chairName", "Ruth Adams", "notifiedOn.day", "9", "notifiedOn.month", "2",
				"notifiedOn.year", "2026")
			.forEach(request::param);
		return request;
	}

	private RequestBuilder upload(long review, byte[] pdf, String filename) {
		return multipart("/reviews/" + review + "/reports")
			.file(new MockMultipartFile("file", filename, "application/pdf", pdf))
			.with(csrf())
			.with(user(this.kent));
	}

	// -- what must hold

	private static void assertOneCreatedRestRefused(List<MockHttpServletResponse> responses, String message)
			throws Exception {
		assertThat(responses).extracting(MockHttpServletResponse::getStatus).allMatch((status) -> status < 500);
		assertThat(responses).filteredOn((response) -> response.getStatus() == 302).hasSize(1);
		for (MockHttpServletResponse response : responses) {
			if (response.getStatus() != 302) {
				assertRefused(response, message);
			}
		}
	}

	private static void assertRefused(MockHttpServletResponse response, String message) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		Pages.assertErrors(page, message);
		assertThat(page.select(".govuk-error-message").eachText()).anyMatch((inline) -> inline.contains(message));
	}

	private long newReview() {
		return this.fixtures.reviews.register(this.kent.cspId(), Fixtures.unique("KM-RACE"), "Iris",
				LocalDate.of(2024, 3, 1), this.kent);
	}

	private LocalDate unusedDate() {
		while (true) {
			LocalDate date = LocalDate.of(2031, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
			if (meetingsOn(date) == 0) {
				return date;
			}
		}
	}

	private int meetingsOn(LocalDate date) {
		return this.jdbc.queryForObject("select count(*) from panel_meeting where meeting_date = ?", Integer.class,
				date);
	}

	private int reviewsWith(String reference) {
		return this.jdbc.queryForObject("select count(*) from review where lower(reference) = lower(?)", Integer.class,
				reference);
	}

	private int versionsOf(long review) {
		return this.jdbc.queryForObject("select count(*) from report_version where review_id = ?", Integer.class,
				review);
	}

}
