package org.dhrqa.tracker.csp;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.dhrqa.tracker.shared.database.AfterCommit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every CSP's id, name and area, held in memory for a short while. The register, the
 * dashboard and the item lists offer all 300 CSPs as a filter and name the CSP of each
 * row: read from the database on every view, that was two statements and a tenth of the
 * register's CPU (issue 11), for a list that changes a few times a year.
 * <p>
 * A change saved on this node empties the directory once its transaction commits, so the
 * next page shows it. A change saved on another node (or straight in the database) shows
 * here within {@code dhr.csp.directory-ttl}, after which the list is read again.
 */
@Component
class CspDirectory {

	private final Supplier<List<CspSummary>> loader;

	private final long ttlNanos;

	private final LongSupplier nanoTime;

	private volatile Snapshot snapshot;

	/** Moves on each time the list is forgotten, so a read begun before keeps nothing. */
	private final AtomicLong generation = new AtomicLong();

	@Autowired
	CspDirectory(CspRepository repository, @Value("${dhr.csp.directory-ttl:PT10S}") Duration ttl) {
		this(repository::findAllSummaries, ttl, System::nanoTime);
	}

	CspDirectory(Supplier<List<CspSummary>> loader, Duration ttl, LongSupplier nanoTime) {
		this.loader = loader;
		this.ttlNanos = ttl.toNanos();
		this.nanoTime = nanoTime;
	}

	/** Every CSP in name order. */
	List<CspSummary> all() {
		return current().all();
	}

	/** One CSP; an id the directory does not know reads the list again once. */
	Optional<CspSummary> find(Long id) {
		if (id == null) {
			return Optional.empty();
		}
		CspSummary found = current().byId().get(id);
		return Optional.ofNullable((found != null) ? found : reload().byId().get(id));
	}

	/**
	 * The names of these CSPs. An id the directory does not know (a CSP added on another
	 * node a moment ago) reads the list again once.
	 */
	Map<Long, String> namesOf(Iterable<Long> ids) {
		Snapshot current = current();
		boolean reloaded = false;
		Map<Long, String> names = new HashMap<>();
		for (Long id : ids) {
			CspSummary csp = current.byId().get(id);
			if (csp == null && id != null && !reloaded) {
				current = reload();
				reloaded = true;
				csp = current.byId().get(id);
			}
			if (csp != null) {
				names.put(id, csp.name());
			}
		}
		return names;
	}

	/** Forgets the list when the current transaction commits (at once outside one). */
	void forgetAfterCommit() {
		AfterCommit.run(this::forget);
	}

	void forget() {
		this.generation.incrementAndGet();
		this.snapshot = null;
	}

	private Snapshot current() {
		Snapshot current = this.snapshot;
		if (current == null || this.nanoTime.getAsLong() - current.loadedAt() > this.ttlNanos) {
			current = reload();
		}
		return current;
	}

	private Snapshot reload() {
		long now = this.nanoTime.getAsLong();
		long before = this.generation.get();
		List<CspSummary> all = List.copyOf(this.loader.get());
		Map<Long, CspSummary> byId = new HashMap<>(all.size() * 2);
		for (CspSummary csp : all) {
			byId.put(csp.id(), csp);
		}
		Snapshot loaded = new Snapshot(all, Map.copyOf(byId), now);
		if (this.generation.get() == before) {
			this.snapshot = loaded;
		}
		return loaded;
	}

	private record Snapshot(List<CspSummary> all, Map<Long, CspSummary> byId, long loadedAt) {
	}

}
