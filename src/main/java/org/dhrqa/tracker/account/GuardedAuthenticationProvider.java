package org.dhrqa.tracker.account;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks passwords (for the sign-in page and HTTP Basic alike) behind the
 * {@link SignInGuard}: an account or address that must wait is refused before its
 * password is even looked at, so a locked account stays locked with the right password.
 */
class GuardedAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInGuard guard;

	GuardedAuthenticationProvider(AuthenticationProvider passwords, SignInGuard guard) {
		this.passwords = passwords;
		this.guard = guard;
	}

	@Override
	public Authentication authenticate(Authentication attempt) throws AuthenticationException {
		String email = SignInGuard.emailKey(attempt.getName());
		SignInDetails details = (attempt.getDetails() instanceof SignInDetails given) ? given : null;
		String address = SignInGuard.addressKey((details != null) ? details.getRemoteAddress() : null);
		SignInChannel channel = (details != null) ? details.channel() : SignInChannel.FORM;
		SignInGuard.Check check = this.guard.check(email, address, channel);
		if (check.refusal() != null) {
			throw check.refusal();
		}
		Authentication result;
		try {
			result = this.passwords.authenticate(attempt);
		}
		catch (BadCredentialsException | AccountStatusException ex) {
			SignInRefusedException lock = this.guard.failed(email, address, channel);
			throw (lock != null) ? lock : ex;
		}
		if (result != null && result.getPrincipal() instanceof SignedInUser user) {
			this.guard.succeeded(user, email, address, channel, check.accountCounted());
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
