package org.dhrqa.tracker.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.dashboard.Dashboard.Figures;
import org.dhrqa.tracker.dashboard.Dashboard.Summary;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresCacheTests {

	private final AtomicLong now = new AtomicLong();

	private final AtomicInteger reviews = new AtomicInteger(10);

	private final AtomicInteger reads = new AtomicInteger();

	private final FiguresCache cache = new FiguresCache(Duration.ofSeconds(30), this.now::get);

	private Figures read() {
		this.reads.incrementAndGet();
		return new Figures(new Summary(this.reviews.get(), 0, null), Map.of(), List.of());
	}

	private long reviewsFor(String key) {
		return this.cache.get(key, this::read).summary().reviews();
	}

	@AfterEach
	void clearSynchronization() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void keepsEachScopeAndFilterApartWhileFresh() {
		assertThat(reviewsFor(" where true []")).isEqualTo(10);
		this.now.addAndGet(Duration.ofSeconds(29).toNanos());
		assertThat(reviewsFor(" where true []")).isEqualTo(10);
		assertThat(reviewsFor(" where true and r.csp_id = ? [7]")).isEqualTo(10);

		assertThat(this.reads).hasValue(2);
	}

	@Test
	void readsAgainOnceOlderThanItsLifetime() {
		reviewsFor(" where true []");
		this.reviews.set(11);
		this.now.addAndGet(Duration.ofSeconds(31).toNanos());

		assertThat(reviewsFor(" where true []")).isEqualTo(11);
	}

	@Test
	void aRowWrittenHereEmptiesItWhenItsTransactionCommitsNotBefore() {
		reviewsFor(" where true []");
		TransactionSynchronizationManager.initSynchronization();
		this.reviews.set(11);

		this.cache.forgetAfterCommit();
		assertThat(reviewsFor(" where true []")).isEqualTo(10);
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			synchronization.afterCommit();
		}

		assertThat(reviewsFor(" where true []")).isEqualTo(11);
	}

	@Test
	void figuresReadWhileARowWasWrittenAreNotKept() {
		this.cache.get(" where true []", () -> {
			Figures before = read();
			this.cache.forget();
			this.reviews.set(11);
			return before;
		});

		assertThat(reviewsFor(" where true []")).isEqualTo(11);
	}

	@Test
	void startsAgainRatherThanGrowWithoutBound() {
		for (int i = 0; i < FiguresCache.MAX_ENTRIES + 5; i++) {
			reviewsFor("filter " + i);
		}
		int before = this.reads.get();

		reviewsFor("filter 0");

		assertThat(this.reads.get()).isEqualTo(before + 1);
	}

}
