package org.dhrqa.tracker.account;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The remote address of a sign-in attempt and whether it came by the page or the API. */
class SignInDetails extends WebAuthenticationDetails {

	private final SignInChannel channel;

	SignInDetails(HttpServletRequest request, SignInChannel channel) {
		super(request.getRemoteAddr(), null);
		this.channel = channel;
	}

	SignInChannel channel() {
		return this.channel;
	}

}
