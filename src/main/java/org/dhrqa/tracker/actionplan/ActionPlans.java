package org.dhrqa.tracker.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action plans: the CSP's own people keep their plans; the secretariat, managers and
 * administrators read every plan. Updates are appended; a plan never loses its history.
 */
@Service
@Transactional(readOnly = true)
public class ActionPlans {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final ActionPlanRepository plans;

	private final RecommendationRepository recommendations;

	private final PlanActionRepository actions;

	private final Reviews reviews;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ActionPlans(ActionPlanRepository plans, RecommendationRepository recommendations, PlanActionRepository actions,
			ApplicationEventPublisher events, Reviews reviews, Clock clock) {
		this.plans = plans;
		this.events = events;
		this.recommendations = recommendations;
		this.actions = actions;
		this.reviews = reviews;
		this.clock = clock;
	}

	public PlanViews.Plan plan(Long reviewId, SignedInUser user) {
		this.reviews.requireVisible(reviewId, user);
		return this.plans.findByReviewId(reviewId)
			.map(this::view)
			.orElseGet(() -> new PlanViews.Plan(reviewId, List.of()));
	}

	/**
	 * How many drifting actions each review's plan has (only reviews with any), for every
	 * CSP: the service's own morning check, not a page.
	 */
	public Map<Long, Long> driftingActionsByReview() {
		LocalDate cutOff = LocalDate.now(this.clock).minusDays(PlanViews.DRIFT_DAYS);
		Map<Long, Long> counts = new LinkedHashMap<>();
		for (Object[] row : this.actions.countNotUpdatedSince(cutOff)) {
			counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
		}
		return counts;
	}

	public boolean canEdit(Long reviewId, SignedInUser user) {
		ReviewView review = this.reviews.requireVisible(reviewId, user);
		return user.may(Permission.KEEP_ACTION_PLAN, review.cspId());
	}

	/** The action, with the review it belongs to, for a person who may see it. */
	public PlanViews.Action action(Long actionId, SignedInUser user) {
		PlanAction action = loadAction(actionId, user);
		return actionView(action, LocalDate.now(this.clock));
	}

	public Long reviewOfAction(Long actionId, SignedInUser user) {
		return loadAction(actionId, user).getRecommendation().getPlan().getReviewId();
	}

	public PlanViews.Rec recommendation(Long recommendationId, SignedInUser user) {
		Recommendation recommendation = loadRecommendation(recommendationId, user);
		return recView(recommendation, LocalDate.now(this.clock));
	}

	public Long reviewOfRecommendation(Long recommendationId, SignedInUser user) {
		return loadRecommendation(recommendationId, user).getPlan().getReviewId();
	}

	@Transactional
	public Long addRecommendation(Long reviewId, String number, String text, Scope scope, String addressedTo,
			SignedInUser user) {
		requireEditor(reviewId, user);
		ActionPlan plan = planFor(reviewId);
		Recommendation recommendation = plan.addRecommendation(
				(number == null || number.isBlank()) ? plan.nextNumber() : number.trim(), text.trim(), scope,
				blankToNull(addressedTo), this.clock.instant());
		// persist the new child itself: merging the managed parent would persist a copy
		// of it
		this.recommendations.saveAndFlush(recommendation);
		changed(reviewId);
		return recommendation.getId();
	}

	@Transactional
	public void editRecommendation(Long recommendationId, String number, String text, Scope scope, String addressedTo,
			SignedInUser user) {
		Recommendation recommendation = loadRecommendation(recommendationId, user);
		requireEditor(recommendation.getPlan().getReviewId(), user);
		recommendation.edit(number.trim(), text.trim(), scope, blankToNull(addressedTo));
		recommendation.getPlan().touched(this.clock.instant());
		changed(recommendation.getPlan().getReviewId());
	}

	@Transactional
	public Long addAction(Long recommendationId, ActionDetails details, SignedInUser user) {
		Recommendation recommendation = loadRecommendation(recommendationId, user);
		requireEditor(recommendation.getPlan().getReviewId(), user);
		PlanAction action = recommendation.addAction(details, this.clock.instant());
		recommendation.getPlan().touched(this.clock.instant());
		this.actions.saveAndFlush(action);
		changed(recommendation.getPlan().getReviewId());
		return action.getId();
	}

	@Transactional
	public void editAction(Long actionId, long expectedVersion, ActionDetails details, SignedInUser user) {
		PlanAction action = loadAction(actionId, user);
		requireEditor(action.getRecommendation().getPlan().getReviewId(), user);
		if (action.getVersion() != expectedVersion) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(PlanAction.class, actionId);
		}
		action.edit(details, this.clock.instant());
		this.actions.saveAndFlush(action);
		changed(action.getRecommendation().getPlan().getReviewId());
	}

	@Transactional
	public void addUpdate(Long actionId, LocalDate date, String text, ActionStatus newStatus, SignedInUser user) {
		PlanAction action = loadAction(actionId, user);
		requireEditor(action.getRecommendation().getPlan().getReviewId(), user);
		action.addUpdate(date, text.trim(), newStatus, user.actor(), this.clock.instant());
		action.getRecommendation().getPlan().touched(this.clock.instant());
		changed(action.getRecommendation().getPlan().getReviewId());
	}

	/** Adds every row of a clean import in one transaction: all of it, or none of it. */
	@Transactional
	public int importRows(Long reviewId, List<PlanImport.Row> rows, SignedInUser user) {
		requireEditor(reviewId, user);
		ActionPlan plan = planFor(reviewId);
		Recommendation current = null;
		int added = 0;
		for (PlanImport.Row row : rows) {
			if (current == null || row.startsRecommendation()) {
				Optional<Recommendation> existing = (row.recommendationNumber() != null) ? plan.getRecommendations()
					.stream()
					.filter((rec) -> rec.getNumber().equals(row.recommendationNumber())
							&& rec.getText().equals(row.recommendationText()))
					.findFirst() : Optional.empty();
				current = existing.orElseGet(() -> plan.addRecommendation(
						(row.recommendationNumber() != null) ? row.recommendationNumber() : plan.nextNumber(),
						row.recommendationText(), row.scope(), row.addressedTo(), this.clock.instant()));
			}
			if (!row.recommendationOnly()) {
				current.addAction(row.details(), this.clock.instant());
				added++;
			}
		}
		// everything is managed: flushing cascades the new recommendations and actions
		this.plans.flush();
		changed(reviewId);
		return added;
	}

	private void changed(Long reviewId) {
		this.events.publishEvent(new ActionPlanChanged(reviewId));
	}

	private ActionPlan planFor(Long reviewId) {
		return this.plans.findByReviewId(reviewId)
			.orElseGet(() -> this.plans.save(new ActionPlan(reviewId, this.clock.instant())));
	}

	private void requireEditor(Long reviewId, SignedInUser user) {
		if (!canEdit(reviewId, user)) {
			throw new AccessDeniedException("Only the CSP's own people change its action plans");
		}
	}

	private PlanAction loadAction(Long actionId, SignedInUser user) {
		PlanAction action = this.actions.findById(actionId).orElseThrow(NotFoundException::new);
		this.reviews.requireVisible(action.getRecommendation().getPlan().getReviewId(), user);
		return action;
	}

	private Recommendation loadRecommendation(Long recommendationId, SignedInUser user) {
		Recommendation recommendation = this.recommendations.findById(recommendationId)
			.orElseThrow(NotFoundException::new);
		this.reviews.requireVisible(recommendation.getPlan().getReviewId(), user);
		return recommendation;
	}

	private PlanViews.Plan view(ActionPlan plan) {
		LocalDate today = LocalDate.now(this.clock);
		return new PlanViews.Plan(plan.getReviewId(),
				plan.getRecommendations().stream().map((rec) -> recView(rec, today)).toList());
	}

	private PlanViews.Rec recView(Recommendation rec, LocalDate today) {
		return new PlanViews.Rec(rec.getId(), rec.getNumber(), rec.getText(), rec.getScope(), rec.getAddressedTo(),
				rec.getVersion(), rec.getActions().stream().map((action) -> actionView(action, today)).toList());
	}

	private PlanViews.Action actionView(PlanAction action, LocalDate today) {
		ActionDetails d = action.details();
		LocalDate lastUpdated = action.lastUpdated(UK);
		long days = ChronoUnit.DAYS.between(lastUpdated, today);
		return new PlanViews.Action(action.getId(), action.getRecommendation().getId(),
				action.getRecommendation().getNumber(), d.actionText(), d.leadAgency(), d.keyMilestones(),
				d.targetDate(), d.completedOn(), d.completionOutcome(), action.getStatus(), action.isOverdue(today),
				lastUpdated, days, action.getStatus() != ActionStatus.COMPLETE && days > PlanViews.DRIFT_DAYS,
				action.getUpdates().stream().map(ImplementationUpdate::view).toList(), action.getVersion());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
