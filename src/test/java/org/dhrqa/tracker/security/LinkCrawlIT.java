package org.dhrqa.tracker.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.dhrqa.tracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * No dead ends: each demo account follows every link it is shown, from the home page
 * outwards, and none answers 403, 404 or a server error.
 */
@IntegrationTest
class LinkCrawlIT {

	/** Enough to reach every kind of page of the demo data, bounded for the build. */
	private static final int MAX_PAGES = 350;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest(name = "{0} follows every link it is shown")
	@ValueSource(strings = { "kent@example.org", "kent.manager@example.org", "devon@example.org",
			"secretariat@example.org", "manager@example.org", "admin@example.org" })
	void everyLinkShownLeadsSomewhere(String email) throws Exception {
		var person = this.users.loadUserByUsername(email);
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		Set<String> seen = new LinkedHashSet<>(queue);
		List<String> broken = new ArrayList<>();
		int visited = 0;
		while (!queue.isEmpty() && visited < MAX_PAGES) {
			String url = queue.removeFirst();
			visited++;
			MockHttpServletResponse response = this.mvc.perform(get(url).with(user(person))).andReturn().getResponse();
			int status = response.getStatus();
			if (status >= 400) {
				broken.add(status + " " + url);
				continue;
			}
			String next = (status >= 300) ? response.getRedirectedUrl() : null;
			if (next != null && internal(next) && seen.add(next)) {
				queue.addLast(next);
			}
			String type = response.getContentType();
			if (status == 200 && type != null && type.startsWith("text/html")) {
				Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
				for (Element link : page.select("a[href]")) {
					String href = link.attr("href");
					int hash = href.indexOf('#');
					href = (hash >= 0) ? href.substring(0, hash) : href;
					if (internal(href) && seen.add(href)) {
						queue.addLast(href);
					}
				}
			}
		}
		assertThat(broken).as(email + " was shown links that lead nowhere (visited " + visited + ")").isEmpty();
		assertThat(visited).as("pages visited").isGreaterThan(10);
	}

	private static boolean internal(String href) {
		return href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/logout");
	}

}
