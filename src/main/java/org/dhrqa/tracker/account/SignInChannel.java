package org.dhrqa.tracker.account;

/** How someone signed in: the sign-in page, or HTTP Basic on the JSON API. */
public enum SignInChannel {

	FORM, BASIC

}
