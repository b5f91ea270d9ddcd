package org.dhrqa.tracker.actionplan;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.history.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes recommendations and actions out of a plan, and empties a plan an import replaces.
 * Nothing goes silently: what is removed is kept whole in the plan's history (with its
 * implementation updates) and named in the review's history of changes.
 */
@Service
class PlanRemovals {

	private final PlanAccess access;

	private final PlanHistory history;

	private final ActionPlanRepository plans;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlanRemovals(PlanAccess access, PlanHistory history, ActionPlanRepository plans, EntityManager entityManager,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.history = history;
		this.plans = plans;
		this.entityManager = entityManager;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Removes a recommendation with its actions and their updates.
	 * @throws PlanChangedMeanwhileException when it changed after {@code expectedVersion}
	 */
	@Transactional
	public Long removeRecommendation(Long recommendationId, long expectedVersion, SignedInUser user) {
		Long reviewId = this.access.reviewOfRecommendation(recommendationId, user);
		this.access.requireKeeper(reviewId, user);
		ActionPlan plan = this.access.lockedPlan(reviewId);
		Recommendation rec = this.access.recommendationOf(plan, recommendationId);
		if (rec.getVersion() != expectedVersion) {
			throw new PlanChangedMeanwhileException(rec.getUpdatedByName(), rec.getUpdatedAt(), rec.getVersion());
		}
		Long snapshot = this.history.recommendationRemoved(rec, user.actor());
		plan.removeRecommendation(rec, this.clock.instant());
		this.plans.flush();
		this.events.publishEvent(new ActionPlanChanged(reviewId));
		return snapshot;
	}

	/**
	 * Removes an action with its updates.
	 * @throws PlanChangedMeanwhileException when it changed after {@code expectedVersion}
	 */
	@Transactional
	public Long removeAction(Long actionId, long expectedVersion, SignedInUser user) {
		Long reviewId = this.access.reviewOfAction(actionId, user);
		this.access.requireKeeper(reviewId, user);
		ActionPlan plan = this.access.lockedPlan(reviewId);
		PlanAction action = this.access.actionOf(plan, actionId);
		if (action.getVersion() != expectedVersion) {
			throw new PlanChangedMeanwhileException(action.getUpdatedByName(), action.getUpdatedAt(),
					action.getVersion());
		}
		Long snapshot = this.history.actionRemoved(action, user.actor());
		action.getRecommendation().removeAction(action, this.clock.instant());
		this.plans.flush();
		this.events.publishEvent(new ActionPlanChanged(reviewId));
		return snapshot;
	}

	/** What was removed from the plan or replaced, newest first. */
	@Transactional(readOnly = true)
	public List<PlanHistory.Snapshot> removed(Long reviewId, SignedInUser user) {
		this.access.visible(reviewId, user);
		return this.history.snapshots(reviewId);
	}

	/** What one removal or replacement took out, as CSV. */
	@Transactional(readOnly = true)
	public Optional<String> removedContent(Long reviewId, Long snapshotId, SignedInUser user) {
		this.access.visible(reviewId, user);
		return this.history.snapshotContent(reviewId, snapshotId);
	}

	/**
	 * Empties a locked plan for an import that replaces it, keeping the old plan in its
	 * history; returns the plan, reloaded and still locked by the transaction.
	 */
	@Transactional
	public ActionPlan emptyForReplacement(ActionPlan plan, String fileName, Actor actor) {
		this.history.planReplaced(plan, fileName, actor);
		Long reviewId = plan.getReviewId();
		plan.touched(this.clock.instant());
		this.plans.flush();
		// one statement rather than one per action and update; then forget what was
		// loaded
		this.plans.removeAllRecommendations(plan.getId());
		this.entityManager.clear();
		return this.plans.findByReviewId(reviewId).orElseThrow();
	}

}
