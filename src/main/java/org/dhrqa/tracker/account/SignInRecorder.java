package org.dhrqa.tracker.account;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps "last sign-in" on each account, for administrators reviewing who still uses the
 * service.
 */
@Component
class SignInRecorder {

	private final UserAccountRepository users;

	private final Clock clock;

	SignInRecorder(UserAccountRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
			this.users.findById(user.id()).ifPresent((account) -> account.signedIn(this.clock.instant()));
		}
	}

}
