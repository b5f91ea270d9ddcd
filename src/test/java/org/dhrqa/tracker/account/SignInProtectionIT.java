package org.dhrqa.tracker.account;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Wrong passwords slow down, then lock, an account (page and API alike) and an address;
 * the holder is emailed; administrators see it all; the API keeps no session and never
 * touches the account's version; ending sessions works. Time passes on the app's own
 * clock.
 */
@IntegrationTest
@Import(SignInProtectionIT.Time.class)
class SignInProtectionIT {

	static final String PASSWORD = "the right password";

	@TestConfiguration(proxyBeanMethods = false)
	static class Time {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(Clock.system(ZoneId.of("Europe/London")));
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MovableClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountUserDetailsService users;

	private static final AtomicInteger addresses = new AtomicInteger();

	private String newAccount(String role) {
		String email = "guard." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.jdbc.update("insert into app_user (email, name, role, password_hash) values (?, 'Sam Guard', ?, ?)", email,
				role, this.encoder.encode(PASSWORD));
		return email;
	}

	/** An address no other test signs in from. */
	private String newAddress() {
		// one address per call in the whole run: counts from other tests must never add
		// up
		int n = addresses.incrementAndGet();
		return "10." + (UUID.randomUUID().hashCode() & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private MvcResult signIn(String email, String password, String address, MockHttpSession session) throws Exception {
		return this.mvc
			.perform(post("/login").session(session)
				.param("username", email)
				.param("password", password)
				.with(csrf())
				.with(from(address)))
			.andReturn();
	}

	private String signInRedirect(String email, String password, String address) throws Exception {
		return signIn(email, password, address, new MockHttpSession()).getResponse().getRedirectedUrl();
	}

	private MockHttpServletResponse api(String email, String password, String address) throws Exception {
		return this.mvc.perform(get("/api/reviews").with(httpBasic(email, password)).with(from(address)))
			.andReturn()
			.getResponse();
	}

	private int outcomes(String email, SignInOutcome outcome) {
		return this.jdbc.queryForObject("select count(*) from sign_in_event where email = ? and outcome = ?",
				Integer.class, email, outcome.name());
	}

	@Test
	void wrongPasswordsOnThePageSlowDownThenLockTheAccountEvenForTheRightPasswordUntilTheLockEnds() throws Exception {
		String email = newAccount("MANAGER");
		String address = newAddress();
		assertThat(signInRedirect(email, "wrong 1", address)).isEqualTo("/login?error");
		assertThat(signInRedirect(email, "wrong 2", address)).isEqualTo("/login?error");
		assertThat(signInRedirect(email, "wrong 3", address)).isEqualTo("/login?error");
		// the third wrong password makes the next attempt wait a second, right or wrong
		assertThat(signInRedirect(email, PASSWORD, address)).isEqualTo("/login?error&wait=1");
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(signInRedirect(email, "wrong 4", address)).isEqualTo("/login?error");
		// ... and the fourth two seconds
		assertThat(signInRedirect(email, "wrong", address)).isEqualTo("/login?error&wait=2");
		for (int failure = 5; failure <= 9; failure++) {
			this.clock.advance(Duration.ofMinutes(1));
			assertThat(signInRedirect(email, "wrong " + failure, address)).isEqualTo("/login?error");
		}
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(signInRedirect(email, "wrong 10", address)).isEqualTo("/login?error&locked=15");
		// twenty wrong passwords in all: the rest, and the right one, are refused
		// unchecked
		for (int attempt = 11; attempt <= 20; attempt++) {
			this.clock.advance(Duration.ofSeconds(20));
			assertThat(signInRedirect(email, "wrong " + attempt, address)).startsWith("/login?error&locked=");
		}
		assertThat(signInRedirect(email, PASSWORD, address)).isEqualTo("/login?error&locked=12");
		assertThat(signInRedirect(email, PASSWORD, newAddress())).isEqualTo("/login?error&locked=12");

		MockHttpSession session = new MockHttpSession();
		signIn(email, PASSWORD, address, session);
		Document page = Pages
			.parse(this.mvc.perform(get("/login").param("error", "").param("locked", "12").session(session))
				.andExpect(status().isOk())
				.andReturn());
		Pages.assertErrors(page, "Too many wrong passwords. Try again in 12 minutes");
		assertThat(Pages.valueOf(page, "username")).isEqualTo(email);

		assertThat(outcomes(email, SignInOutcome.FAILED)).isEqualTo(9);
		assertThat(outcomes(email, SignInOutcome.ACCOUNT_LOCKED)).isEqualTo(1);
		assertThat(outcomes(email, SignInOutcome.REFUSED)).isEqualTo(15);
		assertThat(outcomes(email, SignInOutcome.SIGNED_IN)).isZero();

		// the lock runs out: the right password signs in, and the count starts again
		this.clock.advance(Duration.ofMinutes(12));
		assertThat(signInRedirect(email, PASSWORD, address)).isEqualTo("/");
		assertThat(signInRedirect(email, "wrong again", address)).isEqualTo("/login?error");
		assertThat(signInRedirect(email, PASSWORD, address)).isEqualTo("/");
		assertThat(outcomes(email, SignInOutcome.SIGNED_IN)).isEqualTo(2);
	}

	@Test
	void theHolderOfALockedAccountIsEmailedOnce() throws Exception {
		String email = newAccount("QA_SECRETARIAT");
		String address = newAddress();
		for (int failure = 1; failure <= 10; failure++) {
			this.clock.advance(Duration.ofMinutes(1));
			signInRedirect(email, "wrong " + failure, address);
		}
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(signInRedirect(email, "wrong 11", address)).startsWith("/login?error&locked=");
		List<String> bodies = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForList(
					"select subject || ' / ' || body from outbound_email where recipient = ?", String.class, email),
					(found) -> !found.isEmpty());
		assertThat(bodies).hasSize(1);
		assertThat(bodies.get(0)).contains("Your DHR QA Tracker account has been locked for a while")
			.contains("Dear Sam Guard")
			.contains("10 times in a row")
			.contains(address);
	}

	@Test
	void anUnknownEmailIsLockedJustLikeARealOneAndNobodyIsEmailed() throws Exception {
		String email = "nobody." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		String address = newAddress();
		for (int failure = 1; failure <= 9; failure++) {
			this.clock.advance(Duration.ofMinutes(1));
			assertThat(signInRedirect(email, "guess " + failure, address)).isEqualTo("/login?error");
		}
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(signInRedirect(email, "guess 10", address)).isEqualTo("/login?error&locked=15");
		assertThat(this.jdbc.queryForObject("select count(*) from outbound_email where recipient = ?", Integer.class,
				email))
			.isZero();
	}

	@Test
	void wrongPasswordsOnTheApiLockTheAccountWithA429AndAPlainSentence() throws Exception {
		String email = newAccount("MANAGER");
		String address = newAddress();
		assertThat(api(email, PASSWORD, address).getStatus()).isEqualTo(200);
		for (int failure = 1; failure <= 9; failure++) {
			this.clock.advance(Duration.ofMinutes(1));
			MockHttpServletResponse response = api(email, "wrong " + failure, address);
			assertThat(response.getStatus()).as("failure " + failure).isEqualTo(401);
			assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic");
		}
		MockHttpServletResponse tooSoon = api(email, PASSWORD, address);
		assertThat(tooSoon.getStatus()).isEqualTo(429);
		assertThat(tooSoon.getContentAsString())
			.contains("Too many wrong passwords. Wait 60 seconds before you try again");
		this.clock.advance(Duration.ofMinutes(1));
		MockHttpServletResponse locked = api(email, "wrong 10", address);
		assertThat(locked.getStatus()).isEqualTo(429);
		assertThat(locked.getHeader("Retry-After")).isEqualTo("900");
		assertThat(locked.getContentAsString())
			.isEqualTo("{\"error\":\"Too many wrong passwords. Try again in 15 minutes\"}");
		for (int attempt = 11; attempt <= 20; attempt++) {
			assertThat(api(email, "wrong " + attempt, address).getStatus()).isEqualTo(429);
		}
		assertThat(api(email, PASSWORD, address).getStatus()).isEqualTo(429);
		// the page refuses the same account: the lock is the account's, not the channel's
		assertThat(signInRedirect(email, PASSWORD, newAddress())).isEqualTo("/login?error&locked=15");
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(api(email, PASSWORD, address).getStatus()).isEqualTo(200);
	}

	@Test
	void oneAddressGuessingManyAccountsIsLockedForEveryAccount() throws Exception {
		String address = newAddress();
		String real = newAccount("MANAGER");
		for (int failure = 1; failure <= 49; failure++) {
			this.clock.advance(Duration.ofMinutes(1));
			String guessed = "spray" + failure + "." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
			assertThat(signInRedirect(guessed, "Summer2024!", address)).as("failure " + failure)
				.isEqualTo("/login?error");
		}
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(signInRedirect("spray50@example.org", "Summer2024!", address)).isEqualTo("/login?error&locked=15");
		assertThat(signInRedirect(real, PASSWORD, address)).isEqualTo("/login?error&locked=15");
		assertThat(api(real, PASSWORD, address).getStatus()).isEqualTo(429);
		// the same account from elsewhere is not affected
		assertThat(signInRedirect(real, PASSWORD, newAddress())).isEqualTo("/");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from sign_in_event where address = ? and outcome = 'ADDRESS_LOCKED'", Integer.class,
				address))
			.isEqualTo(1);
	}

	@Test
	void theApiKeepsNoSessionAndNeverChangesTheAccountsVersionEvenUnderConcurrentCalls() throws Exception {
		String email = newAccount("MANAGER");
		long versionBefore = version(email);
		MvcResult first = this.mvc
			.perform(get("/api/reviews").with(httpBasic(email, PASSWORD)).with(from(newAddress())))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(first.getRequest().getSession(false)).isNull();
		assertThat(first.getResponse().getHeader("Set-Cookie")).isNull();
		assertThat(first.getResponse().getCookie("JSESSIONID")).isNull();

		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				String address = newAddress();
				calls.add(() -> api(email, PASSWORD, address).getStatus());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> call : pool.invokeAll(calls)) {
				statuses.add(call.get());
			}
			assertThat(statuses).hasSize(40).containsOnly(200);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(version(email)).isEqualTo(versionBefore);
		assertThat(this.jdbc.queryForObject("select last_sign_in_at is not null from app_user where email = ?",
				Boolean.class, email))
			.isTrue();
		// an administrator's edit made before those calls is still current
		UserSummary account = this.accounts.find(id(email)).orElseThrow();
		assertThat(account.version()).isEqualTo(versionBefore);
	}

	@Test
	void signingInOnThePageDoesNotChangeTheAccountsVersionEither() throws Exception {
		String email = newAccount("MANAGER");
		long versionBefore = version(email);
		assertThat(signInRedirect(email, PASSWORD, newAddress())).isEqualTo("/");
		assertThat(version(email)).isEqualTo(versionBefore);
		assertThat(outcomes(email, SignInOutcome.SIGNED_IN)).isEqualTo(1);
	}

	@Test
	void changingThePasswordEndsThePersonsOtherSessionsButKeepsThisOne() throws Exception {
		String email = newAccount("MANAGER");
		MockHttpSession here = new MockHttpSession();
		MockHttpSession elsewhere = new MockHttpSession();
		assertThat(signIn(email, PASSWORD, newAddress(), here).getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(signIn(email, PASSWORD, newAddress(), elsewhere).getResponse().getRedirectedUrl()).isEqualTo("/");
		this.mvc.perform(get("/reviews").session(here)).andExpect(status().isOk());
		this.mvc.perform(get("/reviews").session(elsewhere)).andExpect(status().isOk());

		this.mvc
			.perform(post("/account/password").session(here)
				.with(csrf())
				.param("currentPassword", PASSWORD)
				.param("newPassword", "a brand new passphrase")
				.param("confirmPassword", "a brand new passphrase"))
			.andExpect(redirectedUrl("/"));

		this.mvc.perform(get("/reviews").session(here)).andExpect(status().isOk());
		this.mvc.perform(get("/reviews").session(elsewhere)).andExpect(redirectedUrl("/login?expired"));
		assertThat(elsewhere.isInvalid()).isTrue();
		this.mvc.perform(get("/reviews").session(here)).andExpect(status().isOk());
	}

	@Test
	void anApiPasswordAcceptedAMomentAgoIsNotAcceptedOnceItHasBeenChanged() throws Exception {
		String email = newAccount("MANAGER");
		String address = newAddress();
		assertThat(api(email, PASSWORD, address).getStatus()).isEqualTo(200);
		assertThat(api(email, PASSWORD, address).getStatus()).isEqualTo(200);
		// remembering the right password lets no other through
		assertThat(api(email, PASSWORD + "x", address).getStatus()).isEqualTo(401);
		SignedInUser admin = (SignedInUser) this.users.loadUserByUsername(DemoUsers.ADMIN);
		this.clock.advance(Duration.ofSeconds(1));
		this.mvc
			.perform(post("/admin/users/" + id(email) + "/password").with(csrf())
				.with(user(admin))
				.param("newPassword", "set by the administrator")
				.param("confirmPassword", "set by the administrator"))
			.andExpect(redirectedUrl("/admin/users/" + id(email)));
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(api(email, PASSWORD, address).getStatus()).isEqualTo(401);
		assertThat(api(email, "set by the administrator", address).getStatus()).isEqualTo(200);
		// and a disabled account is refused at once, remembered or not
		this.mvc.perform(post("/admin/users/" + id(email) + "/disable").with(csrf()).with(user(admin)))
			.andExpect(status().is3xxRedirection());
		assertThat(api(email, "set by the administrator", address).getStatus()).isEqualTo(401);
	}

	@Test
	void anAdministratorDisablingAnAccountOrSettingItsPasswordEndsItsSessions() throws Exception {
		String email = newAccount("MANAGER");
		MockHttpSession session = new MockHttpSession();
		signIn(email, PASSWORD, newAddress(), session);
		this.mvc.perform(get("/reviews").session(session)).andExpect(status().isOk());
		SignedInUser admin = (SignedInUser) this.users.loadUserByUsername(DemoUsers.ADMIN);
		Document mismatch = Pages.parse(
				this.mvc
					.perform(post("/admin/users/" + id(email) + "/password").with(csrf())
						.with(user(admin))
						.param("newPassword", "set by the administrator")
						.param("confirmPassword", "set by the administrator."))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertErrors(mismatch, "The passwords do not match. Type the new password again in both boxes");
		this.mvc.perform(get("/reviews").session(session)).andExpect(status().isOk());
		this.mvc
			.perform(post("/admin/users/" + id(email) + "/password").with(csrf())
				.with(user(admin))
				.param("newPassword", "set by the administrator")
				.param("confirmPassword", "set by the administrator"))
			.andExpect(redirectedUrl("/admin/users/" + id(email)));
		this.mvc.perform(get("/reviews").session(session)).andExpect(redirectedUrl("/login?expired"));

		MockHttpSession again = new MockHttpSession();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(signIn(email, "set by the administrator", newAddress(), again).getResponse().getRedirectedUrl())
			.isEqualTo("/");
		this.mvc.perform(get("/reviews").session(again)).andExpect(status().isOk());
		this.mvc.perform(post("/admin/users/" + id(email) + "/disable").with(csrf()).with(user(admin)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/reviews").session(again)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void administratorsSeeTheAuditPagedAndFilteredByEmailAndNobodyElseDoes() throws Exception {
		String email = newAccount("MANAGER");
		String address = newAddress();
		signInRedirect(email, "wrong", address);
		signInRedirect(email, PASSWORD, address);
		SignedInUser admin = (SignedInUser) this.users.loadUserByUsername(DemoUsers.ADMIN);
		Document page = Pages
			.parse(this.mvc.perform(get("/admin/sign-ins").param("email", email.toUpperCase()).with(user(admin)))
				.andExpect(status().isOk())
				.andReturn());
		assertThat(Pages.h1(page)).isEqualTo("Sign-ins");
		assertThat(page.select("tbody tr")).hasSize(2);
		assertThat(page.select("tbody tr").get(0).text()).contains(email)
			.contains("Sam Guard")
			.contains(address)
			.contains("Sign-in page")
			.contains("Signed in");
		assertThat(page.select("tbody tr").get(1).text()).contains("Wrong password");
		assertThat(page.select("a[href='/admin/users/" + id(email) + "']")).isNotEmpty();

		// more than a page of attempts in all: paged, 50 to a page
		for (int i = 0; i < 51; i++) {
			this.jdbc.update("insert into sign_in_event (at, email, address, channel, outcome) "
					+ "values (now() - interval '1 day', ?, ?, 'BASIC', 'FAILED')", email, address);
		}
		Document first = Pages.parse(this.mvc.perform(get("/admin/sign-ins").param("email", email).with(user(admin)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(first.select("tbody tr")).hasSize(50);
		assertThat(first.select(".govuk-pagination__next a").attr("href")).contains("page=2").contains("email=");
		Document second = Pages
			.parse(this.mvc.perform(get("/admin/sign-ins").param("email", email).param("page", "2").with(user(admin)))
				.andExpect(status().isOk())
				.andReturn());
		assertThat(second.select("tbody tr")).hasSize(3);

		Document tooLong = Pages
			.parse(this.mvc.perform(get("/admin/sign-ins").param("email", "x".repeat(400)).with(user(admin)))
				.andExpect(status().isOk())
				.andReturn());
		Pages.assertErrors(tooLong, "Must be 320 characters or fewer");

		for (String other : List.of(DemoUsers.KENT, DemoUsers.SECRETARIAT, DemoUsers.MANAGER)) {
			this.mvc.perform(get("/admin/sign-ins").with(user(this.users.loadUserByUsername(other))))
				.andExpect(status().isForbidden());
		}
	}

	private long version(String email) {
		return this.jdbc.queryForObject("select version from app_user where email = ?", Long.class, email);
	}

	private Long id(String email) {
		return this.jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
	}

}
