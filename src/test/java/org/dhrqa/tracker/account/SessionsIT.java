package org.dhrqa.tracker.account;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;
import org.dhrqa.tracker.support.SessionCookies;
import org.dhrqa.tracker.support.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC): a request is signed in by its cookie
 * and the row it names, whatever the node or JVM; an idle session ends after the
 * configured time, then a page goes to sign-in with a message and the API answers 401.
 */
@IntegrationTest
class SessionsIT {

	private static final long THIRTY_ONE_MINUTES_MS = 31 * 60 * 1000L;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Autowired
	@Qualifier("springSessionTransactionOperations")
	TransactionOperations sessionTransactions;

	@Test
	void signingInWritesTheSessionToPostgreSQLWithTheIdleTimeoutAndItIsReadBack() throws Exception {
		String id = sessionId(signIn(DemoUsers.KENT_MANAGER));

		Map<String, Object> row = this.jdbc
			.queryForMap("select principal_name, max_inactive_interval, expiry_time - last_access_time as idle_ms "
					+ "from spring_session where session_id = ?", id);
		assertThat(row).containsEntry("principal_name", DemoUsers.KENT_MANAGER)
			.containsEntry("max_inactive_interval", 1800)
			.containsEntry("idle_ms", 1_800_000L);
		assertThat(
				this.jdbc.queryForList("select attribute_name from spring_session_attributes a join spring_session s "
						+ "on s.primary_id = a.session_primary_id where s.session_id = ?", String.class, id))
			.contains(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);

		// read back from the table by another route than the request: who is signed in
		Session stored = this.sessions.findByPrincipalName(DemoUsers.KENT_MANAGER).get(id);
		assertThat(stored).isNotNull();
		SecurityContext context = stored.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(((SignedInUser) context.getAuthentication().getPrincipal()).email())
			.isEqualTo(DemoUsers.KENT_MANAGER);
	}

	@Test
	void theCookieAloneSignsARequestInAndOnlyWhileTheRowExists() throws Exception {
		String cookie = SessionCookies.of(signIn(DemoUsers.KENT));

		// a request with nothing but the cookie: no server memory is involved
		this.mvc.perform(get("/reviews").cookie(new Cookie(SessionCookies.COOKIE, cookie))).andExpect(status().isOk());

		this.jdbc.update("delete from spring_session where session_id = ?", decode(cookie));
		this.mvc.perform(get("/reviews").cookie(new Cookie(SessionCookies.COOKIE, cookie)))
			.andExpect(redirectedUrl("/login?timeout"));
	}

	/**
	 * Spring Session saves a page's session when the response is committed and again at
	 * the end, and read the row back in between (spring-session issue 1731): a page now
	 * reads it once, and writes its last access when the stored one is older than a
	 * thirtieth of the idle timeout (here two minutes, of thirty).
	 */
	@Test
	void aPageReadsItsSessionRowOnce() throws Exception {
		String cookie = SessionCookies.of(signIn(DemoUsers.KENT));
		String id = decode(cookie);
		this.jdbc.update("update spring_session set last_access_time = last_access_time - 120000 where session_id = ?",
				id);
		long before = lastAccess(id);

		List<String> texts = StatementCounter
			.texts(() -> this.mvc.perform(get("/reviews").cookie(new Cookie(SessionCookies.COOKIE, cookie)))
				.andExpect(status().isOk()));

		assertThat(texts.stream().filter((sql) -> sql.startsWith("SELECT") && sql.contains("FROM SPRING_SESSION S")))
			.hasSize(1);
		assertThat(texts.stream().filter((sql) -> sql.matches("(?s)UPDATE SPRING_SESSION\\s+SET.*"))).hasSize(1);
		assertThat(lastAccess(id)).isGreaterThan(before);
		// and the next request still reads it from PostgreSQL: nothing is kept between
		// requests
		this.jdbc.update("delete from spring_session where session_id = ?", id);
		this.mvc.perform(get("/reviews").cookie(new Cookie(SessionCookies.COOKIE, cookie)))
			.andExpect(redirectedUrl("/login?timeout"));
	}

	/**
	 * A page viewed within a minute of the stored last access leaves the row alone; its
	 * warning counts down from the stored time. A form always writes.
	 */
	@Test
	void aPageSoonAfterTheStoredAccessLeavesItAndItsWarningCountsFromIt() throws Exception {
		String cookie = SessionCookies.of(signIn(DemoUsers.KENT));
		String id = decode(cookie);
		// the first page after sign-in makes the CSRF token, which is always written
		this.mvc.perform(get("/reviews").cookie(new Cookie(SessionCookies.COOKIE, cookie))).andExpect(status().isOk());
		this.jdbc.update("update spring_session set last_access_time = last_access_time - 40000, "
				+ "expiry_time = expiry_time - 40000 where session_id = ?", id);
		long before = lastAccess(id);

		List<String> texts = StatementCounter
			.texts(() -> this.mvc.perform(get("/reviews").cookie(new Cookie(SessionCookies.COOKIE, cookie)))
				.andExpect(status().isOk()));

		assertThat(texts).noneMatch((sql) -> sql.contains("SPRING_SESSION") && !sql.startsWith("SELECT"));
		assertThat(lastAccess(id)).isEqualTo(before);
		Document page = Pages.parse(this.mvc.perform(get("/reviews").cookie(new Cookie(SessionCookies.COOKIE, cookie)))
			.andExpect(status().isOk())
			.andReturn());
		Element dialog = page.getElementById("session-timeout");
		assertThat(Long.parseLong(dialog.attr("data-timeout-seconds"))).isBetween(1740L, 1760L);
		assertThat(dialog.attr("data-idle-seconds")).isEqualTo("1800");

		// a form (here: "Stay signed in") writes the access whatever its age
		this.mvc.perform(post("/account/session").cookie(new Cookie(SessionCookies.COOKIE, cookie)).with(csrf()))
			.andExpect(status().isNoContent());
		assertThat(lastAccess(id) - before).isGreaterThanOrEqualTo(40_000L);
	}

	/**
	 * An attribute a page view sets is written however recent the stored access: the
	 * first page after sign-in makes the session's CSRF token, and a form posted with it
	 * must find it in PostgreSQL. Only the last access may wait.
	 */
	@Test
	void theFirstPageAfterSignInWritesItsCsrfTokenAndTheFormWithItIsAccepted() throws Exception {
		String cookie = SessionCookies.of(signIn(DemoUsers.KENT));

		Document page = Pages.parse(this.mvc.perform(get("/reviews").cookie(new Cookie(SessionCookies.COOKIE, cookie)))
			.andExpect(status().isOk())
			.andReturn());
		String token = page.select("#session-timeout form[action=/account/session] input[name=_csrf]").attr("value");
		assertThat(token).isNotBlank();

		this.mvc
			.perform(post("/account/session").cookie(new Cookie(SessionCookies.COOKIE, cookie)).param("_csrf", token))
			.andExpect(status().isNoContent());
	}

	/**
	 * A read of the store is one SELECT and needs no transaction (a BEGIN and a COMMIT on
	 * every page); a write gets one of its own, whatever the caller is in.
	 */
	@Test
	void theStoreReadsWithoutATransactionAndWritesInItsOwn() {
		Boolean readInTransaction = SessionTransactions.reading(() -> this.sessionTransactions
			.execute((status) -> TransactionSynchronizationManager.isActualTransactionActive()));
		Boolean writeInTransaction = this.sessionTransactions.execute(
				(status) -> TransactionSynchronizationManager.isActualTransactionActive() && status.isNewTransaction());

		assertThat(readInTransaction).isFalse();
		assertThat(writeInTransaction).isTrue();
	}

	@Test
	void aPageAfterTheIdleTimeoutGoesToSignInSaysWhyAndComesBackAfterSignIn() throws Exception {
		MockHttpSession session = signIn(DemoUsers.DEVON);
		idleForThirtyOneMinutes(session);

		this.mvc.perform(get("/reviews").session(session)).andExpect(redirectedUrl("/login?timeout"));
		Document page = Pages.parse(this.mvc.perform(get("/login").param("timeout", "").session(session))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.select(".govuk-notification-banner__heading").text())
			.isEqualTo("You were signed out after 30 minutes without activity. Sign in again to continue.");

		// signing in again returns to the page asked for
		this.mvc
			.perform(post("/login").session(session)
				.param("username", DemoUsers.DEVON)
				.param("password", "demo-password")
				.with(csrf()))
			.andExpect(redirectedUrl("http://localhost/reviews?continue"));
	}

	@Test
	void aFormPostedAfterTheIdleTimeoutGoesToSignInNotToA403() throws Exception {
		MockHttpSession session = signIn(DemoUsers.DEVON);
		idleForThirtyOneMinutes(session);

		// the CSRF token went with the session: the post cannot carry a valid one
		this.mvc.perform(post("/account/password").session(session).param("_csrf", "from-the-ended-session"))
			.andExpect(redirectedUrl("/login?timeout"));
	}

	@Test
	void theApiAnswers401NotAPageWithoutASessionAndAfterTheIdleTimeout() throws Exception {
		this.mvc.perform(get("/api/reviews"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("Location"));

		// the API keeps no session: a page's session cookie does not sign it in, fresh or
		// idle
		MockHttpSession idle = signIn(DemoUsers.MANAGER);
		this.mvc.perform(get("/api/reviews").session(idle))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("Location"));
		idleForThirtyOneMinutes(idle);
		this.mvc.perform(get("/api/reviews").session(idle))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("Location"));
	}

	@Test
	void staySignedInRenewsTheSession() throws Exception {
		MockHttpSession session = signIn(DemoUsers.KENT);
		String id = sessionId(session);
		this.jdbc.update("update spring_session set last_access_time = last_access_time - 600000, "
				+ "expiry_time = expiry_time - 600000 where session_id = ?", id);
		long before = lastAccess(id);

		this.mvc.perform(post("/account/session").session(session).with(csrf())).andExpect(status().isNoContent());

		assertThat(lastAccess(id) - before).isGreaterThanOrEqualTo(600_000L);
	}

	/**
	 * Two tabs opened at once just after sign-in: each request reads the session without
	 * the CSRF token and adds it. The second save must not break the attribute table's
	 * key (that failed the page with a 500 under load).
	 */
	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void twoRequestsOfOneSessionAddingTheSameAttributeBothSave() {
		SessionRepository<Session> repository = (SessionRepository) this.sessions;
		Session created = repository.createSession();
		repository.save(created);
		Session firstTab = repository.findById(created.getId());
		Session secondTab = repository.findById(created.getId());

		firstTab.setAttribute("token", "first");
		repository.save(firstTab);
		secondTab.setAttribute("token", "second");
		repository.save(secondTab);

		assertThat(repository.findById(created.getId()).<String>getAttribute("token")).isEqualTo("second");
		repository.deleteById(created.getId());
	}

	@Test
	void everyPageOfASignedInPersonCarriesTheWarningAndItsTimes() throws Exception {
		Document home = Pages.parse(this.mvc.perform(get("/").session(signIn(DemoUsers.KENT))).andReturn());
		Element dialog = home.getElementById("session-timeout");
		assertThat(dialog).isNotNull();
		assertThat(dialog.tagName()).isEqualTo("dialog");
		// just signed in: the whole timeout is left, as stored a moment ago
		assertThat(Long.parseLong(dialog.attr("data-timeout-seconds"))).isBetween(1790L, 1800L);
		assertThat(dialog.attr("data-idle-seconds")).isEqualTo("1800");
		assertThat(dialog.attr("data-warning-seconds")).isEqualTo("300");
		assertThat(dialog.attr("data-in-minutes"))
			.isEqualTo("You will be signed out in {0} minutes. Anything you have not saved will be lost.");
		assertThat(dialog.getElementById("session-timeout-text").text())
			.startsWith("You will be signed out in 5 minutes.");
		assertThat(dialog.select("form[action=/account/session] button").text()).isEqualTo("Stay signed in");
		assertThat(dialog.select("form[action=/account/session] input[name=_csrf]")).hasSize(1);
		assertThat(home.select("script[src=/js/session-timeout.mjs]")).hasSize(1);

		Document login = Pages.parse(this.mvc.perform(get("/login")).andReturn());
		assertThat(login.getElementById("session-timeout")).isNull();
		assertThat(login.select("script[src=/js/session-timeout.mjs]")).isEmpty();
	}

	private MockHttpSession signIn(String email) throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc
			.perform(post("/login").session(session)
				.param("username", email)
				.param("password", "demo-password")
				.with(csrf()))
			.andExpect(redirectedUrl("/"));
		assertThat(SessionCookies.of(session)).isNotBlank();
		return session;
	}

	/**
	 * As if the person had done nothing for 31 minutes: the timestamps Spring Session
	 * keeps.
	 */
	private void idleForThirtyOneMinutes(MockHttpSession session) {
		int updated = this.jdbc
			.update("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ? "
					+ "where session_id = ?", THIRTY_ONE_MINUTES_MS, THIRTY_ONE_MINUTES_MS, sessionId(session));
		assertThat(updated).isEqualTo(1);
	}

	private long lastAccess(String id) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
				id);
	}

	private static String sessionId(MockHttpSession session) {
		return decode(SessionCookies.of(session));
	}

	private static String decode(String cookie) {
		return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
	}

}
