package org.dhrqa.tracker.account;

import java.util.Arrays;
import java.util.List;

/** What a person does in the QA process; decides what they see (see docs/domain.md). */
public enum Role {

	CSP_STAFF(true), CSP_MANAGER(true), QA_SECRETARIAT(false), MANAGER(false), ADMINISTRATOR(false);

	private final boolean cspScoped;

	Role(boolean cspScoped) {
		this.cspScoped = cspScoped;
	}

	/** CSP roles belong to one CSP and see only its reviews. */
	public boolean isCspScoped() {
		return this.cspScoped;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	public static List<Role> cspRoles() {
		return Arrays.stream(values()).filter(Role::isCspScoped).toList();
	}

}
