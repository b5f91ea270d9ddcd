package org.dhrqa.tracker.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The application keeps sessions in PostgreSQL (Spring Session) and finds one by the
 * {@code SESSION} cookie a browser sends back; MockMvc tests hold "a session" as a
 * {@code MockHttpSession}. This makes each MockHttpSession the cookie jar of one browser:
 * the session cookie a response sets is kept in the MockHttpSession of its request and
 * sent with every later request that uses it, and a cookie the response expires
 * (sign-out) is forgotten. Nothing about the application is bypassed: the session itself
 * is the real one, in the database.
 */
public class SessionCookies implements MockMvcBuilderCustomizer {

	public static final String COOKIE = "SESSION";

	private static final String KEPT = SessionCookies.class.getName() + ".value";

	@Override
	public void customize(ConfigurableMockMvcBuilder<?> builder) {
		builder.defaultRequest(get("/").with((request) -> {
			HttpSession session = request.getSession(false);
			if (session != null && session.getAttribute(KEPT) instanceof String value
					&& !carries(request.getCookies())) {
				List<Cookie> cookies = new ArrayList<>(
						(request.getCookies() != null) ? Arrays.asList(request.getCookies()) : List.of());
				cookies.add(new Cookie(COOKIE, value));
				request.setCookies(cookies.toArray(Cookie[]::new));
			}
			return request;
		})).alwaysDo((result) -> {
			Cookie set = result.getResponse().getCookie(COOKIE);
			if (set == null) {
				return;
			}
			if (set.getMaxAge() == 0 || set.getValue() == null || set.getValue().isEmpty()) {
				// the application ended the session and told the browser to forget it
				if (result.getRequest().getSession(false) instanceof MockHttpSession session && !session.isInvalid()) {
					session.invalidate();
				}
			}
			else {
				result.getRequest().getSession(true).setAttribute(KEPT, set.getValue());
			}
		});
	}

	/** The session cookie this MockHttpSession holds, or null. */
	public static String of(HttpSession session) {
		return (session.getAttribute(KEPT) instanceof String value) ? value : null;
	}

	private static boolean carries(Cookie[] cookies) {
		return cookies != null && Arrays.stream(cookies).anyMatch((cookie) -> COOKIE.equals(cookie.getName()));
	}

}
