package org.dhrqa.tracker.account;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
			List<RequestRules> moduleRules) throws Exception {
		BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
		basic.setRealmName("DHR QA Tracker");
		http.authorizeHttpRequests((requests) -> {
			requests
				.requestMatchers("/login", "/accessibility", "/help", "/error", "/assets/**", "/govuk/**", "/css/**",
						"/js/**", "/favicon.ico", "/actuator/health", "/actuator/health/**")
				.permitAll();
			moduleRules.forEach((rules) -> rules.apply(requests));
			requests.anyRequest().authenticated();
		})
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("username")
				.passwordParameter("password")
				.failureHandler(new RememberUsernameOnFailure())
				.defaultSuccessUrl("/", false)
				.permitAll())
			.httpBasic((httpBasic) -> httpBasic.authenticationEntryPoint(basic))
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(basic, PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						PathPatternRequestMatcher.withDefaults().matcher("/**")))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId())
				.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?expired"))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp
					.policyDirectives("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
							+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
			// reading a letter to JSON keeps nothing and changes nothing, so API clients
			// post it
			// without a token; every other form keeps its CSRF check
			.csrf((csrf) -> csrf.ignoringRequestMatchers(
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/letters/parse")));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
