package org.dhrqa.tracker.actionplan;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.actionplan.PlanImport.Preview;
import org.dhrqa.tracker.actionplan.PlanImportStore.Job;
import org.dhrqa.tracker.actionplan.PlanImportStore.StagedRow;
import org.dhrqa.tracker.actionplan.PlanImportStore.Status;
import org.dhrqa.tracker.shared.history.Actor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import journey: read and check a spreadsheet, match its rows against the plan, keep
 * the checked rows, and on confirmation apply them: at once when the file is small,
 * otherwise in batches by {@link PlanImportWorker}, with progress to show.
 */
@Service
class PlanImports {

	/** A checked import, ready to show. */
	record Check(Long importId, String fileName, Preview preview, List<Long> matches, boolean planHasRecommendations) {

		public long matched() {
			return this.matches.stream().filter((match) -> match != null).count();
		}

		/** Whether the person must say what the import does with the plan. */
		public boolean needsChoice() {
			return this.planHasRecommendations;
		}

		public Long matchOf(int index) {
			return this.matches.get(index);
		}

	}

	enum Outcome {

		APPLIED, QUEUED, NOTHING_TO_CONFIRM, BUSY, MATCHES_CHANGED, CHOICE_REQUIRED, CONFIRM_REPLACEMENT

	}

	/** What a confirmation did, and the counts when it was applied at once. */
	record Confirmation(Outcome outcome, PlanImportApplier.Counts counts) {

		static Confirmation of(Outcome outcome) {
			return new Confirmation(outcome, PlanImportApplier.Counts.NONE);
		}

	}

	private final PlanAccess access;

	private final PlanImportStore store;

	private final PlanImportApplier applier;

	private final PlanRemovals removals;

	private final PlanHistory history;

	private final ActionPlanRepository plans;

	private final RecommendationRepository recommendations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int maxRows;

	private final int backgroundFrom;

	PlanImports(PlanAccess access, PlanImportStore store, PlanImportApplier applier, PlanRemovals removals,
			PlanHistory history, ActionPlanRepository plans, RecommendationRepository recommendations,
			ApplicationEventPublisher events, Clock clock, @Value("${dhr.plan-import.max-rows:2000}") int maxRows,
			@Value("${dhr.plan-import.background-from:200}") int backgroundFrom) {
		this.access = access;
		this.store = store;
		this.applier = applier;
		this.removals = removals;
		this.history = history;
		this.plans = plans;
		this.recommendations = recommendations;
		this.events = events;
		this.clock = clock;
		this.maxRows = maxRows;
		this.backgroundFrom = backgroundFrom;
	}

	int maxRows() {
		return this.maxRows;
	}

	/**
	 * Reads and checks a file; a clean one is kept for confirmation.
	 * @throws UnreadablePlanFileException when it is not a CSV or XLSX file that can be
	 * read
	 */
	@Transactional
	public Check check(Long reviewId, InputStream in, String uploadedName, SignedInUser user) {
		this.access.requireKeeper(reviewId, user);
		// the name is shown and kept in the history: as the person would read it
		String fileName = PlanText.shortened(PlanText.withoutControlCharacters(uploadedName), 200);
		Preview preview;
		try {
			preview = PlanImport.read(in, uploadedName, this.maxRows);
		}
		catch (IOException | RuntimeException ex) {
			// whatever the CSV or spreadsheet library makes of a broken file
			throw new UnreadablePlanFileException(ex);
		}
		ActionPlan plan = this.plans.findByReviewId(reviewId).orElse(null);
		List<Long> matches = PlanMatching.matches(plan, preview.rows());
		boolean hasRecommendations = plan != null && !plan.getRecommendations().isEmpty();
		if (!preview.clean()) {
			return new Check(null, fileName, preview, matches, hasRecommendations);
		}
		Long id = this.store.stage(reviewId, fileName, preview.rows(), matches, user.actor(), this.clock.instant());
		return new Check(id, fileName, preview, matches, hasRecommendations);
	}

	/** A kept check of this person's, as it now stands against the plan. */
	@Transactional(readOnly = true)
	public Optional<Check> checked(Long importId, Long reviewId, SignedInUser user) {
		this.access.requireKeeper(reviewId, user);
		return checkedJob(importId, reviewId, user).map((job) -> {
			List<StagedRow> staged = this.store.rows(importId, 0, job.rowCount());
			ActionPlan plan = this.plans.findByReviewId(reviewId).orElse(null);
			List<PlanImport.Row> rows = staged.stream().map(StagedRow::row).toList();
			return new Check(importId, job.fileName(), new Preview(rows, List.of()), PlanMatching.matches(plan, rows),
					plan != null && !plan.getRecommendations().isEmpty());
		});
	}

	/**
	 * Applies a kept check, or sends it to the background. Refused when another import of
	 * the plan is under way, when the plan changed so that other rows now match (the
	 * person checks again), or when the plan has recommendations and the person has not
	 * said what to do with them. Replacing a plan asks for its own confirmation first.
	 */
	@Transactional
	public Confirmation confirm(Long importId, Long reviewId, ImportMode chosen, boolean replaceConfirmed,
			SignedInUser user) {
		this.access.requireKeeper(reviewId, user);
		Optional<Job> found = checkedJob(importId, reviewId, user);
		if (found.isEmpty()) {
			return Confirmation.of(Outcome.NOTHING_TO_CONFIRM);
		}
		Job job = found.get();
		if (this.store.waiting(reviewId)) {
			return Confirmation.of(Outcome.BUSY);
		}
		ActionPlan plan = this.access.lockedPlan(reviewId);
		// confirmations of one plan wait for each other here: ask again, so a second
		// click (or a second import) finds the first already done or under way, rather
		// than the recommendations the first has just added (and a question about them)
		if (checkedJob(importId, reviewId, user).isEmpty()) {
			return Confirmation.of(Outcome.NOTHING_TO_CONFIRM);
		}
		if (this.store.waiting(reviewId)) {
			return Confirmation.of(Outcome.BUSY);
		}
		ImportMode mode = this.recommendations.existsByPlanReviewId(reviewId) ? chosen : ImportMode.ADD;
		if (mode == null) {
			return Confirmation.of(Outcome.CHOICE_REQUIRED);
		}
		if (mode == ImportMode.REPLACE && !replaceConfirmed) {
			return Confirmation.of(Outcome.CONFIRM_REPLACEMENT);
		}
		List<StagedRow> rows = this.store.rows(importId, 0, job.rowCount());
		List<Long> matches = PlanMatching.matches(plan, rows.stream().map(StagedRow::row).toList());
		if (mode != ImportMode.REPLACE && !matches.equals(rows.stream().map(StagedRow::matchedActionId).toList())) {
			this.store.rematched(importId, matches);
			return Confirmation.of(Outcome.MATCHES_CHANGED);
		}
		if (job.rowCount() > this.backgroundFrom) {
			this.store.queue(importId, mode, this.clock.instant());
			return Confirmation.of(Outcome.QUEUED);
		}
		Actor actor = user.actor();
		if (mode == ImportMode.REPLACE) {
			plan = this.removals.emptyForReplacement(plan, job.fileName(), actor);
		}
		PlanImportApplier.Counts counts = this.applier.apply(plan, rows, mode, actor, this.clock.instant());
		this.plans.flush();
		this.store.progress(importId, mode, rows.size(), counts, this.clock.instant());
		this.store.finish(importId, this.clock.instant());
		this.history.imported(reviewId, job.fileName(), counts.added(), counts.updated(), counts.skipped(), actor);
		this.events.publishEvent(new ActionPlanChanged(reviewId));
		return new Confirmation(Outcome.APPLIED, counts);
	}

	/** The import of this plan last sent to the background, for its progress page. */
	@Transactional(readOnly = true)
	public Optional<Job> latestInBackground(Long reviewId, SignedInUser user) {
		this.access.requireKeeper(reviewId, user);
		return this.store.latestQueued(reviewId);
	}

	/** Whether an import of the plan is waiting or under way. */
	@Transactional(readOnly = true)
	public boolean underWay(Long reviewId, SignedInUser user) {
		this.access.visible(reviewId, user);
		return this.store.waiting(reviewId);
	}

	private Optional<Job> checkedJob(Long importId, Long reviewId, SignedInUser user) {
		if (importId == null) {
			return Optional.empty();
		}
		return this.store.job(importId)
			.filter((job) -> job.status() == Status.CHECKED && job.reviewId().equals(reviewId)
					&& user.id().equals(job.requestedById()));
	}

}
