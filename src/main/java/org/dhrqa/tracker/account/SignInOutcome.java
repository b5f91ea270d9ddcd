package org.dhrqa.tracker.account;

/** What became of one sign-in attempt, as administrators see it. */
public enum SignInOutcome {

	/** The password was right. */
	SIGNED_IN,
	/** A wrong password, an unknown email or a disabled account. */
	FAILED,
	/** Not tried: the account or address was locked, or had to wait a little longer. */
	REFUSED,
	/** A wrong password that locked the account. */
	ACCOUNT_LOCKED,
	/** A wrong password that locked the remote address. */
	ADDRESS_LOCKED

}
