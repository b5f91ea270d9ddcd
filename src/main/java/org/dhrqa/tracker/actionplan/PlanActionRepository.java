package org.dhrqa.tracker.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

	/**
	 * The day of action {@code a}'s latest dated update, or the UK day it was added when
	 * it has none: {@link PlanAction#lastUpdated} in SQL.
	 */
	String LAST_UPDATED = "coalesce((select max(u.update_date) from implementation_update u "
			+ "where u.action_id = a.id), cast(a.created_at at time zone 'Europe/London' as date))";

	/**
	 * One review's plan in figures: {recommendations, actions, overdue (not complete,
	 * target date before {@code today}), drifting (not complete, last updated before
	 * {@code driftCutOff}), with an update, not complete without an update}, as
	 * {@link PlanViews.Plan} counts them. Each action's latest update is read once (the
	 * lateral join), not once for each figure that needs it.
	 */
	@Query(value = "select count(distinct r.id), count(a.id), "
			+ "count(a.id) filter (where a.status <> 'COMPLETE' and a.target_date < ?2), "
			+ "count(a.id) filter (where a.status <> 'COMPLETE' and coalesce(u.last_date, "
			+ "cast(a.created_at at time zone 'Europe/London' as date)) < ?3), "
			+ "count(u.last_date), count(a.id) filter (where a.status <> 'COMPLETE' and u.last_date is null) "
			+ "from action_plan p join recommendation r on r.action_plan_id = p.id "
			+ "left join plan_action a on a.recommendation_id = r.id "
			+ "left join lateral (select max(x.update_date) as last_date from implementation_update x "
			+ "where x.action_id = a.id) u on true where p.review_id = ?1", nativeQuery = true)
	List<Object[]> figuresOf(Long reviewId, LocalDate today, LocalDate driftCutOff);

	/**
	 * The dated updates of every action of this plan as views, in the order
	 * {@link PlanAction#getUpdates} keeps them: {action id, update view}. Read as values,
	 * not entities, for pages that show a whole plan.
	 */
	@Query("select u.action.id, new org.dhrqa.tracker.actionplan.UpdateView(u.id, u.updateDate, u.authorName, "
			+ "u.text, u.statusFrom, u.statusTo, u.createdAt) from ImplementationUpdate u "
			+ "where u.action.recommendation.plan.id = ?1 order by u.action.id, u.updateDate asc, u.createdAt asc")
	List<Object[]> updatesOfPlan(Long planId);

	/**
	 * The review's plan as its own page shows it, in one statement: every recommendation
	 * in order, each action in order with the day of its latest update and how many it
	 * has, as values (no entity is loaded).
	 */
	@Query("""
			select new org.dhrqa.tracker.actionplan.OverviewRow(r.id, r.number, r.text, r.scope, r.addressedTo,
			    r.version, a.id, a.actionText, a.leadAgency, a.keyMilestones, a.targetDate, a.completedOn,
			    a.completionOutcome, a.status, a.createdAt, a.version,
			    (select max(u.updateDate) from ImplementationUpdate u where u.action = a),
			    (select count(u) from ImplementationUpdate u where u.action = a))
			from Recommendation r left join r.actions a
			where r.plan.reviewId = ?1
			order by r.position, a.position""")
	List<OverviewRow> overviewOf(Long reviewId);

	/** The review an action belongs to, without loading it. */
	@Query("select a.recommendation.plan.reviewId from PlanAction a where a.id = :id")
	Optional<Long> reviewOf(@Param("id") Long id);

	/**
	 * Per review, the actions not complete whose last dated update (or, with none, the
	 * day they were added, in UK time) is before the cut-off: {review id, count}.
	 */
	@Query(value = "select p.review_id, count(*) from plan_action a "
			+ "join recommendation r on r.id = a.recommendation_id join action_plan p on p.id = r.action_plan_id "
			+ "where a.status <> 'COMPLETE' and " + LAST_UPDATED + " < ?1 " + "group by p.review_id",
			nativeQuery = true)
	List<Object[]> countNotUpdatedSince(LocalDate cutOff);

}
