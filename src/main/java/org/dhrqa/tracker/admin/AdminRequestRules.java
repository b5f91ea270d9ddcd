package org.dhrqa.tracker.admin;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.RequestRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The administration area, {@code /admin/**}, is for administrators only. */
@Component
class AdminRequestRules implements RequestRules {

	@Override
	public void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/admin/**").access(RequestRules.holds(Permission.ADMINISTER));
	}

}
