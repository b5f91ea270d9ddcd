package org.dhrqa.tracker.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

	/** The review an action belongs to, without loading it. */
	@Query("select a.recommendation.plan.reviewId from PlanAction a where a.id = :id")
	Optional<Long> reviewOf(@Param("id") Long id);

	/**
	 * Per review, the actions not complete whose last dated update (or, with none, the
	 * day they were added, in UK time) is before the cut-off: {review id, count}.
	 */
	@Query(value = "select p.review_id, count(*) from plan_action a "
			+ "join recommendation r on r.id = a.recommendation_id join action_plan p on p.id = r.action_plan_id "
			+ "where a.status <> 'COMPLETE' and coalesce((select max(u.update_date) from implementation_update u "
			+ "where u.action_id = a.id), cast(a.created_at at time zone 'Europe/London' as date)) < ?1 "
			+ "group by p.review_id", nativeQuery = true)
	List<Object[]> countNotUpdatedSince(LocalDate cutOff);

}
