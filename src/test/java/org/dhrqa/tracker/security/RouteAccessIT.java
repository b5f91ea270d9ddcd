package org.dhrqa.tracker.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.actionplan.PlanFixtures;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.TestPdfs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.dhrqa.tracker.account.Permission.ACT_ON_PUBLICATION;
import static org.dhrqa.tracker.account.Permission.ADMINISTER;
import static org.dhrqa.tracker.account.Permission.ALLOCATE_ITEMS;
import static org.dhrqa.tracker.account.Permission.COMMENT_ON_ITEMS;
import static org.dhrqa.tracker.account.Permission.CORRECT_STAGE;
import static org.dhrqa.tracker.account.Permission.DECIDE_ITEMS;
import static org.dhrqa.tracker.account.Permission.DRAFT_LETTERS;
import static org.dhrqa.tracker.account.Permission.EDIT_FACTS;
import static org.dhrqa.tracker.account.Permission.IMPORT_BACK_CATALOGUE;
import static org.dhrqa.tracker.account.Permission.IMPORT_LETTERS;
import static org.dhrqa.tracker.account.Permission.KEEP_ACTION_PLAN;
import static org.dhrqa.tracker.account.Permission.OVERRIDE_READINESS;
import static org.dhrqa.tracker.account.Permission.RECORD_STAGE;
import static org.dhrqa.tracker.account.Permission.REGISTER_REVIEW;
import static org.dhrqa.tracker.account.Permission.SEE_DASHBOARD;
import static org.dhrqa.tracker.account.Permission.SEE_MEETINGS;
import static org.dhrqa.tracker.account.Permission.SEE_REVIEW;
import static org.dhrqa.tracker.account.Permission.UPLOAD_REPORTS;
import static org.dhrqa.tracker.account.Permission.WORK_ON_ITEMS;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route the application has, taken from its own handler mappings so a new route
 * cannot be forgotten, tried by every demo account and signed out, GET and POST, with the
 * ids of one CSP's (Kent's) objects: another CSP's person gets 404, a person without the
 * permission 403, a signed-out person the sign-in page, and everyone else no refusal and
 * no server error. A route with no expectation below fails the test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessIT {

	private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)(:[^}]*)?}");

	/**
	 * Who may use a route: nobody needs to sign in, anyone signed in, or a permission.
	 */
	record Rule(boolean isOpen, Set<Permission> anyOf, boolean kentScoped, boolean draft, String owner) {

		static Rule anyone() {
			return new Rule(true, Set.of(), false, false, null);
		}

		static Rule signedIn() {
			return new Rule(false, Set.of(), false, false, null);
		}

		/** Needs the permission for Kent's records: Devon's people get 404. */
		static Rule kent(Permission first, Permission... more) {
			return new Rule(false, EnumSet.of(first, more), true, false, null);
		}

		/** A draft letter: not even Kent's own people know it exists. */
		static Rule draft(Permission permission) {
			return new Rule(false, EnumSet.of(permission), true, true, null);
		}

		/** Needs the permission, whatever the CSP (no CSP's record in the path). */
		static Rule global(Permission permission) {
			return new Rule(false, EnumSet.of(permission), false, false, null);
		}

		/**
		 * One person's own record (a notification): everyone else gets 404, whatever
		 * their role.
		 */
		static Rule ownedBy(String email) {
			return new Rule(false, Set.of(), false, false, email);
		}

	}

	private static final Map<String, Rule> RULES = new LinkedHashMap<>();

	static {
		RULES.put("GET /login", Rule.anyone());
		RULES.put("GET /accessibility", Rule.anyone());
		RULES.put("GET /help", Rule.anyone());
		RULES.put("GET /govuk/govuk-frontend.min.css", Rule.anyone());
		RULES.put("GET /", Rule.signedIn());
		RULES.put("GET /account/password", Rule.signedIn());
		RULES.put("POST /account/password", Rule.signedIn());
		RULES.put("POST /account/session", Rule.signedIn());
		RULES.put("GET /notifications", Rule.signedIn());
		RULES.put("POST /notifications/read", Rule.signedIn());
		RULES.put("GET /notifications/{id}", Rule.ownedBy(DemoUsers.KENT));
		RULES.put("POST /notifications/{id}/read", Rule.ownedBy(DemoUsers.KENT));
		RULES.put("GET /account/notifications", Rule.signedIn());
		RULES.put("POST /account/notifications", Rule.signedIn());
		RULES.put("GET /search", Rule.signedIn());
		RULES.put("GET /reviews", Rule.signedIn());
		RULES.put("GET /reviews/export.csv", Rule.signedIn());
		RULES.put("GET /items", Rule.signedIn());
		RULES.put("GET /api/reviews", Rule.signedIn());
		RULES.put("POST /items/accept", Rule.global(DECIDE_ITEMS));
		RULES.put("GET /items/unassigned", Rule.global(WORK_ON_ITEMS));
		RULES.put("POST /items/allocate", Rule.global(ALLOCATE_ITEMS));
		RULES.put("GET /reviews/new", Rule.global(REGISTER_REVIEW));
		RULES.put("POST /reviews/new", Rule.global(REGISTER_REVIEW));
		RULES.put("GET /dashboard", Rule.global(SEE_DASHBOARD));
		RULES.put("GET /dashboard.csv", Rule.global(SEE_DASHBOARD));
		// the review and what hangs off it
		RULES.put("GET /reviews/{id}", Rule.kent(SEE_REVIEW));
		RULES.put("GET /api/reviews/{id}", Rule.kent(SEE_REVIEW));
		RULES.put("GET /reviews/{id}/edit", Rule.kent(EDIT_FACTS));
		RULES.put("POST /reviews/{id}/edit", Rule.kent(EDIT_FACTS));
		RULES.put("GET /reviews/{id}/stage", Rule.kent(RECORD_STAGE, CORRECT_STAGE));
		RULES.put("POST /reviews/{id}/stage", Rule.kent(RECORD_STAGE, CORRECT_STAGE));
		RULES.put("GET /reviews/{id}/stage/correct", Rule.kent(CORRECT_STAGE));
		RULES.put("POST /reviews/{id}/stage/correct", Rule.kent(CORRECT_STAGE));
		RULES.put("GET /reviews/{id}/reports", Rule.kent(SEE_REVIEW));
		RULES.put("POST /reviews/{id}/reports", Rule.kent(UPLOAD_REPORTS));
		RULES.put("GET /reports/{versionId}/download", Rule.kent(SEE_REVIEW));
		RULES.put("GET /reports/{versionId}", Rule.kent(SEE_REVIEW));
		RULES.put("GET /reports/{versionId}/text-status", Rule.kent(SEE_REVIEW));
		RULES.put("POST /reports/{versionId}/final", Rule.kent(UPLOAD_REPORTS));
		RULES.put("GET /reviews/{id}/reports/compare", Rule.kent(SEE_REVIEW));
		// feedback items
		RULES.put("GET /reviews/{id}/items", Rule.kent(SEE_REVIEW));
		RULES.put("GET /reviews/{id}/matrix", Rule.kent(SEE_REVIEW));
		RULES.put("GET /reviews/{id}/matrix.csv", Rule.kent(SEE_REVIEW));
		RULES.put("GET /reviews/{id}/matrix.pdf", Rule.kent(SEE_REVIEW));
		RULES.put("GET /items/{id}", Rule.kent(SEE_REVIEW));
		RULES.put("POST /items/{id}/assign", Rule.kent(WORK_ON_ITEMS));
		RULES.put("POST /items/{id}/due", Rule.kent(WORK_ON_ITEMS));
		RULES.put("POST /items/{id}/respond", Rule.kent(WORK_ON_ITEMS));
		RULES.put("POST /items/{id}/comment", Rule.kent(COMMENT_ON_ITEMS));
		RULES.put("POST /items/{id}/accept", Rule.kent(DECIDE_ITEMS));
		RULES.put("POST /items/{id}/return", Rule.kent(DECIDE_ITEMS));
		RULES.put("POST /reviews/{reviewId}/resubmit", Rule.kent(WORK_ON_ITEMS));
		// letters
		RULES.put("GET /letters/{id}", Rule.kent(SEE_REVIEW));
		RULES.put("GET /letters/{id}/preview", Rule.kent(SEE_REVIEW));
		RULES.put("GET /letters/{id}/letter.pdf", Rule.kent(SEE_REVIEW));
		RULES.put("GET /letters/{id}/correct", Rule.kent(DRAFT_LETTERS));
		RULES.put("POST /letters/{id}/correct", Rule.kent(DRAFT_LETTERS));
		RULES.put("GET /letters/{id}/edit", Rule.draft(DRAFT_LETTERS));
		RULES.put("GET /letters/{id}/discard", Rule.draft(DRAFT_LETTERS));
		RULES.put("POST /letters/{id}/discard", Rule.draft(DRAFT_LETTERS));
		RULES.put("POST /letters/{id}/edit", Rule.draft(DRAFT_LETTERS));
		RULES.put("GET /letters/{id}/issue", Rule.draft(DRAFT_LETTERS));
		RULES.put("POST /letters/{id}/issue", Rule.draft(DRAFT_LETTERS));
		RULES.put("POST /letters/{id}/strengths", Rule.draft(DRAFT_LETTERS));
		RULES.put("GET /letters/{id}/strengths/{strengthId}/edit", Rule.draft(DRAFT_LETTERS));
		RULES.put("POST /letters/{id}/strengths/{strengthId}/edit", Rule.draft(DRAFT_LETTERS));
		RULES.put("POST /letters/{id}/strengths/{strengthId}/move", Rule.draft(DRAFT_LETTERS));
		RULES.put("POST /letters/{id}/strengths/{strengthId}/remove", Rule.draft(DRAFT_LETTERS));
		RULES.put("POST /letters/{id}/items", Rule.draft(DRAFT_LETTERS));
		RULES.put("GET /letters/{id}/items/{itemId}/edit", Rule.draft(DRAFT_LETTERS));
		RULES.put("POST /letters/{id}/items/{itemId}/edit", Rule.draft(DRAFT_LETTERS));
		RULES.put("POST /letters/{id}/items/{itemId}/move", Rule.draft(DRAFT_LETTERS));
		RULES.put("POST /letters/{id}/items/{itemId}/remove", Rule.draft(DRAFT_LETTERS));
		// letters received outside the service
		RULES.put("GET /letter-imports", Rule.global(IMPORT_LETTERS));
		RULES.put("GET /letter-imports/new", Rule.global(IMPORT_LETTERS));
		RULES.put("POST /letter-imports/upload", Rule.global(IMPORT_LETTERS));
		RULES.put("POST /letter-imports/paste", Rule.global(IMPORT_LETTERS));
		RULES.put("POST /api/letters/parse", Rule.global(IMPORT_LETTERS));
		RULES.put("GET /letter-imports/batch", Rule.global(IMPORT_BACK_CATALOGUE));
		RULES.put("POST /letter-imports/batch", Rule.global(IMPORT_BACK_CATALOGUE));
		RULES.put("GET /letter-imports/batches/{batchId}", Rule.global(IMPORT_BACK_CATALOGUE));
		RULES.put("GET /letter-imports/batches/{batchId}/progress", Rule.global(IMPORT_BACK_CATALOGUE));
		RULES.put("GET /letter-imports/{id}", Rule.kent(IMPORT_LETTERS));
		RULES.put("POST /letter-imports/{id}", Rule.kent(IMPORT_LETTERS));
		RULES.put("GET /letter-imports/{id}/review", Rule.kent(IMPORT_LETTERS));
		RULES.put("POST /letter-imports/{id}/review", Rule.kent(IMPORT_LETTERS));
		RULES.put("GET /letter-imports/{id}/confirm", Rule.kent(IMPORT_LETTERS));
		RULES.put("POST /letter-imports/{id}/confirm", Rule.kent(IMPORT_LETTERS));
		RULES.put("GET /letter-imports/{id}/original", Rule.kent(IMPORT_LETTERS));
		RULES.put("POST /letter-imports/{id}/discard", Rule.kent(IMPORT_LETTERS));
		// panel meetings: the Home Office's, no CSP's record
		RULES.put("GET /meetings", Rule.global(SEE_MEETINGS));
		RULES.put("GET /meetings/new", Rule.global(DRAFT_LETTERS));
		RULES.put("POST /meetings/new", Rule.global(DRAFT_LETTERS));
		RULES.put("GET /meetings/{id}", Rule.global(SEE_MEETINGS));
		RULES.put("GET /meetings/{id}/delete", Rule.global(DRAFT_LETTERS));
		RULES.put("POST /meetings/{id}/delete", Rule.global(DRAFT_LETTERS));
		RULES.put("POST /meetings/{id}/reviews", Rule.global(DRAFT_LETTERS));
		RULES.put("POST /meetings/{id}/reviews/{reviewId}/letter", Rule.global(DRAFT_LETTERS));
		// action plans
		RULES.put("GET /reviews/{id}/action-plan", Rule.kent(SEE_REVIEW));
		RULES.put("GET /reviews/{id}/action-plan.csv", Rule.kent(SEE_REVIEW));
		RULES.put("GET /reviews/{id}/action-plan.xlsx", Rule.kent(SEE_REVIEW));
		RULES.put("GET /reviews/{id}/action-plan/annex", Rule.kent(SEE_REVIEW));
		RULES.put("GET /reviews/{id}/action-plan/annex.pdf", Rule.kent(SEE_REVIEW));
		RULES.put("GET /reviews/{id}/action-plan/import", Rule.kent(KEEP_ACTION_PLAN));
		RULES.put("POST /reviews/{id}/action-plan/import", Rule.kent(KEEP_ACTION_PLAN));
		RULES.put("POST /reviews/{id}/action-plan/import/confirm", Rule.kent(KEEP_ACTION_PLAN));
		RULES.put("GET /reviews/{id}/action-plan/recommendations/new", Rule.kent(KEEP_ACTION_PLAN));
		RULES.put("POST /reviews/{id}/action-plan/recommendations", Rule.kent(KEEP_ACTION_PLAN));
		RULES.put("GET /recommendations/{id}/edit", Rule.kent(KEEP_ACTION_PLAN));
		RULES.put("POST /recommendations/{id}/edit", Rule.kent(KEEP_ACTION_PLAN));
		RULES.put("GET /recommendations/{id}/actions/new", Rule.kent(KEEP_ACTION_PLAN));
		RULES.put("POST /recommendations/{id}/actions/new", Rule.kent(KEEP_ACTION_PLAN));
		RULES.put("GET /actions/{id}", Rule.kent(SEE_REVIEW));
		RULES.put("GET /actions/{id}/edit", Rule.kent(KEEP_ACTION_PLAN));
		RULES.put("POST /actions/{id}/edit", Rule.kent(KEEP_ACTION_PLAN));
		RULES.put("POST /actions/{id}/updates", Rule.kent(KEEP_ACTION_PLAN));
		RULES.put("GET /actions/{id}/remove", Rule.kent(KEEP_ACTION_PLAN));
		RULES.put("POST /actions/{id}/remove", Rule.kent(KEEP_ACTION_PLAN));
		RULES.put("GET /recommendations/{id}/remove", Rule.kent(KEEP_ACTION_PLAN));
		RULES.put("POST /recommendations/{id}/remove", Rule.kent(KEEP_ACTION_PLAN));
		RULES.put("GET /reviews/{id}/action-plan/import/replace", Rule.kent(KEEP_ACTION_PLAN));
		RULES.put("POST /reviews/{id}/action-plan/import/replace", Rule.kent(KEEP_ACTION_PLAN));
		RULES.put("GET /reviews/{id}/action-plan/import/progress", Rule.kent(KEEP_ACTION_PLAN));
		RULES.put("GET /reviews/{id}/action-plan/history", Rule.kent(SEE_REVIEW));
		RULES.put("GET /reviews/{id}/action-plan/history/{snapshotId}.csv", Rule.kent(SEE_REVIEW));
		RULES.put("GET /action-plan/template.csv", Rule.signedIn());
		RULES.put("GET /action-plan/template.xlsx", Rule.signedIn());
		// publication
		RULES.put("GET /reviews/{id}/publication", Rule.kent(SEE_REVIEW));
		RULES.put("POST /reviews/{id}/publication/pack", Rule.kent(ACT_ON_PUBLICATION));
		RULES.put("POST /reviews/{id}/publication/override", Rule.kent(OVERRIDE_READINESS));
		RULES.put("GET /reviews/{id}/publication/{task}", Rule.kent(ACT_ON_PUBLICATION));
		RULES.put("POST /reviews/{id}/publication/{task}", Rule.kent(ACT_ON_PUBLICATION));
		RULES.put("GET /reviews/{id}/publication/{task}/undo", Rule.kent(ACT_ON_PUBLICATION));
		RULES.put("POST /reviews/{id}/publication/{task}/undo", Rule.kent(ACT_ON_PUBLICATION));
		RULES.put("GET /packs/{packId}/download", Rule.kent(SEE_REVIEW));
		// administration
		RULES.put("GET /admin/users", Rule.global(ADMINISTER));
		RULES.put("GET /admin/users/new", Rule.global(ADMINISTER));
		RULES.put("POST /admin/users/new", Rule.global(ADMINISTER));
		RULES.put("GET /admin/users/{id}", Rule.global(ADMINISTER));
		RULES.put("GET /admin/users/{id}/edit", Rule.global(ADMINISTER));
		RULES.put("POST /admin/users/{id}/edit", Rule.global(ADMINISTER));
		RULES.put("POST /admin/users/{id}/disable", Rule.global(ADMINISTER));
		RULES.put("POST /admin/users/{id}/enable", Rule.global(ADMINISTER));
		RULES.put("GET /admin/users/{id}/password", Rule.global(ADMINISTER));
		RULES.put("POST /admin/users/{id}/password", Rule.global(ADMINISTER));
		RULES.put("GET /admin/csps", Rule.global(ADMINISTER));
		RULES.put("GET /admin/csps/new", Rule.global(ADMINISTER));
		RULES.put("POST /admin/csps/new", Rule.global(ADMINISTER));
		RULES.put("GET /admin/csps/{id}", Rule.global(ADMINISTER));
		RULES.put("GET /admin/csps/{id}/edit", Rule.global(ADMINISTER));
		RULES.put("POST /admin/csps/{id}/edit", Rule.global(ADMINISTER));
		RULES.put("GET /admin/emails", Rule.global(ADMINISTER));
		RULES.put("GET /admin/sign-ins", Rule.global(ADMINISTER));
		RULES.put("GET /admin/letter-wording", Rule.global(ADMINISTER));
		RULES.put("GET /admin/letter-wording/{id}", Rule.global(ADMINISTER));
		RULES.put("POST /admin/letter-wording/{id}", Rule.global(ADMINISTER));
	}

	/** Framework routes that are not the service's own pages. */
	private static final Set<String> NOT_OURS = Set.of("GET /error", "POST /error");

	private static final List<String> PEOPLE = List.of(DemoUsers.KENT, DemoUsers.KENT_MANAGER, DemoUsers.DEVON,
			DemoUsers.SECRETARIAT, DemoUsers.MANAGER, DemoUsers.ADMIN);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private Fixtures fixtures;

	/** Path variable values by route prefix and variable name. */
	private final Map<String, String> ids = new LinkedHashMap<>();

	@BeforeAll
	void kentsRecords() throws IOException {
		this.fixtures = new Fixtures(this.context);
		SignedInUser kent = this.fixtures.user(DemoUsers.KENT);
		SignedInUser manager = this.fixtures.user(DemoUsers.KENT_MANAGER);
		SignedInUser secretariat = this.fixtures.user(DemoUsers.SECRETARIAT);
		LocalDate notified = LocalDate.of(2024, 1, 10);

		// a review with an issued letter, a final report, a plan with an update and a
		// pack
		Long review = this.fixtures.reviews.register(kent.cspId(), Fixtures.unique("KM-ROUTES"), "Iris", notified,
				kent);
		this.fixtures.reviews.submitToQa(review, LocalDate.of(2024, 6, 3), kent);
		Long letter = this.fixtures.letters.issued(review, LocalDate.of(2024, 7, 3),
				List.of("The front page needs the month of death.", "Name the agency that reviewed itself."),
				secretariat);
		Long item = this.fixtures.letters.view(letter, kent).items().get(0).id();
		Long version = this.fixtures.reports.upload(review, report(), true, kent).id();
		PlanFixtures.Made plan = this.fixtures.plans.recommendationWithUpdate(review, "1", LocalDate.of(2024, 9, 1),
				kent);
		Long removed = this.fixtures.plans.removedAction(review, kent);
		this.fixtures.publications.override(review, "Agreed with the panel by email.", manager);
		Long pack = this.fixtures.publications.pack(review, kent);

		// a review with a draft letter
		Long waiting = this.fixtures.reviews.register(kent.cspId(), Fixtures.unique("KM-ROUTES"), "June", notified,
				kent);
		this.fixtures.reviews.submitToQa(waiting, LocalDate.of(2024, 6, 3), kent);
		Long draft = this.fixtures.letters.draft(waiting, LocalDate.of(2024, 7, 10), List.of("Proofread the report."),
				secretariat);
		Long strength = this.fixtures.letters.strength(draft, "A thorough report.", secretariat);
		Long draftItem = this.fixtures.letters.view(draft, secretariat).items().get(0).id();
		Long meeting = this.fixtures.letters.view(draft, secretariat).meetingId();

		this.ids.put("/reviews/{reviewId}", review.toString());
		this.ids.put("/reviews/{id}", review.toString());
		this.ids.put("/api/reviews/{id}", review.toString());
		this.ids.put("/items/{id}", item.toString());
		this.ids.put("/letters/{id}", letter.toString());
		this.ids.put("/draft-letters/{id}", draft.toString());
		this.ids.put("{itemId}", draftItem.toString());
		this.ids.put("{strengthId}", strength.toString());
		this.ids.put("{task}", "sent-to-commissioner");
		this.ids.put("/reports/{versionId}", version.toString());
		this.ids.put("/recommendations/{id}", plan.recommendationId().toString());
		this.ids.put("/actions/{id}", plan.actionId().toString());
		this.ids.put("{snapshotId}", removed.toString());
		this.ids.put("/packs/{packId}", pack.toString());
		this.ids.put("/meetings/{id}", meeting.toString());
		this.ids.put("/notifications/{id}", kentsNotificationOf("/letters/" + letter, kent).toString());
		this.ids.put("/meetings/{id}/reviews/{reviewId}", waiting.toString());
		String salomeLetter = Files.readString(Path.of("src/test/resources/letters/salome-2024-08-07.txt"));
		this.ids.put("/letter-imports/{id}", this.fixtures.imports.pasted(salomeLetter, review, kent).toString());
		this.ids.put("{batchId}", this.fixtures.imports.batch(salomeLetter, secretariat).toString());
		this.ids.put("/admin/users/{id}", kent.id().toString());
		this.ids.put("/admin/csps/{id}", kent.cspId().toString());
		this.ids.put("/admin/letter-wording/{id}",
				this.jdbc.queryForObject("select min(id) from letter_template", Long.class).toString());
	}

	@Test
	void everyRouteHasAnExpectation() {
		Set<String> missing = new TreeSet<>();
		for (String route : routes()) {
			if (!RULES.containsKey(route) && !NOT_OURS.contains(route)) {
				missing.add(route);
			}
		}
		assertThat(missing).as("routes with no access expectation in RouteAccessIT").isEmpty();
	}

	@TestFactory
	Stream<DynamicTest> everyRouteForEveryoneAndNobody() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String route : routes()) {
			Rule rule = RULES.get(route);
			if (rule == null) {
				continue;
			}
			String method = route.substring(0, route.indexOf(' '));
			String path = route.substring(route.indexOf(' ') + 1);
			String url = fill(path, rule);
			tests.add(DynamicTest.dynamicTest(route + " signed out", () -> signedOut(method, url, rule)));
			for (String email : PEOPLE) {
				tests.add(DynamicTest.dynamicTest(route + " as " + email, () -> signedIn(method, url, rule, email)));
			}
		}
		return tests.stream();
	}

	private void signedOut(String method, String url, Rule rule) throws Exception {
		MockHttpServletResponse response = perform(method, url, null);
		if (rule.isOpen()) {
			assertThat(response.getStatus()).as(method + " " + url).isLessThan(400);
			return;
		}
		if (url.startsWith("/api/")) {
			assertThat(response.getStatus()).as(method + " " + url).isEqualTo(401);
			return;
		}
		assertThat(response.getStatus()).as(method + " " + url).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).as(method + " " + url).endsWith("/login");
	}

	private void signedIn(String method, String url, Rule rule, String email) throws Exception {
		SignedInUser person = this.fixtures.user(email);
		int status = perform(method, url, person).getStatus();
		String what = method + " " + url + " as " + email;
		if (rule.owner() != null) {
			if (rule.owner().equals(email)) {
				assertThat(status).as(what).isLessThan(500).isNotIn(401, 403, 404);
			}
			else {
				assertThat(status).as(what).isEqualTo(404);
			}
			return;
		}
		if (rule.isOpen() || rule.anyOf().isEmpty()) {
			assertThat(status).as(what).isLessThan(500).isNotIn(401, 403, 404);
			return;
		}
		boolean otherCsp = rule.kentScoped() && person.role().isCspScoped() && !email.startsWith("kent");
		boolean holds = rule.anyOf().stream().anyMatch(person::may);
		if (otherCsp || (rule.draft() && person.role().isCspScoped())) {
			assertThat(status).as(what).isEqualTo(404);
		}
		else if (!holds) {
			assertThat(status).as(what).isEqualTo(403);
		}
		else {
			assertThat(status).as(what).isLessThan(500).isNotIn(401, 403, 404);
		}
	}

	/**
	 * Runs the request in a transaction that is rolled back: allowed writes leave no
	 * trace.
	 */
	private MockHttpServletResponse perform(String method, String url, SignedInUser person) {
		return this.transactions.execute((status) -> {
			status.setRollbackOnly();
			MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), url);
			if ("POST".equals(method)) {
				request = request.with(csrf());
			}
			if (person != null) {
				request = request.with(user(person));
			}
			try {
				return this.mvc.perform(request).andReturn().getResponse();
			}
			catch (Exception ex) {
				throw new IllegalStateException(method + " " + url + " failed", ex);
			}
		});
	}

	/** Every route of the application as "METHOD /path/{variable}". */
	private Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				String plain = VARIABLE.matcher(pattern).replaceAll("{$1}");
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(method.name() + " " + plain);
				}
			}
		}
		return routes;
	}

	private String fill(String path, Rule rule) {
		String lookup = (rule.draft()) ? path.replaceFirst("^/letters/", "/draft-letters/") : path;
		Matcher variable = VARIABLE.matcher(lookup);
		StringBuilder url = new StringBuilder();
		while (variable.find()) {
			String prefix = lookup.substring(0, variable.start());
			String segment = prefix.substring(prefix.lastIndexOf('/', prefix.length() - 2));
			String value = this.ids.get(lookup.substring(0, variable.end()));
			if (value == null) {
				value = this.ids.get(segment + variable.group());
			}
			if (value == null) {
				value = this.ids.get(variable.group());
			}
			assertThat(value).as("an id for " + variable.group() + " in " + path).isNotNull();
			variable.appendReplacement(url, value);
		}
		variable.appendTail(url);
		return url.toString().replaceFirst("^/draft-letters/", "/letters/");
	}

	/**
	 * Hostile text in every field of every form: each POST route, as someone allowed to
	 * use it, with every String its form object binds (and every String request
	 * parameter) set to a value with a NUL byte, then to 1,000,000 characters, then to
	 * 20,000 (past every form's own limit, under the edge's). None may give a server
	 * error; a NUL in a form field must bring the form back with the field message (or a
	 * 400 for a request parameter), never be saved as something else.
	 */
	@TestFactory
	Stream<DynamicTest> hostileTextInEveryFieldOfEveryForm() {
		List<DynamicTest> tests = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				return;
			}
			for (String pattern : info.getPatternValues()) {
				String route = "POST " + VARIABLE.matcher(pattern).replaceAll("{$1}");
				Rule rule = RULES.get(route);
				if (rule == null || NOT_OURS.contains(route)) {
					continue;
				}
				List<String> fields = new ArrayList<>();
				List<String> params = new ArrayList<>();
				textFieldsOf(handler, fields, params);
				if (fields.isEmpty() && params.isEmpty()) {
					continue;
				}
				String url = fill(VARIABLE.matcher(pattern).replaceAll("{$1}"), rule);
				String email = allowed(rule);
				tests.add(DynamicTest.dynamicTest(route + " with a NUL byte in " + fields + params,
						() -> postNul(url, email, fields, params)));
				tests.add(DynamicTest.dynamicTest(route + " with 1,000,000 characters",
						() -> postLong(url, email, fields, params, 1_000_000)));
				tests.add(DynamicTest.dynamicTest(route + " with 20,000 characters",
						() -> postLong(url, email, fields, params, 20_000)));
			}
		});
		assertThat(tests).as("POST routes with text fields").hasSizeGreaterThan(90);
		return tests.stream();
	}

	private void postNul(String url, String email, List<String> fields, List<String> params) {
		for (String param : params) {
			MockHttpServletResponse response = post(url, email, Map.of(param, "a\u0000b")).getResponse();
			assertThat(response.getStatus()).as("POST " + url + " ?" + param + "=NUL").isEqualTo(400);
		}
		if (fields.isEmpty()) {
			return;
		}
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach((field) -> values.put(field, "a\u0000b"));
		MvcResult result = post(url, email, values);
		MockHttpServletResponse response = result.getResponse();
		String what = "POST " + url + " as " + email + " with a NUL byte in " + fields;
		if (response.getStatus() == 302) {
			// turned away before the form (nothing to confirm yet): never a success
			assertThat(result.getFlashMap().containsKey("flash")).as(what).isFalse();
			return;
		}
		assertThat(response.getStatus()).as(what).isEqualTo(200);
		assertThat(body(response)).as(what).contains("Remove the hidden control characters");
	}

	private void postLong(String url, String email, List<String> fields, List<String> params, int length) {
		String value = "x".repeat(length);
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach((field) -> values.put(field, value));
		params.forEach((param) -> values.put(param, value));
		MockHttpServletResponse response = post(url, email, values).getResponse();
		assertThat(response.getStatus()).as("POST " + url + " as " + email + " with " + length + " characters")
			.isLessThan(500);
	}

	private MvcResult post(String url, String email, Map<String, String> values) {
		SignedInUser person = this.fixtures.user(email);
		return this.transactions.execute((status) -> {
			status.setRollbackOnly();
			MockHttpServletRequestBuilder request = request(HttpMethod.POST, url).with(csrf()).with(user(person));
			for (Map.Entry<String, String> value : values.entrySet()) {
				request = request.param(value.getKey(), value.getValue());
			}
			try {
				return this.mvc.perform(request).andReturn();
			}
			catch (Exception ex) {
				throw new IllegalStateException("POST " + url + " failed", ex);
			}
		});
	}

	private static String body(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Someone who may use the route on Kent's records. */
	private String allowed(Rule rule) {
		if (rule.owner() != null) {
			return rule.owner();
		}
		if (rule.anyOf().isEmpty()) {
			return DemoUsers.KENT;
		}
		for (String email : List.of(DemoUsers.KENT, DemoUsers.KENT_MANAGER, DemoUsers.SECRETARIAT, DemoUsers.MANAGER,
				DemoUsers.ADMIN)) {
			SignedInUser person = this.fixtures.user(email);
			if (rule.draft() && person.role().isCspScoped()) {
				continue;
			}
			if (rule.anyOf().stream().anyMatch(person::may)) {
				return email;
			}
		}
		throw new IllegalStateException("nobody may use " + rule);
	}

	/**
	 * The request parameters a handler binds as text: the String properties of its form
	 * objects (nested ones and the first row of lists too), and its String request
	 * parameters.
	 */
	private static void textFieldsOf(org.springframework.web.method.HandlerMethod handler, List<String> fields,
			List<String> params) {
		for (org.springframework.core.MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			var requestParam = parameter
				.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
			if (requestParam != null && type == String.class) {
				params.add(requestParam.name().isEmpty()
						? requestParam.value().isEmpty() ? parameter.getParameterName() : requestParam.value()
						: requestParam.name());
			}
			if (parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.ModelAttribute.class)) {
				addTextProperties(type, "", fields, 0);
			}
		}
	}

	private static void addTextProperties(Class<?> type, String prefix, List<String> fields, int depth) {
		for (java.beans.PropertyDescriptor property : org.springframework.beans.BeanUtils
			.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() == null
					&& !java.util.Collection.class.isAssignableFrom(property.getPropertyType())) {
				continue;
			}
			String path = prefix + property.getName();
			Class<?> propertyType = property.getPropertyType();
			if (propertyType == String.class) {
				fields.add(path);
			}
			else if (java.util.List.class.isAssignableFrom(propertyType) && property.getReadMethod() != null) {
				Class<?> element = org.springframework.core.ResolvableType.forMethodReturnType(property.getReadMethod())
					.getGeneric(0)
					.resolve();
				if (element == String.class) {
					fields.add(path);
				}
				else if (element != null && depth < 2 && element.getName().startsWith("org.dhrqa")) {
					addTextProperties(element, path + "[0].", fields, depth + 1);
				}
			}
			else if (depth < 2 && propertyType.getName().startsWith("org.dhrqa") && !propertyType.isEnum()) {
				addTextProperties(propertyType, path + ".", fields, depth + 1);
			}
		}
	}

	/** The notification Kent is sent about the link, once the listener has run. */
	private Long kentsNotificationOf(String link, SignedInUser kent) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForList("select id from notification where user_id = ? and link = ?",
					Long.class, kent.id(), link), (found) -> !found.isEmpty())
			.get(0);
	}

	private static byte[] report() {
		try {
			return TestPdfs.report(3);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
