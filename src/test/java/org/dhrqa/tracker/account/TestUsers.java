package org.dhrqa.tracker.account;

/** Signed-in people for unit tests of rules that depend on who acts. */
public final class TestUsers {

	private TestUsers() {
	}

	/** A person with this role; CSP roles belong to the CSP given, others to none. */
	public static SignedInUser of(Role role, Long cspId) {
		return new SignedInUser(role.ordinal() + 100L, role.name().toLowerCase() + "@example.org",
				"Test " + role.name(), role, role.isCspScoped() ? cspId : null, "{noop}unused", true);
	}

}
