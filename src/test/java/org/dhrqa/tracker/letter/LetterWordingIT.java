package org.dhrqa.tracker.letter;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Administrators open and keep the standard wording new letters start from. */
@IntegrationTest
class LetterWordingIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void anAdministratorOpensAndSavesTheStandardWording() throws Exception {
		var admin = this.users.loadUserByUsername(DemoUsers.ADMIN);
		Document list = Pages.parse(this.mvc.perform(get("/admin/letter-wording").with(user(admin)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(list.select(".govuk-summary-list__key").eachText()).contains("Letterhead", "Opening paragraph");

		Map<String, Object> closing = this.jdbc
			.queryForMap("select id, body, version from letter_template where template_key = 'CLOSING'");
		String url = "/admin/letter-wording/" + closing.get("id");
		Document form = Pages
			.parse(this.mvc.perform(get(url).with(user(admin))).andExpect(status().isOk()).andReturn());
		assertThat(Pages.valueOf(form, "body")).isEqualTo(closing.get("body"));

		Document blank = Pages.parse(this.mvc
			.perform(post(url).with(csrf()).with(user(admin)).param("body", " ").param("version", version(closing)))
			.andExpect(status().isOk())
			.andReturn());
		Pages.assertErrors(blank, "Enter the wording");

		String changed = closing.get("body") + " Thank you again.";
		this.mvc
			.perform(post(url).with(csrf()).with(user(admin)).param("body", changed).param("version", version(closing)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select body from letter_template where id = ?", String.class,
				closing.get("id")))
			.isEqualTo(changed);

		// a stale form does not overwrite the newer wording
		Document stale = Pages.parse(this.mvc.perform(
				post(url).with(csrf()).with(user(admin)).param("body", "Old words").param("version", version(closing)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(stale.selectFirst(".govuk-error-summary")).isNotNull();

		Map<String, Object> now = this.jdbc.queryForMap("select body, version from letter_template where id = ?",
				closing.get("id"));
		this.mvc
			.perform(post(url).with(csrf())
				.with(user(admin))
				.param("body", closing.get("body").toString())
				.param("version", version(now)))
			.andExpect(status().is3xxRedirection());
	}

	private static String version(Map<String, Object> row) {
		return row.get("version").toString();
	}

}
