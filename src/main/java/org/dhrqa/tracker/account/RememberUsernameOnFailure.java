package org.dhrqa.tracker.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * After a failed sign-in the page shows the email as typed, so only the password is typed
 * again; after too many wrong passwords it says how long to wait.
 */
class RememberUsernameOnFailure extends SimpleUrlAuthenticationFailureHandler {

	RememberUsernameOnFailure() {
		super("/login?error");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String username = request.getParameter("username");
		if (username != null && username.length() <= 320) {
			request.getSession().setAttribute(LoginController.LAST_USERNAME, username);
		}
		if (exception instanceof SignInRefusedException refused) {
			getRedirectStrategy().sendRedirect(request, response,
					"/login?error&" + (refused.isLocked() ? "locked=" : "wait=") + refused.messageArgument());
			return;
		}
		super.onAuthenticationFailure(request, response, exception);
	}

}
