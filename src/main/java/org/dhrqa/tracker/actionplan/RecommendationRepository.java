package org.dhrqa.tracker.actionplan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

	/** The review a recommendation belongs to, without loading it. */
	@Query("select r.plan.reviewId from Recommendation r where r.id = :id")
	Optional<Long> reviewOf(@Param("id") Long id);

	boolean existsByPlanReviewId(Long reviewId);

}
