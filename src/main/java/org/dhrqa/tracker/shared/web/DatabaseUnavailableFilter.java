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
