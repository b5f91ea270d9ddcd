package org.dhrqa.tracker.account;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	private final Clock clock;

	AccountUserDetailsService(UserAccountRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByEmail(username.trim())
			.map((account) -> account.toPrincipal(this.clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
