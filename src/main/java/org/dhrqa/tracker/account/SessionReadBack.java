package org.dhrqa.tracker.account;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The session store as Spring Session's filter sees it, minus the reads and writes a page
 * does not need. Spring Session reads a page's session row and writes its last access on
 * every request; this store
 * <ul>
 * <li>reads the row without a transaction of its own (one statement, which PostgreSQL
 * answers from one snapshot anyway: see {@link SessionTransactions});</li>
 * <li>answers the filter's second read of the request, which only compares the session's
 * id (spring-session issue 1731), with the session the request has just saved;</li>
 * <li>does not write a GET or HEAD request's session when nothing but its last access
 * changed and the stored last access is younger than {@link #quietFor} (a thirtieth of
 * the idle timeout: a minute of thirty). Such a session therefore ends up to that much
 * before thirty minutes after its last page; the page's timeout warning counts from the
 * stored time ({@link SessionTimeout#secondsLeft()}), so it never promises more than the
 * store keeps. A form, "Stay signed in", signing in and any change of an attribute are
 * always written.</li>
 * </ul>
 * Outside a request (the scope {@link Scope} opens around the session filter) it reads
 * and writes like the JDBC store.
 */
final class SessionReadBack implements FindByIndexNameSessionRepository<SessionReadBack.Held> {

	/** While a request is inside the session filter: what this store knows of it. */
	private static final ThreadLocal<RequestState> REQUEST = new ThreadLocal<>();

	static final String STATE_ATTRIBUTE = SessionReadBack.class.getName() + ".STATE";

	private final FindByIndexNameSessionRepository<Session> store;

	private final Supplier<Duration> quietFor;

	SessionReadBack(FindByIndexNameSessionRepository<Session> store, Supplier<Duration> quietFor) {
		this.store = store;
		this.quietFor = quietFor;
	}

	@Override
	public Held createSession() {
		return new Held(this.store.createSession(), null);
	}

	@Override
	public void save(Held session) {
		RequestState state = REQUEST.get();
		if (!session.changed && session.storedAccess != null && state != null && state.quietAllowed
				&& Duration.between(session.storedAccess, session.getLastAccessedTime())
					.compareTo(this.quietFor.get()) < 0) {
			state.saved = session;
			return;
		}
		this.store.save(session.stored);
		session.changed = false;
		session.storedAccess = session.getLastAccessedTime();
		if (state != null) {
			state.saved = session;
		}
	}

	@Override
	public Held findById(String id) {
		RequestState state = REQUEST.get();
		if (state != null && state.saved != null && state.saved.getId().equals(id)) {
			return state.saved;
		}
		Session stored = SessionTransactions.reading(() -> this.store.findById(id));
		if (stored == null) {
			return null;
		}
		Held held = new Held(stored, stored.getLastAccessedTime());
		if (state != null) {
			state.storedAccess = held.storedAccess;
		}
		return held;
	}

	@Override
	public void deleteById(String id) {
		RequestState state = REQUEST.get();
		if (state != null) {
			state.saved = null;
		}
		this.store.deleteById(id);
	}

	@Override
	public Map<String, Held> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Session> stored = SessionTransactions
			.reading(() -> this.store.findByIndexNameAndIndexValue(indexName, indexValue));
		Map<String, Held> held = new LinkedHashMap<>();
		stored.forEach((id, session) -> held.put(id, new Held(session, session.getLastAccessedTime())));
		return held;
	}

	/**
	 * The last access PostgreSQL holds for the current request's session, as it was read
	 * at the start of the request; null outside a request or for a session the request
	 * created.
	 */
	static Instant storedAccess(HttpServletRequest request) {
		return (request.getAttribute(STATE_ATTRIBUTE) instanceof RequestState state) ? state.storedAccess : null;
	}

	/**
	 * A session as this store hands it out: the stored one, and whether anything but its
	 * last access changed since it was read or written.
	 */
	static final class Held implements Session {

		private final Session stored;

		private Instant storedAccess;

		private boolean changed;

		Held(Session stored, Instant storedAccess) {
			this.stored = stored;
			this.storedAccess = storedAccess;
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.changed = true;
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			if (this.stored.getAttribute(attributeName) != null) {
				this.changed = true;
			}
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			this.stored.setLastAccessedTime(lastAccessedTime);
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			if (!interval.equals(this.stored.getMaxInactiveInterval())) {
				this.changed = true;
			}
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

	private static final class RequestState {

		private final boolean quietAllowed;

		private Held saved;

		private Instant storedAccess;

		RequestState(boolean quietAllowed) {
			this.quietAllowed = quietAllowed;
		}

	}

	/**
	 * Opens the request's scope around Spring Session's filter (ordered just before it)
	 * and forgets it when the request ends, so nothing passes to the next request the
	 * thread serves.
	 */
	static final class Scope extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			RequestState outer = REQUEST.get();
			RequestState state = new RequestState(
					"GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
			REQUEST.set(state);
			request.setAttribute(STATE_ATTRIBUTE, state);
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (outer != null) {
					REQUEST.set(outer);
				}
				else {
					REQUEST.remove();
				}
			}
		}

	}

}
