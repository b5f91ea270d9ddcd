package org.dhrqa.tracker.actionplan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

	/** The review an action belongs to, without loading it. */
	@Query("select a.recommendation.plan.reviewId from PlanAction a where a.id = :id")
	Optional<Long> reviewOf(@Param("id") Long id);

}
