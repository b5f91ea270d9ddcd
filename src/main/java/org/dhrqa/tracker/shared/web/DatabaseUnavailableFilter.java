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
			response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		}
	}

	/**
	 * Whether the failure is the database being out of reach, not a fault of the request.
	 */
	static boolean isDatabaseUnavailable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException || cause instanceof ConnectException
					|| cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				// connection exceptions, and the server shutting down or starting up
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
