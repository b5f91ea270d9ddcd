package org.dhrqa.tracker.account;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
 * <p>
 * HTTP Basic sends the password with every API call, and checking a bcrypt hash takes a
 * good part of a core for each: a call whose email and password were accepted in the last
 * minute is accepted again without the hash, as long as the account still counts
 * (enabled, and its sessions not ended since, which a password change does). Only a keyed
 * digest of the password is kept, in memory, with a key that lives as long as the
 * process.
 */
class GuardedAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInGuard guard;

	private final SessionCutoff cutoff;

	private final Clock clock;

	private final SecretKeySpec key;

	private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

	/** How long an accepted API password is remembered. */
	static final Duration REMEMBER_FOR = Duration.ofMinutes(1);

	private static final int MOST_REMEMBERED = 10_000;

	private record Remembered(Authentication result, Instant until) {

	}

	GuardedAuthenticationProvider(AuthenticationProvider passwords, SignInGuard guard, SessionCutoff cutoff,
			Clock clock) {
		this.passwords = passwords;
		this.guard = guard;
		this.cutoff = cutoff;
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
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
		String remembered = (channel == SignInChannel.BASIC) ? rememberKey(email, attempt.getCredentials()) : null;
		Authentication known = (remembered != null) ? stillGood(remembered) : null;
		if (known != null) {
			return known;
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
			if (remembered != null) {
				if (this.recent.size() >= MOST_REMEMBERED) {
					this.recent.clear();
				}
				this.recent.put(remembered, new Remembered(result, this.clock.instant().plus(REMEMBER_FOR)));
			}
		}
		return result;
	}

	private Authentication stillGood(String remembered) {
		Remembered entry = this.recent.get(remembered);
		if (entry == null) {
			return null;
		}
		if (entry.until().isBefore(this.clock.instant())
				|| !(entry.result().getPrincipal() instanceof SignedInUser user) || !this.cutoff.stillValid(user)) {
			this.recent.remove(remembered);
			return null;
		}
		return entry.result();
	}

	private String rememberKey(String email, Object credentials) {
		if (email == null || !(credentials instanceof String password)) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return email + ":" + HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			return null;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
