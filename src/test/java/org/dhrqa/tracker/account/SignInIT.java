package org.dhrqa.tracker.account;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignInIT {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "admin@example.org", "secretariat@example.org", "manager@example.org", "kent@example.org",
			"kent.manager@example.org", "devon@example.org" })
	void everyDemoAccountSignsIn(String email) throws Exception {
		this.mvc.perform(post("/login").param("username", email).param("password", "demo-password").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aWrongPasswordIsRefusedWithAMessageAndTheEmailKept() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc
			.perform(post("/login").session(session)
				.param("username", "kent@example.org")
				.param("password", "not-the-password")
				.with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		MvcResult result = this.mvc.perform(get("/login").param("error", "").session(session))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Pages.parse(result);
		Pages.assertErrors(page, "Enter a correct email address and password");
		Pages.assertInlineError(page, "username", "Enter a correct email address and password");
		assertThat(Pages.valueOf(page, "username")).isEqualTo("kent@example.org");
		assertThat(Pages.valueOf(page, "password")).isEmpty();
	}

	@Test
	void anUnknownEmailGetsTheSameMessage() throws Exception {
		this.mvc.perform(post("/login").param("username", "nobody@example.org").param("password", "x").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void signingInWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/login").param("username", "kent@example.org").param("password", "demo-password"))
			.andExpect(status().isForbidden());
	}

	@Test
	void pagesNeedSignInButHealthAndTheAccessibilityStatementDoNot() throws Exception {
		this.mvc.perform(get("/reviews")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/api/reviews")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/accessibility")).andExpect(status().isOk());
		String health = this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(health).contains("\"status\":\"UP\"");
	}

	@Test
	void signOutIsAPostThatEndsTheSession() throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc.perform(
				post("/login").param("username", "kent@example.org").param("password", "demo-password").with(csrf()))
			.andReturn()
			.getRequest()
			.getSession();
		this.mvc.perform(get("/reviews").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/logout").session(session)).andExpect(status().isNotFound());
		this.mvc.perform(post("/logout").session(session).with(csrf()).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/login?signedOut"));
		this.mvc.perform(get("/reviews").session(session)).andExpect(redirectedUrl("/login"));
	}

}
