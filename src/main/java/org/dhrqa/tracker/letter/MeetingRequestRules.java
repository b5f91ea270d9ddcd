package org.dhrqa.tracker.letter;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.RequestRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Panel meetings, {@code /meetings/**}, are the Home Office's. */
@Component
class MeetingRequestRules implements RequestRules {

	@Override
	public void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/meetings/**").access(RequestRules.holds(Permission.SEE_MEETINGS));
	}

}
