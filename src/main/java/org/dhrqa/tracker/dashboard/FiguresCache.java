package org.dhrqa.tracker.dashboard;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.dhrqa.tracker.dashboard.Dashboard.Figures;
import org.dhrqa.tracker.shared.database.AfterCommit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures (counts, reviews by stage, panel turnaround) for each scope and
 * filter, kept for a short while. They are aggregates over every row of the read model:
 * at national scale three statements and about 5 ms of PostgreSQL a view, the same for
 * every manager looking at the country. The table of reviews beside them is always read
 * afresh.
 * <p>
 * A row written on this node empties the cache once its transaction commits, so a change
 * shows in the figures at the next view. A row written on another node shows within
 * {@code dhr.dashboard.figures-ttl}.
 */
@Component
class FiguresCache {

	/** Scopes and filters kept at most; beyond that the cache starts again. */
	static final int MAX_ENTRIES = 500;

	private final long ttlNanos;

	private final LongSupplier nanoTime;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	/** Moves on each time the cache is emptied, so a read begun before keeps nothing. */
	private final AtomicLong generation = new AtomicLong();

	@Autowired
	FiguresCache(@Value("${dhr.dashboard.figures-ttl:PT30S}") Duration ttl) {
		this(ttl, System::nanoTime);
	}

	FiguresCache(Duration ttl, LongSupplier nanoTime) {
		this.ttlNanos = ttl.toNanos();
		this.nanoTime = nanoTime;
	}

	/**
	 * The figures for this scope and filter, read by {@code load} when none are fresh.
	 */
	Figures get(String key, Supplier<Figures> load) {
		Entry entry = this.entries.get(key);
		if (entry != null && this.nanoTime.getAsLong() - entry.loadedAt() <= this.ttlNanos) {
			return entry.figures();
		}
		long before = this.generation.get();
		long now = this.nanoTime.getAsLong();
		Figures figures = load.get();
		if (this.generation.get() == before) {
			if (this.entries.size() >= MAX_ENTRIES) {
				this.entries.clear();
			}
			this.entries.put(key, new Entry(figures, now));
		}
		return figures;
	}

	/** Empties the cache when the current transaction commits (at once outside one). */
	void forgetAfterCommit() {
		AfterCommit.run(this::forget);
	}

	void forget() {
		this.generation.incrementAndGet();
		this.entries.clear();
	}

	private record Entry(Figures figures, long loadedAt) {
	}

}
