package org.dhrqa.tracker.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.database.UniqueKeys;
import org.dhrqa.tracker.shared.web.NotFoundException;
import org.dhrqa.tracker.shared.web.RequestMemo;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action plans: the CSP's own people keep their plans; the secretariat, managers and
 * administrators read every plan. Updates are appended; every change is in the review's
 * history, and a change made from a page someone else has changed meanwhile is refused.
 */
@Service
@Transactional(readOnly = true)
public class ActionPlans {

	private final ActionPlanRepository plans;

	private final RecommendationRepository recommendations;

	private final PlanActionRepository actions;

	private final PlanAccess access;

	private final PlanHistory history;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ActionPlans(ActionPlanRepository plans, RecommendationRepository recommendations, PlanActionRepository actions,
			PlanAccess access, PlanHistory history, ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.recommendations = recommendations;
		this.actions = actions;
		this.access = access;
		this.history = history;
		this.events = events;
		this.clock = clock;
	}

	public PlanViews.Plan plan(Long reviewId, SignedInUser user) {
		this.access.visible(reviewId, user);
		return this.plans.findWithRecommendationsByReviewId(reviewId)
			.map((plan) -> PlanViewing.plan(plan, today(), updatesOf(plan)))
			.orElseGet(() -> new PlanViews.Plan(reviewId, List.of()));
	}

	/**
	 * The plan as its own page shows it ({@link PlanViewing#overview}), in one statement
	 * of values: each action's latest update day and number of updates, counted in SQL,
	 * instead of every update's text (the big plan's 60 actions have 330), and no entity
	 * loaded (the plan, its recommendations and actions as entities cost three statements
	 * and a tenth of the page's CPU).
	 */
	public PlanViews.Plan overview(Long reviewId, SignedInUser user) {
		this.access.visible(reviewId, user);
		return PlanViewing.overview(reviewId, this.actions.overviewOf(reviewId), today());
	}

	/**
	 * Every action's updates in one query, read as values: loading them as each action's
	 * collection cost a fifth of the big plan page's CPU.
	 */
	private Map<Long, List<UpdateView>> updatesOf(ActionPlan plan) {
		Map<Long, List<UpdateView>> updates = new HashMap<>();
		for (Object[] row : this.actions.updatesOfPlan(plan.getId())) {
			updates.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>()).add((UpdateView) row[1]);
		}
		return updates;
	}

	/** The plan's figures (what {@link #plan} would count), without loading it. */
	public PlanViews.Figures figures(Long reviewId, SignedInUser user) {
		this.access.visible(reviewId, user);
		return RequestMemo.get("plan-figures", reviewId, this::figuresOf);
	}

	private PlanViews.Figures figuresOf(Long reviewId) {
		LocalDate today = today();
		Object[] row = this.actions.figuresOf(reviewId, today, today.minusDays(PlanViews.DRIFT_DAYS)).get(0);
		return new PlanViews.Figures(reviewId, count(row[0]), count(row[1]), count(row[2]), count(row[3]),
				count(row[4]), count(row[5]));
	}

	private static long count(Object value) {
		return ((Number) value).longValue();
	}

	/**
	 * When the plan last changed, for a person who may see it; empty when it has none.
	 */
	Optional<PlanStamp> lastChange(Long reviewId, SignedInUser user) {
		this.access.visible(reviewId, user);
		return this.plans.stampOf(reviewId);
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
		return this.access.mayKeep(reviewId, user);
	}

	/** The action, for a person who may see it. */
	public PlanViews.Action action(Long actionId, SignedInUser user) {
		this.access.reviewOfAction(actionId, user);
		return PlanViewing.action(this.actions.findById(actionId).orElseThrow(NotFoundException::new), today());
	}

	public Long reviewOfAction(Long actionId, SignedInUser user) {
		return this.access.reviewOfAction(actionId, user);
	}

	public PlanViews.Rec recommendation(Long recommendationId, SignedInUser user) {
		this.access.reviewOfRecommendation(recommendationId, user);
		return PlanViewing.rec(this.recommendations.findById(recommendationId).orElseThrow(NotFoundException::new),
				today());
	}

	public Long reviewOfRecommendation(Long recommendationId, SignedInUser user) {
		return this.access.reviewOfRecommendation(recommendationId, user);
	}

	/**
	 * Adds a recommendation, numbered next in the plan when no number is given.
	 * @throws RecommendationNumberTakenException when the plan already has the number
	 */
	@Transactional
	public Long addRecommendation(Long reviewId, String number, String text, Scope scope, String addressedTo,
			SignedInUser user) {
		this.access.requireKeeper(reviewId, user);
		ActionPlan plan = this.access.lockedPlan(reviewId);
		String chosen = (number == null || number.isBlank()) ? plan.nextNumber() : number.trim();
		if (plan.recommendationNumbered(chosen).isPresent()) {
			throw new RecommendationNumberTakenException(chosen);
		}
		Recommendation recommendation = plan.addRecommendation(chosen, text.trim(), scope,
				PlanText.blankToNull(addressedTo), user.name(), now());
		// persist the new child itself: merging the managed parent would persist a copy
		saved(recommendation, chosen);
		this.history.recommendationAdded(reviewId, chosen, recommendation.getText(), user.actor());
		changed(reviewId);
		return recommendation.getId();
	}

	/**
	 * @throws PlanChangedMeanwhileException when someone saved it after
	 * {@code expectedVersion}
	 * @throws RecommendationNumberTakenException when another recommendation has the
	 * number
	 */
	@Transactional
	public void editRecommendation(Long recommendationId, long expectedVersion, String number, String text, Scope scope,
			String addressedTo, SignedInUser user) {
		Long reviewId = this.access.reviewOfRecommendation(recommendationId, user);
		this.access.requireKeeper(reviewId, user);
		ActionPlan plan = this.access.lockedPlan(reviewId);
		Recommendation rec = this.access.recommendationOf(plan, recommendationId);
		if (rec.getVersion() != expectedVersion) {
			throw new PlanChangedMeanwhileException(rec.getUpdatedByName(), rec.getUpdatedAt(), rec.getVersion());
		}
		String newNumber = number.trim();
		Optional<Recommendation> holder = plan.recommendationNumbered(newNumber);
		if (holder.isPresent() && holder.get() != rec) {
			throw new RecommendationNumberTakenException(newNumber);
		}
		Map<String, String> before = this.history.fields(rec.getNumber(), rec.getText(), rec.getScope(),
				rec.getAddressedTo());
		String numberBefore = rec.getNumber();
		rec.edit(newNumber, text.trim(), scope, PlanText.blankToNull(addressedTo), user.name(), now());
		plan.touched(now());
		saved(rec, newNumber);
		this.history.recommendationEdited(reviewId, numberBefore, before,
				this.history.fields(rec.getNumber(), rec.getText(), rec.getScope(), rec.getAddressedTo()),
				user.actor());
		changed(reviewId);
	}

	@Transactional
	public Long addAction(Long recommendationId, ActionDetails details, SignedInUser user) {
		Long reviewId = this.access.reviewOfRecommendation(recommendationId, user);
		this.access.requireKeeper(reviewId, user);
		ActionPlan plan = this.access.lockedPlan(reviewId);
		Recommendation recommendation = this.access.recommendationOf(plan, recommendationId);
		PlanAction action = recommendation.addAction(details, user.name(), now());
		this.actions.saveAndFlush(action);
		this.history.actionAdded(reviewId, recommendation.getNumber(), details.actionText(), user.actor());
		changed(reviewId);
		return action.getId();
	}

	/**
	 * @throws PlanChangedMeanwhileException when someone saved it after
	 * {@code expectedVersion}
	 */
	@Transactional
	public void editAction(Long actionId, long expectedVersion, ActionDetails details, SignedInUser user) {
		Long reviewId = this.access.reviewOfAction(actionId, user);
		this.access.requireKeeper(reviewId, user);
		ActionPlan plan = this.access.lockedPlan(reviewId);
		PlanAction action = this.access.actionOf(plan, actionId);
		if (action.getVersion() != expectedVersion) {
			throw new PlanChangedMeanwhileException(action.getUpdatedByName(), action.getUpdatedAt(),
					action.getVersion());
		}
		ActionDetails before = action.details();
		action.edit(details, user.name(), now());
		this.actions.saveAndFlush(action);
		this.history.actionEdited(reviewId, action.getRecommendation().getNumber(), before, action.details(),
				user.actor());
		changed(reviewId);
	}

	@Transactional
	public void addUpdate(Long actionId, LocalDate date, String text, ActionStatus newStatus, SignedInUser user) {
		Long reviewId = this.access.reviewOfAction(actionId, user);
		this.access.requireKeeper(reviewId, user);
		ActionPlan plan = this.access.lockedPlan(reviewId);
		PlanAction action = this.access.actionOf(plan, actionId);
		action.addUpdate(date, text.trim(), newStatus, user.actor(), now());
		this.actions.flush();
		changed(reviewId);
	}

	/**
	 * Saves now, so a number another request took at the same moment comes back as the
	 * same refusal a slower duplicate gets.
	 */
	private void saved(Recommendation recommendation, String number) {
		try {
			this.recommendations.saveAndFlush(recommendation);
		}
		catch (DataIntegrityViolationException ex) {
			if (UniqueKeys.breached(ex, "recommendation_plan_number_uk")) {
				throw new RecommendationNumberTakenException(number);
			}
			throw ex;
		}
	}

	private void changed(Long reviewId) {
		this.events.publishEvent(new ActionPlanChanged(reviewId));
	}

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
