package org.dhrqa.tracker.account;

import java.util.Arrays;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sessions are kept in PostgreSQL by Spring Session JDBC (tables from V97), so a
 * restarted JVM or a second app node keeps people signed in; a session an administrator
 * or the holder ended is ended on every node by {@link SessionCutoff}, which is in the
 * database too.
 * <p>
 * A session also ends after {@code dhr.session.idle-timeout} without a request. What the
 * next page request gets is decided here, beside {@link SecurityConfiguration} rather
 * than in it: Spring Security applies this {@code Customizer} bean to each filter chain
 * before that class's own settings, so its entry point and handler are asked first. A
 * page asked for with a session that has ended goes to sign-in with "You were signed out
 * after 30 minutes without activity", and comes back after sign-in; so does a form posted
 * after the end, which would otherwise fail its CSRF check with a bare 403.
 * {@code /api/**} keeps no session at all and answers 401 (its own chain).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	static final String SIGNED_OUT_IDLE_URL = "/login?timeout";

	private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

	/**
	 * A page request whose browser sent a session cookie that no longer names a session:
	 * it idled out (a session ended on purpose is the cutoff's, and signing out clears
	 * the cookie). The cookie itself is asked for, not {@code getRequestedSessionId()},
	 * which falls back to the servlet container's own idea of a session.
	 */
	static RequestMatcher pageAfterIdle(String cookieName) {
		return (request) -> request.getCookies() != null
				&& Arrays.stream(request.getCookies()).anyMatch((cookie) -> cookieName.equals(cookie.getName()))
				&& !request.isRequestedSessionIdValid() && !API.matches(request);
	}

	/**
	 * Two requests of one session can each add the same attribute (two tabs opened at
	 * once after sign-in both create the CSRF token): the second plain INSERT would break
	 * the attribute table's key and fail its page. PostgreSQL's upsert keeps the later
	 * value instead.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/** The JDBC store, behind {@link SessionReadBack}. */
	@Bean
	static BeanPostProcessor sessionReadBack(ObjectProvider<SessionTimeout> timeout) {
		return new BeanPostProcessor() {

			@Override
			@SuppressWarnings({ "unchecked", "rawtypes" })
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcIndexedSessionRepository store) {
					return new SessionReadBack((FindByIndexNameSessionRepository) store,
							() -> timeout.getObject().quietFor());
				}
				return bean;
			}

		};
	}

	/**
	 * The store's transactions ({@link SessionTransactions}), by the name Spring Session
	 * asks for. Not a default candidate: Spring Boot's own {@code TransactionTemplate},
	 * which the rest of the app uses, is made only when no other
	 * {@code TransactionOperations} competes with it.
	 */
	@Bean(defaultCandidate = false)
	SessionTransactions springSessionTransactionOperations(PlatformTransactionManager transactionManager) {
		return new SessionTransactions(transactionManager);
	}

	@Bean
	FilterRegistrationBean<SessionReadBack.Scope> sessionReadBackScope() {
		FilterRegistrationBean<SessionReadBack.Scope> registration = new FilterRegistrationBean<>(
				new SessionReadBack.Scope());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	@Bean
	Customizer<ExceptionHandlingConfigurer<HttpSecurity>> signInAgainAfterAnIdleSession(
			@Value("${server.servlet.session.cookie.name:SESSION}") String cookieName) {
		RequestMatcher pageAfterIdle = pageAfterIdle(cookieName);
		LoginUrlAuthenticationEntryPoint signInAgain = new LoginUrlAuthenticationEntryPoint(SIGNED_OUT_IDLE_URL);
		// Spring Security uses a lone default handler for every request, whatever its
		// matcher: so this one asks the matcher itself and otherwise denies as usual
		// (403)
		AccessDeniedHandler denied = new AccessDeniedHandlerImpl();
		AccessDeniedHandler formAfterIdle = (request, response, exception) -> {
			if (pageAfterIdle.matches(request)) {
				signInAgain.commence(request, response, null);
			}
			else {
				denied.handle(request, response, exception);
			}
		};
		return (exceptions) -> exceptions.defaultAuthenticationEntryPointFor(signInAgain, pageAfterIdle)
			.defaultAccessDeniedHandlerFor(formAfterIdle, pageAfterIdle);
	}

}
