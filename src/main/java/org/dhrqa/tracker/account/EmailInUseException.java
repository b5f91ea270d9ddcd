package org.dhrqa.tracker.account;

/** Another account already signs in with this email address. */
public class EmailInUseException extends RuntimeException {

	EmailInUseException() {
		super("Email address already in use");
	}

}
