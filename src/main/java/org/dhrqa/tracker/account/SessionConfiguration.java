package org.dhrqa.tracker.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.security.web.session.SimpleRedirectSessionInformationExpiredStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Sessions are kept in PostgreSQL by Spring Session JDBC (tables from V82), so a
 * restarted JVM or a second app node keeps people signed in, and ending a person's
 * sessions (an administrator disables them or changes their role) reaches every node.
 * <p>
 * A session ends after {@code dhr.session.idle-timeout} without a request. What happens
 * to the next request is decided here, beside {@link SecurityConfiguration} rather than
 * in it: Spring Security applies these {@code Customizer} beans to the filter chain
 * before that class's own settings, so their entry points and handlers are asked first.
 * <ul>
 * <li>a page asked for with a session that has ended goes to sign-in with "You were
 * signed out after 30 minutes without activity" (also a form posted after the end, which
 * would otherwise fail its CSRF check with a bare 403), and comes back after sign-in;
 * <li>{@code /api/**} never gets a page: 401, whether the session idled out or was ended.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	static final String SIGNED_OUT_IDLE_URL = "/login?timeout";

	static final String ENDED_URL = "/login?expired";

	private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

	/** The browser sent a session id that no longer names a session: it idled out. */
	private static final RequestMatcher SESSION_ENDED = (request) -> request.getRequestedSessionId() != null
			&& !request.isRequestedSessionIdValid();

	@Bean
	SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	@Bean
	Customizer<ExceptionHandlingConfigurer<HttpSecurity>> afterAnIdleSessionEnds() {
		RequestMatcher pageAfterIdle = (request) -> SESSION_ENDED.matches(request) && !API.matches(request);
		RequestMatcher apiAfterIdle = (request) -> SESSION_ENDED.matches(request) && API.matches(request);
		LoginUrlAuthenticationEntryPoint signInAgain = new LoginUrlAuthenticationEntryPoint(SIGNED_OUT_IDLE_URL);
		AccessDeniedHandler formAfterIdle = (request, response, denied) -> signInAgain.commence(request, response,
				null);
		AccessDeniedHandler apiUnauthorized = (request, response, denied) -> response
			.sendError(HttpServletResponse.SC_UNAUTHORIZED);
		return (exceptions) -> exceptions.defaultAuthenticationEntryPointFor(signInAgain, pageAfterIdle)
			.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), apiAfterIdle)
			.defaultAccessDeniedHandlerFor(formAfterIdle, pageAfterIdle)
			.defaultAccessDeniedHandlerFor(apiUnauthorized, apiAfterIdle);
	}

	@Bean
	Customizer<SessionManagementConfigurer<HttpSecurity>> apiGets401WhenItsSessionWasEnded() {
		SimpleRedirectSessionInformationExpiredStrategy page = new SimpleRedirectSessionInformationExpiredStrategy(
				ENDED_URL);
		SessionInformationExpiredStrategy strategy = (event) -> {
			HttpServletRequest request = event.getRequest();
			if (API.matches(request)) {
				event.getResponse().sendError(HttpServletResponse.SC_UNAUTHORIZED);
			}
			else {
				page.onExpiredSessionDetected(event);
			}
		};
		return (sessions) -> sessions.maximumSessions(-1).expiredSessionStrategy(strategy);
	}

}
