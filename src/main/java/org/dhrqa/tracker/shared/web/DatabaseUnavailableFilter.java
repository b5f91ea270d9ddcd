package org.dhrqa.tracker.shared.web;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * With the database out of reach a request fails as soon as the pool's short connection
 * timeout ({@code spring.datasource.hikari.connection-timeout}) passes, wherever it was:
 * in a controller, a service, the security filters or the session store. This filter,
 * outermost of all, turns such a failure into a 503 with the GOV.UK "Sorry, the service
 * is unavailable" page instead of a 500. Nothing is kept: the next request simply asks
 * the pool again, which reconnects by itself when the database is back.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	static final String RETRY_AFTER_SECONDS = "30";

	private final Messages messages;

	DatabaseUnavailableFilter(Messages messages) {
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!isDatabaseUnavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("The database is unavailable: {} {} answered 503 ({})", request.getMethod(),
					request.getRequestURI(), rootMessage(ex));
			response.resetBuffer();
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
			response.setHeader("Cache-Control", "no-store");
			writePage(request, response);
		}
	}

	/**
	 * The page is written here rather than by the error page: rendering that goes through
	 * the filters again, and the session store and the sign-in would ask the database
	 * that has just gone away. It needs nothing but the service's words and its
	 * stylesheets.
	 */
	private void writePage(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String accept = String.valueOf(request.getHeader("Accept"));
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") || (accept.contains("application/json") && !accept.contains("text/html"))) {
			response.setContentType("application/json;charset=UTF-8");
			response.getWriter().write("{\"status\":503,\"error\":\"" + this.messages.get("error.503.title") + "\"}");
			return;
		}
		String context = HtmlUtils.htmlEscape(request.getContextPath());
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter()
			.write("<!DOCTYPE html>\n<html lang=\"en\" class=\"govuk-template\"><head><meta charset=\"utf-8\">"
					+ "<title>" + text("error.503.title") + " - " + text("service.name") + "</title>"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
					+ "<link rel=\"stylesheet\" href=\"" + context + "/govuk/govuk-frontend.min.css\">"
					+ "<link rel=\"stylesheet\" href=\"" + context + "/css/app.css\"></head>"
					+ "<body class=\"govuk-template__body\"><header class=\"govuk-header\">"
					+ "<div class=\"govuk-header__container govuk-width-container\">"
					+ "<span class=\"govuk-header__service-name\">" + text("service.name") + "</span></div></header>"
					+ "<div class=\"govuk-width-container\"><main class=\"govuk-main-wrapper\" id=\"main-content\">"
					+ "<h1 class=\"govuk-heading-l\">" + text("error.503.title") + "</h1>" + "<p class=\"govuk-body\">"
					+ text("error.503.p1") + "</p>" + "<p class=\"govuk-body\">" + text("error.503.p2")
					+ "</p></main></div></body></html>");
	}

	private String text(String key) {
		return HtmlUtils.htmlEscape(this.messages.get(key));
	}

	/**
	 * Whether the failure is the database being out of reach, not a fault of the request:
	 * anywhere in its causes, or in what it overrode (a failed rollback on a broken
	 * connection hides the first failure).
	 */
	static boolean isDatabaseUnavailable(Throwable ex) {
		return isDatabaseUnavailable(ex, 0);
	}

	private static boolean isDatabaseUnavailable(Throwable ex, int depth) {
		if (ex == null || depth > 20) {
			return false;
		}
		if (ex instanceof SQLTransientConnectionException || ex instanceof CannotCreateTransactionException
				|| ex instanceof DataAccessResourceFailureException || ex instanceof ConnectException
				|| ex.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
			return true;
		}
		if (ex instanceof SQLException sql && (isConnectionState(sql.getSQLState())
				|| (sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage())))) {
			// connection exceptions, the server shutting down or starting up, and the
			// pool's
			// answer for a connection it closed because the server went away
			return true;
		}
		if (ex instanceof org.springframework.transaction.TransactionSystemException system
				&& isDatabaseUnavailable(system.getApplicationException(), depth + 1)) {
			return true;
		}
		for (Throwable suppressed : ex.getSuppressed()) {
			if (isDatabaseUnavailable(suppressed, depth + 1)) {
				return true;
			}
		}
		return ex.getCause() != ex && isDatabaseUnavailable(ex.getCause(), depth + 1);
	}

	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P"));
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
