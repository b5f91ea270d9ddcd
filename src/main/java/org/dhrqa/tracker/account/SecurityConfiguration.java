package org.dhrqa.tracker.account;

import java.time.Clock;
import java.util.List;

import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Two chains. The JSON API ({@code /api/**}) signs in with HTTP Basic on every call and
 * keeps no session. Pages sign in with the form and keep a session, which ends when the
 * account's holder or an administrator ends it ({@link SessionCutoffFilter}). Both check
 * passwords behind the {@link SignInGuard}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String[] OPEN = { "/login", "/accessibility", "/help", "/error", "/assets/**", "/govuk/**",
			"/css/**", "/js/**", "/favicon.ico", "/actuator/health", "/actuator/health/**" };

	/**
	 * No observation (span and timer) per security filter, authentication and
	 * authorisation: the service exports no traces and no endpoint shows those metrics,
	 * and wrapping each of the chain's filters cost 3-5 % of every request (issue 11).
	 * The request as a whole is still observed ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, List<RequestRules> moduleRules, Messages messages)
			throws Exception {
		ApiSignInEntryPoint entryPoint = new ApiSignInEntryPoint(messages);
		http.securityMatcher("/api/**").authorizeHttpRequests((requests) -> {
			moduleRules.forEach((rules) -> rules.apply(requests));
			requests.anyRequest().authenticated();
		})
			.httpBasic((basic) -> basic.authenticationEntryPoint(entryPoint)
				.authenticationDetailsSource((request) -> new SignInDetails(request, SignInChannel.BASIC)))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint))
			// every call carries its credentials: no session, no saved request, no cookie
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			// reading a letter to JSON keeps nothing and changes nothing, so API clients
			// post it without a token; every other form keeps its CSRF check
			.csrf((csrf) -> csrf.ignoringRequestMatchers(
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/letters/parse")));
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<RequestRules> moduleRules, SessionCutoff cutoff)
			throws Exception {
		http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers(OPEN).permitAll();
			moduleRules.forEach((rules) -> rules.apply(requests));
			requests.anyRequest().authenticated();
		})
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("username")
				.passwordParameter("password")
				.authenticationDetailsSource((request) -> new SignInDetails(request, SignInChannel.FORM))
				.failureHandler(new RememberUsernameOnFailure())
				.defaultSuccessUrl("/", false)
				.permitAll())
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"),
					PathPatternRequestMatcher.withDefaults().matcher("/**")))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.addFilterBefore(new SessionCutoffFilter(cutoff), AuthorizationFilter.class);
		headers(http);
		return http.build();
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers((headers) -> headers
			.contentSecurityPolicy((csp) -> csp
				.policyDirectives("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
						+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
	}

	/** Passwords are checked here, for both chains, behind the sign-in guard. */
	@Bean
	AuthenticationProvider guardedAuthenticationProvider(AccountUserDetailsService users,
			PasswordEncoder passwordEncoder, SignInGuard guard, SessionCutoff cutoff, Clock clock) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		return new GuardedAuthenticationProvider(passwords, guard, cutoff, clock);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
