package org.dhrqa.tracker.actionplan;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

	Optional<ActionPlan> findByReviewId(Long reviewId);

	/**
	 * The plan with its recommendations, in one statement, for the pages that show them
	 * (their actions then load together, in one more).
	 */
	@Query("select p from ActionPlan p left join fetch p.recommendations r where p.reviewId = :reviewId "
			+ "order by r.position")
	Optional<ActionPlan> findWithRecommendationsByReviewId(@Param("reviewId") Long reviewId);

	/**
	 * The plan, locked for this transaction and with its version raised: changes to one
	 * plan run one after another (so "is this number free?" stays true until the save),
	 * and every change, whatever it touches inside the plan, moves the plan's version.
	 */
	@Lock(LockModeType.PESSIMISTIC_FORCE_INCREMENT)
	@Query("select p from ActionPlan p where p.reviewId = :reviewId")
	Optional<ActionPlan> lockByReviewId(@Param("reviewId") Long reviewId);

	/** Creates the review's plan unless another request just did. */
	@Modifying
	@Query(value = "insert into action_plan (review_id, created_at, updated_at) values (:reviewId, :now, :now) "
			+ "on conflict (review_id) do nothing", nativeQuery = true)
	void createIfMissing(@Param("reviewId") Long reviewId, @Param("now") Instant now);

	/** What the plan's last change was, cheaply: the annex is kept per change. */
	@Query("select new org.dhrqa.tracker.actionplan.PlanStamp(p.version, p.updatedAt) "
			+ "from ActionPlan p where p.reviewId = :reviewId")
	Optional<PlanStamp> stampOf(@Param("reviewId") Long reviewId);

	/**
	 * Empties a plan in one statement; the database removes actions and updates with it.
	 */
	@Modifying
	@Query(value = "delete from recommendation where action_plan_id = :planId", nativeQuery = true)
	int removeAllRecommendations(@Param("planId") Long planId);

}
