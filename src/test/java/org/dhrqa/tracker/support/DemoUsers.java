package org.dhrqa.tracker.support;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signs MockMvc requests in as a demo account, with the real principal the app builds.
 */
public final class DemoUsers {

	public static final String ADMIN = "admin@example.org";

	public static final String SECRETARIAT = "secretariat@example.org";

	public static final String MANAGER = "manager@example.org";

	public static final String KENT = "kent@example.org";

	public static final String KENT_MANAGER = "kent.manager@example.org";

	public static final String DEVON = "devon@example.org";

	private final UserDetailsService users;

	public DemoUsers(UserDetailsService users) {
		this.users = users;
	}

	public RequestPostProcessor as(String email) {
		return user(this.users.loadUserByUsername(email));
	}

}
