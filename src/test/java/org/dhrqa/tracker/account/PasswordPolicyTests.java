package org.dhrqa.tracker.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy;

	PasswordPolicyTests() throws Exception {
		this.policy = new PasswordPolicy();
	}

	@Test
	void acceptsALongUncommonPassphrase() {
		assertThat(this.policy.problem("copper kettle on a hill", "jo@example.org")).isNull();
	}

	@Test
	void refusesShortCommonRepetitiveAndEmailBasedPasswords() {
		assertThat(this.policy.problem("", "jo@example.org")).isEqualTo("password.required");
		assertThat(this.policy.problem("elevenchars", "jo@example.org")).isEqualTo("password.tooShort");
		assertThat(this.policy.problem("x".repeat(129), "jo@example.org")).isEqualTo("password.tooLong");
		assertThat(this.policy.problem("Password1234", "jo@example.org")).isEqualTo("password.common");
		assertThat(this.policy.problem("QWERTYUIOP123", "jo@example.org")).isEqualTo("password.common");
		assertThat(this.policy.problem("abababababab", "jo@example.org")).isEqualTo("password.common");
		assertThat(this.policy.problem("jo.williams@example.org", "Jo.Williams@example.org"))
			.isEqualTo("password.email");
		assertThat(this.policy.problem("jo.williams-2026!", "jo.williams@example.org")).isEqualTo("password.email");
	}

}
