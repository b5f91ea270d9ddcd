package org.dhrqa.tracker.admin;

import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AdministrationIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetailsService;

	DemoUsers users;

	long kent;

	@BeforeEach
	void setUp() {
		this.users = new DemoUsers(this.userDetailsService);
		this.kent = this.jdbc.queryForObject("select id from csp where name like 'Kent%'", Long.class);
	}

	private MockHttpSession signIn(String email, String password) throws Exception {
		return (MockHttpSession) this.mvc
			.perform(post("/login").param("username", email).param("password", password).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession();
	}

	private long createUser(String email) throws Exception {
		String location = this.mvc
			.perform(post("/admin/users/new").with(csrf())
				.with(this.users.as(DemoUsers.ADMIN))
				.param("name", "Pat Newman")
				.param("email", email)
				.param("role", "CSP_STAFF")
				.param("csp", String.valueOf(this.kent))
				.param("password", "river otter lantern"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring("/admin/users/".length()));
	}

	@Test
	void anAdministratorAddsAPersonWhoCanThenSignIn() throws Exception {
		String email = "pat." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
		createUser(email);
		MockHttpSession session = signIn(email, "river otter lantern");
		assertThat(Pages.parse(this.mvc.perform(get("/reviews").session(session)).andReturn()).select("tbody").text())
			.contains("Salome")
			.doesNotContain("Ruth");
	}

	@Test
	void badAccountDetailsAreRefusedInWords() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(post("/admin/users/new").with(csrf())
						.with(this.users.as(DemoUsers.ADMIN))
						.param("name", "Someone")
						.param("email", "KENT@example.org")
						.param("role", "CSP_STAFF")
						.param("password", "short"))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertErrors(page, "An account with this email address already exists",
				"Select the CSP this person works for", "The password must be at least 12 characters");
		assertThat(Pages.valueOf(page, "name")).isEqualTo("Someone");
		assertThat(Pages.valueOf(page, "password")).isEmpty();
	}

	@Test
	void disablingAPersonEndsTheirSessionsAndStopsThemSigningIn() throws Exception {
		String email = "pat." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
		long id = createUser(email);
		MockHttpSession session = signIn(email, "river otter lantern");
		this.mvc.perform(get("/reviews").session(session)).andExpect(status().isOk());

		this.mvc.perform(post("/admin/users/" + id + "/disable").with(csrf()).with(this.users.as(DemoUsers.ADMIN)))
			.andExpect(redirectedUrl("/admin/users/" + id));

		this.mvc.perform(get("/reviews").session(session).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(post("/login").param("username", email).param("password", "river otter lantern").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		Document page = Pages
			.parse(this.mvc.perform(get("/admin/users/" + id).with(this.users.as(DemoUsers.ADMIN))).andReturn());
		assertThat(page.select(".app-timeline").text()).contains("Changed by Alex Morgan")
			.contains("Account: “active” → “disabled”");
	}

	@Test
	void anAdministratorCannotDisableThemselves() throws Exception {
		Long admin = this.jdbc.queryForObject("select id from app_user where email = 'admin@example.org'", Long.class);
		this.mvc.perform(post("/admin/users/" + admin + "/disable").with(csrf()).with(this.users.as(DemoUsers.ADMIN)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, admin))
			.isTrue();
	}

	@Test
	void changingARoleIsRecordedWithOldAndNewValues() throws Exception {
		String email = "pat." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
		long id = createUser(email);
		String version = this.jdbc.queryForObject("select version from app_user where id = ?", String.class, id);
		this.mvc
			.perform(post("/admin/users/" + id + "/edit").with(csrf())
				.with(this.users.as(DemoUsers.ADMIN))
				.param("name", "Pat Newman")
				.param("role", "QA_SECRETARIAT")
				.param("csp", String.valueOf(this.kent))
				.param("version", version))
			.andExpect(redirectedUrl("/admin/users/" + id));
		assertThat(this.jdbc.queryForMap("select role, csp_id from app_user where id = ?", id))
			.containsEntry("role", "QA_SECRETARIAT")
			.containsEntry("csp_id", null);
		String history = Pages
			.parse(this.mvc.perform(get("/admin/users/" + id).with(this.users.as(DemoUsers.ADMIN))).andReturn())
			.select(".app-timeline")
			.text();
		assertThat(history).contains("Role: “CSP staff” → “QA Panel secretariat”")
			.contains("CSP: “Kent & Medway Community Safety Partnership” removed");
	}

	@Test
	void cspsAreAddedAndCorrectedWithHistoryAndClearErrors() throws Exception {
		String name = "Test CSP " + UUID.randomUUID().toString().substring(0, 6);
		Document refused = Pages.parse(
				this.mvc
					.perform(post("/admin/csps/new").with(csrf())
						.with(this.users.as(DemoUsers.ADMIN))
						.param("name", name)
						.param("area", "")
						.param("postcode", "not a postcode")
						.param("contactEmail", "nobody"))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertErrors(refused, "Enter the area the CSP covers", "Enter a real postcode, for example ME14 1XQ",
				"Enter an email address in the correct format, like name@example.gov.uk");
		assertThat(Pages.valueOf(refused, "postcode")).isEqualTo("not a postcode");

		String location = this.mvc
			.perform(post("/admin/csps/new").with(csrf())
				.with(this.users.as(DemoUsers.ADMIN))
				.param("name", name)
				.param("area", "Testshire")
				.param("postcode", "me14 1xq"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/admin/csps/".length()));
		this.mvc
			.perform(post("/admin/csps/" + id + "/edit").with(csrf())
				.with(this.users.as(DemoUsers.ADMIN))
				.param("name", name)
				.param("area", "Testshire and Borders")
				.param("postcode", "ME14 1XQ")
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/csps/" + id));
		String history = Pages
			.parse(this.mvc.perform(get("/admin/csps/" + id).with(this.users.as(DemoUsers.ADMIN))).andReturn())
			.select(".app-timeline")
			.text();
		assertThat(history).contains("Area covered: “Testshire” → “Testshire and Borders”")
			.contains("Postcode: set to “ME14 1XQ”");
	}

}
