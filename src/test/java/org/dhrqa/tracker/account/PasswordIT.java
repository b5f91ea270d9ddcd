package org.dhrqa.tracker.account;

import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PasswordIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AccountUserDetailsService userDetails;

	private String newAccount() {
		String email = "pw." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.jdbc.update("insert into app_user (email, name, role, password_hash) values (?, 'Pat', 'MANAGER', ?)",
				email, this.encoder.encode("the first password"));
		return email;
	}

	private Document attempt(String email, String current, String next, String confirm) throws Exception {
		return Pages.parse(
				this.mvc
					.perform(post("/account/password").with(csrf())
						.with(user(this.userDetails.loadUserByUsername(email)))
						.param("currentPassword", current)
						.param("newPassword", next)
						.param("confirmPassword", confirm))
					.andExpect(status().isOk())
					.andReturn());
	}

	@Test
	void refusesWeakPasswordsInWords() throws Exception {
		String email = newAccount();
		Pages.assertErrors(attempt(email, "wrong", "a good long passphrase", "a good long passphrase"),
				"Your current password is not correct");
		Pages.assertErrors(attempt(email, "the first password", "short", "short"),
				"The password must be at least 12 characters");
		Pages.assertErrors(attempt(email, "the first password", "Password1234", "Password1234"),
				"This password is too common. Choose one that is harder to guess");
		Pages.assertErrors(attempt(email, "the first password", email + "!", email + "!"),
				"The password must not contain your email address");
		Document mismatch = attempt(email, "the first password", "a good long passphrase", "a good long passphrase.");
		Pages.assertErrors(mismatch, "The passwords do not match. Type the new password again in both boxes");
		Pages.assertInlineError(mismatch, "confirmPassword", "do not match");
	}

	@Test
	void changesThePasswordWhenItIsGood() throws Exception {
		String email = newAccount();
		this.mvc
			.perform(post("/account/password").with(csrf())
				.with(user(this.userDetails.loadUserByUsername(email)))
				.param("currentPassword", "the first password")
				.param("newPassword", "copper kettle on a hill")
				.param("confirmPassword", "copper kettle on a hill"))
			.andExpect(redirectedUrl("/"));
		this.mvc
			.perform(post("/login").param("username", email).param("password", "copper kettle on a hill").with(csrf()))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(post("/login").param("username", email).param("password", "the first password").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

}
