package org.dhrqa.tracker.account;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * On a database with no users (a new production install), {@code DHR_ADMIN_EMAIL} and
 * {@code DHR_ADMIN_PASSWORD} create the first administrator, who then creates everyone
 * else.
 */
@Component
@Order(100)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final String email;

	private final String password;

	FirstAdministrator(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock,
			@Value("${dhr.admin.email:}") String email, @Value("${dhr.admin.password:}") String password) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.email = email;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.count() > 0) {
			return;
		}
		if (!StringUtils.hasText(this.email) || !StringUtils.hasText(this.password)) {
			log.warn("No user accounts exist. Set DHR_ADMIN_EMAIL and DHR_ADMIN_PASSWORD to create the first "
					+ "administrator.");
			return;
		}
		this.users.save(new UserAccount(this.email, "Administrator", Role.ADMINISTRATOR, null,
				this.passwordEncoder.encode(this.password), this.clock.instant()));
		log.info("Created the first administrator account {}", this.email);
	}

}
