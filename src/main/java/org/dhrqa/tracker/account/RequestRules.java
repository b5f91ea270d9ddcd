package org.dhrqa.tracker.account;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * URL rules a module adds for its own area (for example {@code /admin/**}), applied
 * before the catch-all "signed in" rule. The rules repeat, at the door, a permission the
 * module's services enforce anyway.
 */
@FunctionalInterface
public interface RequestRules {

	void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

	/** Grants the request when the signed-in person holds the permission at all. */
	static AuthorizationManager<RequestAuthorizationContext> holds(Permission permission) {
		return (authentication, context) -> {
			Object principal = authentication.get().getPrincipal();
			return new AuthorizationDecision(principal instanceof SignedInUser user && user.may(permission));
		};
	}

}
