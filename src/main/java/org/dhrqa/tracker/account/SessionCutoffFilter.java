package org.dhrqa.tracker.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every signed-in request: a session that the account's holder or an administrator has
 * ended (password changed, account disabled, role changed) is ended here and the person
 * is sent to sign in again. Part of the page chain only; not a servlet filter of its own.
 */
class SessionCutoffFilter extends OncePerRequestFilter {

	private final SessionCutoff cutoff;

	SessionCutoffFilter(SessionCutoff cutoff) {
		this.cutoff = cutoff;
	}

	/**
	 * Health carries nothing personal and must say DOWN when the database is, rather than
	 * fail on this check; static files carry nothing either.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/actuator/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/govuk/") || path.startsWith("/assets/") || path.startsWith("/webjars/")
				|| path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& !this.cutoff.stillValid(user)) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		chain.doFilter(request, response);
	}

}
