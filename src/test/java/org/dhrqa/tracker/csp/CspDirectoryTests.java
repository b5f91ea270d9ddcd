package org.dhrqa.tracker.csp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

class CspDirectoryTests {

	private final List<CspSummary> database = new ArrayList<>(
			List.of(new CspSummary(1L, "Devon", "Devon"), new CspSummary(2L, "Kent", "Kent")));

	private final AtomicInteger reads = new AtomicInteger();

	private final AtomicLong now = new AtomicLong();

	private final CspDirectory directory = new CspDirectory(() -> {
		this.reads.incrementAndGet();
		return List.copyOf(this.database);
	}, Duration.ofSeconds(10), this.now::get);

	@AfterEach
	void clearSynchronization() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void readsTheListOnceWhileItIsFresh() {
		assertThat(this.directory.all()).extracting(CspSummary::name).containsExactly("Devon", "Kent");
		this.now.addAndGet(Duration.ofSeconds(9).toNanos());
		assertThat(this.directory.namesOf(List.of(2L))).containsEntry(2L, "Kent");

		assertThat(this.reads).hasValue(1);
	}

	@Test
	void aChangeMadeElsewhereShowsOnceTheListIsOlderThanItsLifetime() {
		this.directory.all();
		this.database.set(1, new CspSummary(2L, "Kent and Medway", "Kent"));

		assertThat(this.directory.namesOf(List.of(2L))).containsEntry(2L, "Kent");
		this.now.addAndGet(Duration.ofSeconds(11).toNanos());
		assertThat(this.directory.namesOf(List.of(2L))).containsEntry(2L, "Kent and Medway");
		assertThat(this.reads).hasValue(2);
	}

	@Test
	void aCspItDoesNotKnowYetReadsTheListAgainOnce() {
		this.directory.all();
		this.database.add(new CspSummary(3L, "Wirral", "Wirral"));

		assertThat(this.directory.namesOf(List.of(1L, 3L, 99L))).containsEntry(1L, "Devon")
			.containsEntry(3L, "Wirral")
			.doesNotContainKey(99L);
		assertThat(this.reads).hasValue(2);
	}

	@Test
	void findsOneCspAndReadsTheListAgainForOneItDoesNotKnow() {
		assertThat(this.directory.find(2L)).map(CspSummary::name).contains("Kent");
		this.database.add(new CspSummary(3L, "Wirral", "Wirral"));

		assertThat(this.directory.find(3L)).map(CspSummary::name).contains("Wirral");
		assertThat(this.directory.find(99L)).isEmpty();
		assertThat(this.directory.find(null)).isEmpty();
		assertThat(this.reads).hasValue(3);
	}

	@Test
	void aChangeSavedHereIsForgottenWhenItsTransactionCommitsNotBefore() {
		this.directory.all();
		TransactionSynchronizationManager.initSynchronization();
		this.database.set(0, new CspSummary(1L, "Devon and Torbay", "Devon"));

		this.directory.forgetAfterCommit();
		assertThat(this.directory.namesOf(List.of(1L))).containsEntry(1L, "Devon");
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			synchronization.afterCommit();
		}

		assertThat(this.directory.namesOf(List.of(1L))).containsEntry(1L, "Devon and Torbay");
	}

	@Test
	void aListReadWhileAChangeCommittedIsNotKept() {
		AtomicInteger calls = new AtomicInteger();
		CspDirectory[] holder = new CspDirectory[1];
		holder[0] = new CspDirectory(() -> {
			List<CspSummary> before = List.copyOf(this.database);
			if (calls.incrementAndGet() == 1) {
				// another request saves a change and forgets the list meanwhile
				this.database.set(1, new CspSummary(2L, "Kent and Medway", "Kent"));
				holder[0].forget();
			}
			return before;
		}, Duration.ofSeconds(10), this.now::get);

		assertThat(holder[0].namesOf(List.of(2L))).containsEntry(2L, "Kent");
		assertThat(holder[0].namesOf(List.of(2L))).containsEntry(2L, "Kent and Medway");
	}

}
