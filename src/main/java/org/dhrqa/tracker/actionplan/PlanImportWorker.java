package org.dhrqa.tracker.actionplan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dhrqa.tracker.actionplan.PlanImportStore.Job;
import org.dhrqa.tracker.actionplan.PlanImportStore.StagedRow;
import org.dhrqa.tracker.shared.history.Actor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies large imports in the background, one batch of rows per transaction. Each batch
 * claims its import with SELECT ... FOR UPDATE SKIP LOCKED and holds that lock until it
 * commits, so any number of app nodes can poll: none applies a batch another is applying,
 * and if a node stops mid-batch its transaction rolls back and the next poll, on any
 * node, carries on from the last committed batch.
 */
@Component
class PlanImportWorker {

	private static final Logger log = LoggerFactory.getLogger(PlanImportWorker.class);

	/** Checks nobody confirmed are kept this long. */
	private static final Duration KEEP_CHECKS = Duration.ofDays(1);

	private final PlanImportStore store;

	private final PlanImportApplier applier;

	private final PlanAccess access;

	private final PlanRemovals removals;

	private final PlanHistory history;

	private final ActionPlanRepository plans;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int batchSize;

	private Instant lastTidy = Instant.EPOCH;

	PlanImportWorker(PlanImportStore store, PlanImportApplier applier, PlanAccess access, PlanRemovals removals,
			PlanHistory history, ActionPlanRepository plans, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock, @Value("${dhr.plan-import.batch-size:50}") int batchSize) {
		this.store = store;
		this.applier = applier;
		this.access = access;
		this.removals = removals;
		this.history = history;
		this.plans = plans;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.batchSize = batchSize;
	}

	@Scheduled(fixedDelayString = "${dhr.plan-import.poll-interval:PT2S}", initialDelayString = "PT5S")
	void poll() {
		while (runOneBatch()) {
			// keep going while there is work; the next poll picks up anything left
		}
		tidy();
	}

	/** Applies the next batch of the oldest waiting import; false when nothing waits. */
	boolean runOneBatch() {
		AtomicReference<Long> claimed = new AtomicReference<>();
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> {
				Long id = this.store.claimNext();
				if (id == null) {
					return false;
				}
				claimed.set(id);
				applyBatch(this.store.job(id).orElseThrow());
				return true;
			}));
		}
		catch (RuntimeException ex) {
			Long id = claimed.get();
			if (id == null) {
				throw ex;
			}
			log.error("Import {} of an action plan failed and was stopped", id, ex);
			this.transactions.executeWithoutResult((status) -> this.store.fail(id,
					ex.getClass().getSimpleName() + ": " + ex.getMessage(), this.clock.instant()));
			return true;
		}
	}

	private void applyBatch(Job job) {
		Instant now = this.clock.instant();
		Actor actor = job.requester();
		ActionPlan plan = this.access.lockedPlan(job.reviewId());
		if (job.nextRow() == 0 && job.mode() == ImportMode.REPLACE) {
			plan = this.removals.emptyForReplacement(plan, job.fileName(), actor);
		}
		List<StagedRow> rows = this.store.rows(job.id(), job.nextRow(), this.batchSize);
		PlanImportApplier.Counts counts = this.applier.apply(plan, rows, job.mode(), actor, now);
		this.plans.flush();
		PlanImportApplier.Counts total = new PlanImportApplier.Counts(job.added(), job.updated(), job.skipped())
			.plus(counts);
		int next = job.nextRow() + rows.size();
		this.store.progress(job.id(), job.mode(), next, total, now);
		if (next >= job.rowCount() || rows.isEmpty()) {
			this.store.finish(job.id(), now);
			this.history.imported(job.reviewId(), job.fileName(), total.added(), total.updated(), total.skipped(),
					actor);
		}
		this.events.publishEvent(new ActionPlanChanged(job.reviewId()));
	}

	private void tidy() {
		Instant now = this.clock.instant();
		if (this.lastTidy.plus(Duration.ofHours(1)).isBefore(now)) {
			this.lastTidy = now;
			this.transactions.executeWithoutResult((status) -> this.store.forgetChecksBefore(now.minus(KEEP_CHECKS)));
		}
	}

}
