package org.dhrqa.tracker.account;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The session store as Spring Session's filter sees it, minus one read a page. The filter
 * saves a page's session when the response is committed and again when it ends; the
 * second time it first reads the session back from PostgreSQL (and deserializes the
 * signed-in person) only to compare its id (spring-session issue 1731). Within one
 * request this store answers that read with the session the request has just saved.
 * Outside a request (the scope {@link Scope} opens around the session filter), and for
 * any other session, it is the JDBC store unchanged.
 */
final class SessionReadBack<S extends Session> implements FindByIndexNameSessionRepository<S> {

	/**
	 * While a request is inside the session filter: the session it saved last, if any.
	 */
	private static final ThreadLocal<Session[]> SAVED_IN_THIS_REQUEST = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<S> store;

	SessionReadBack(FindByIndexNameSessionRepository<S> store) {
		this.store = store;
	}

	@Override
	public S createSession() {
		return this.store.createSession();
	}

	@Override
	public void save(S session) {
		this.store.save(session);
		Session[] saved = SAVED_IN_THIS_REQUEST.get();
		if (saved != null) {
			saved[0] = session;
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public S findById(String id) {
		Session[] saved = SAVED_IN_THIS_REQUEST.get();
		if (saved != null && saved[0] != null && saved[0].getId().equals(id)) {
			return (S) saved[0];
		}
		return this.store.findById(id);
	}

	@Override
	public void deleteById(String id) {
		Session[] saved = SAVED_IN_THIS_REQUEST.get();
		if (saved != null) {
			saved[0] = null;
		}
		this.store.deleteById(id);
	}

	@Override
	public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.store.findByIndexNameAndIndexValue(indexName, indexValue);
	}

	/**
	 * Opens the request's scope around Spring Session's filter (ordered just before it)
	 * and forgets the saved session when the request ends, so nothing passes to the next
	 * request the thread serves.
	 */
	static final class Scope extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Session[] outer = SAVED_IN_THIS_REQUEST.get();
			SAVED_IN_THIS_REQUEST.set(new Session[1]);
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (outer != null) {
					SAVED_IN_THIS_REQUEST.set(outer);
				}
				else {
					SAVED_IN_THIS_REQUEST.remove();
				}
			}
		}

	}

}
